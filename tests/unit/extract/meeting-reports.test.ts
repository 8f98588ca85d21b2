import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { normalizeVietnamese } from '../../../src/domain/text.js';
import { describePersons, expectEvidenceInBody, extractText } from './helpers.js';

/** Issue 9: general habits of meeting reports the extractor missed. */
describe('meeting reports', () => {
  it('reads a capitalised "Khóa" after a council as its term, not as the place of the council', () => {
    const body = normalizeVietnamese('Kỳ họp thứ Ba, Hội đồng nhân dân tỉnh Khóa X đã bế mạc. Ông Hoàng Văn Lộc – Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp.');
    const result = extract(body, { date: null, url: 'https://tintuc.quangtri.gov.vn/ky-hop' });
    expectEvidenceInBody(body, result);
    expect(describePersons(result)).toEqual(['Hoàng Văn Lộc: DEPUTY_SECRETARY@Tỉnh ủy Quảng Trị; CHAIR@Hội đồng nhân dân tỉnh Quảng Trị']);
  });

  it('never takes the presidium or the secretariat of a congress ("Đoàn Chủ tịch", "Đoàn Thư ký") for people', () => {
    const { body, result } = extractText('Sáng 12/6, Đảng bộ Sở Xây dựng tổ chức Đại hội lần thứ III. Đại hội đã bầu Đoàn Chủ tịch, Đoàn Thư ký và Ban Thẩm tra tư cách đại biểu. Sau đó Đoàn Chủ tịch điều hành Đại hội.');
    expectEvidenceInBody(body, result);
    expect(result.persons.map((person) => person.name)).toEqual([]);
    expect(result.changes).toEqual([]);
  });

  it('still reads a person whose family name is Đoàn', () => {
    const { result } = extractText('Ông Đoàn Văn Thịnh, Chủ tịch UBND tỉnh Hà Giang chủ trì hội nghị.');
    expect(describePersons(result)).toEqual(['Đoàn Văn Thịnh: CHAIR@Ủy ban nhân dân tỉnh Hà Giang']);
  });

  it('reads names of the Tày family "Vi" listed without an honorific', () => {
    const { result } = extractText('Dự hội nghị có ông Hoàng Văn Sáu, Bí thư Huyện ủy Bình Gia; Vi Văn Khiêm, Chủ tịch UBND huyện Bình Gia.');
    expect(result.persons.map((person) => person.name)).toContain('Vi Văn Khiêm');
  });

  it('reads "hội nghị" alone, right after a session is named, as that session: one event with its co-chairs', () => {
    const { body, result } = extractText('Sáng 5/6, Hội đồng nhân dân xã Tân Lập khóa XX tổ chức Kỳ họp thứ 11. Đồng chí Lường Văn Pản - Bí thư Đảng ủy, Chủ tịch HĐND xã; Hà Thị Nga - Phó Chủ tịch HĐND xã đồng chủ trì hội nghị.');
    expectEvidenceInBody(body, result);
    expect(result.events.map((event) => `${event.kind} | ${event.participants.map((participant) => `${participant.name}: ${participant.roles.join('+')}`).join('; ')}`)).toEqual([
      'SESSION | Lường Văn Pản: CO_CHAIRED; Hà Thị Nga: CO_CHAIRED',
    ]);
  });

  it('keeps a conference named in a paragraph of its own apart from the session before it', () => {
    const { result } = extractText('Sáng 5/6, Hội đồng nhân dân xã Tân Lập tổ chức Kỳ họp thứ 11.\nChiều cùng ngày, ông Lường Văn Pản, Bí thư Đảng ủy xã chủ trì hội nghị.');
    expect(result.events.map((event) => event.kind)).toEqual(['SESSION', 'CONFERENCE']);
  });

  it('reads a session a meeting prepares for ("chuẩn bị cho Kỳ họp thứ bảy") as ahead, no event', () => {
    const { body, result } = extractText('Chiều 10/6, Thường trực HĐND phường Đông Sơn tổ chức Hội nghị liên tịch để thống nhất nội dung chuẩn bị cho Kỳ họp thứ bảy HĐND phường khóa II. Dự hội nghị có ông Mai Văn Tuấn, Bí thư Đảng ủy phường.');
    expectEvidenceInBody(body, result);
    expect(result.events.map((event) => event.kind)).toEqual(['CONFERENCE']);
  });

  it('reads "Phó Bí thư chuyên trách" as the full-time deputy secretary of the committee after it', () => {
    const { result } = extractText('Dự đại hội có ông Đinh Quang Hải, Phó Bí thư chuyên trách Đảng ủy phường Tân Hòa; ông Tạ Văn Long, Phó Bí thư không chuyên trách Đảng ủy xã Mỹ Hòa.');
    expect(describePersons(result)).toEqual([
      'Đinh Quang Hải: FULL_TIME_DEPUTY_SECRETARY@Đảng ủy phường Tân Hòa',
      'Tạ Văn Long: DEPUTY_SECRETARY@Đảng ủy xã Mỹ Hòa',
    ]);
  });

  it('reads counted delegates "được chỉ định" or "được bầu" to a congress as chosen to attend it, no change of post', () => {
    const { result } = extractText('Dự đại hội có ông Đinh Quang Hải, Phó Bí thư Tỉnh ủy Hòa Bình, cùng 210 đại biểu chính thức được chỉ định từ các tổ chức đảng trực thuộc. Trước đó, các đại biểu được bầu tại đại hội các chi bộ.');
    expect(result.changes).toEqual([]);
  });

  it('gives each person listed after "các <title>, <title>, nguyên <title>:" every title of that shared head', () => {
    const { body, result } = extractText('Dự hội nghị có các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, nguyên Trưởng Ban Dân vận Trung ương: Trưởng Ban Tổ chức Trung ương Trương Thị Mai, Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Cẩm Tú.');
    expectEvidenceInBody(body, result);
    expect(describePersons(result)).toEqual([
      'Trương Thị Mai: HEAD@Ban Tổ chức Trung ương; MEMBER@Bộ Chính trị; SECRETARIAT_MEMBER@Ban Bí thư Trung ương Đảng; former HEAD@Ban Dân vận Trung ương',
      'Trần Cẩm Tú: CHAIRMAN_OF_COMMISSION@Ủy ban Kiểm tra Trung ương; MEMBER@Bộ Chính trị; SECRETARIAT_MEMBER@Ban Bí thư Trung ương Đảng; former HEAD@Ban Dân vận Trung ương',
    ]);
  });

  it('reads "Tổng Thanh tra Chính phủ" and its deputy as the heads of the Government Inspectorate', () => {
    const { result } = extractText('Phát biểu tại phiên họp có Tổng Thanh tra Chính phủ Đoàn Văn Bình, Phó Tổng Thanh tra Chính phủ Lê Văn Tám và Bộ trưởng Tư pháp Nguyễn Hải Ninh.');
    expect(describePersons(result)).toEqual([
      'Đoàn Văn Bình: INSPECTOR_GENERAL@Thanh tra Chính phủ',
      'Lê Văn Tám: DEPUTY_INSPECTOR_GENERAL@Thanh tra Chính phủ',
      'Nguyễn Hải Ninh: MINISTER@Bộ Tư pháp',
    ]);
  });
});
