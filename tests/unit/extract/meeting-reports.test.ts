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
});
