import { describe, expect, it } from 'vitest';
import type { AreaRef, BodyRef, Extraction } from '../../../src/domain/extraction.js';
import { normalizeVietnamese } from '../../../src/domain/text.js';
import { extract } from '../../../src/extract/index.js';
import { expectEvidenceInBody } from './helpers.js';

// The body of seed/hoi-nghi-bch-dang-bo-thanh-pho-lan-thu-63.txt (header lines removed),
// copied here so the test pins the extractor, not the seed file.
const ARTICLE = `Hội nghị BCH Đảng bộ Thành phố lần thứ 63.
Ngày 3/4, BCH Đảng bộ TP khóa XXV, nhiệm kỳ 2020-2025 tổ chức hội nghị lần thứ 63 để nghe một số nội dung thuộc thẩm quyền. Dự, chỉ đạo hội nghị có các đồng chí: Vũ Đại Thắng, Ủy viên TW Đảng, Bí thư Tỉnh ủy; Vũ Quyết Tiến, Phó Bí thư Tỉnh ủy. Các đồng chí Vũ Thị Mai Anh, Phó Bí thư TT Thành ủy, Chủ tịch HĐND Thành phố, Nguyễn Tiến Dũng, Phó Bí thư Thành ủy, Chủ tịch UBND Thành phố đồng chủ trì hội nghị.
Các đại biểu dự Hội nghị
Quý I/2025, trong bối cảnh Trung ương, tỉnh và thành phố đang khẩn trương sắp xếp tổ chức, bộ máy; đồng thời điều chỉnh mục tiêu tăng trưởng, Ban Chấp hành Đảng bộ thành phố, Ban Thường vụ Thành ủy đã lãnh đạo, chỉ đạo, điều hành và tổ chức thực hiện hiệu quả, toàn diện các nhiệm vụ. Công tác xây dựng Đảng, hệ thống chính trị được chú trọng thực hiện, trong đó đã tập trung sắp xếp tổ chức bộ máy của hệ thống chính trị; triển khai Đề án không tổ chức đơn vị hành chính thành phố, sắp xếp đơn vị hành chính cấp xã; lãnh đạo, chỉ đạo hoàn thành sớm tổ chức đại hội chi bộ và tổ chức thành công Đại hội Đảng bộ Quân sự thành phố lần thứ XVI, nhiệm kỳ 2025-2030...
Về phát triển kinh tế - xã hội, giá trị sản xuất quý I đạt trên 64.600 tỷ đồng; tăng hơn 19,1% so với cùng kỳ. Thu ngân sách của Thành phố đạt 932,7 tỷ đồng, bằng 12,2% dự toán Tỉnh giao, bằng 9,3% Kế hoạch Thành phố, bằng 107,5% so với cùng kỳ; giải ngân vốn đầu tư công đạt 374/ 2.709 tỷ đồng, bằng 13,8% kế hoạch thành phố, bằng 21,4% kế hoạch tỉnh giao. Công tác quản lý nhà nước trên các lĩnh vực được tập trung thực hiện. An ninh quốc phòng, an ninh chính trị, trật tự an toàn xã hội được đảm bảo.
Đồng chí Vũ Đại Thắng, Ủy viên TW Đảng, Bí thư Tỉnh ủy phát biểu tại Hội nghị
Phát biểu chỉ đạo tại hội nghị, đồng chí Vũ Đại Thắng, Ủy viên TW Đảng, Bí thư Tỉnh ủy nhấn mạnh, quý I năm 2025, tỉnh Quảng Ninh đã đạt được những kết quả tích cực, toàn diện trên tất cả các mặt công tác, được trung ương đánh giá cao. Kết quả đó có sự đóng góp hết sức quan trọng của thành phố Hạ Long. Đồng chí Bí thư Tỉnh ủy ghi nhận, biểu dương nỗ lực, cố gắng của Đảng bộ Thành phố. Theo lộ trình sắp xếp, từ 1/7 bộ máy 2 cấp chính quyền sẽ vận hành, kết thúc hoạt động của Thành phố. 3 tháng tới là giai đoạn hết sức quan trọng để hoàn thiện sắp xếp, đưa bộ máy bước vào giai đoạn mới cùng với toàn tỉnh thực hiện các nhiệm vụ. Do đó, đồng chí yêu cầu Thành phố tiếp tục tập trung thực hiện thường xuyên, liên tục công tác xây dựng Đảng và hệ thống chính trị; nêu cao tinh thần gương mẫu đi đầu của lãnh đạo, cán bộ, đảng viên trong thực hiện nhiệm vụ; đẩy mạnh công tác thông tin truyền thông đặc biệt là trên không gian mạng để tạo sự đồng thuận trong cán bộ, đảng viên và nhân dân đối công tác sắp xếp, tinh gọn bộ máy của hệ thống chính trị.
Đối với các nhiệm vụ phát triển kinh tế, Đảng bộ và nhất là hệ thống chính quyền vẫn phải quyết liệt chỉ đạo để đảm bảo hoàn thành các chỉ tiêu đã đề ra. Trong đó, tập trung cao độ rà soát, tháo gỡ khó khăn vướng mắc, đẩy nhanh tiến độ thực hiện các công trình dự án Thành phố đang làm chủ đầu tư; Rà soát lại thu chi ngân sách để đảm bảo tiến độ thu đến hết tháng 6/2025 đồng thời thống kê, đánh giá tài sản công, sẵn sàng bàn giao lại cho các cơ quan của Tỉnh sau khi kết thúc hoạt động. Đồng chí cũng chỉ đạo Thành phố tiếp tục thực hiện rút gọn thời gian thực hiện thủ tục hành chính đảm bảo cắt giảm 30% thủ tục và thời gian thực hiện. Thành phố cần tăng cường công tác kiểm tra, giám sát trong việc thực thi công vụ của cán bộ, công chức, viên chức, người lao động, không để nảy sinh tình trạng lơ là, bỏ sót nhiệm vụ, gián đoạn công việc. Tăng cường đảm bảo quốc phòng, an ninh, đồng thời đẩy mạnh an sinh xã hội, nâng cao chất lượng đời sống của nhân dân.
Đồng chí Vũ Thị Mai Anh, Phó Bí thư TT Thành ủy, Chủ tịch HĐND Thành phố phát biểu kết luận hội nghị
Tiếp thu ý kiến chỉ đạo của đồng chí Bí thư Tỉnh ủy, phát biểu kết luận hội nghị, đồng chí Vũ Thị Mai Anh, Phó Bí thư TT Thành ủy, Chủ tịch HĐND Thành phố đã chỉ đạo 7 nhóm nhiệm vụ, giải pháp cụ thể để các cấp ủy đảng, chính quyền, MTTQ và các đoàn thể của Thành phố thực hiện trong thời gian tới. Đồng chí đề nghị các đơn vị, cán bộ, đảng viên đẩy mạnh các phong trào thi đua yêu nước, khơi dậy mạnh mẽ tinh thần, ý chí quyết tâm đổi mới, sáng tạo, dám nghĩ, dám làm, với tư duy mới, tầm nhìn mới, quyết tâm mới, khát vọng phát triển trong kỷ nguyên vươn mình của dân tộc, hoàn thành cao nhất các mục tiêu, chỉ tiêu nhiệm vụ đã đề ra.
Thu Hường
Tin tức khác
- Nhiều hoạt động diễn ra vào dịp nghỉ lễ 30/4/2025 và 1/5/2025.
- TP Hạ Long: Công bố kết quả xếp hạng chỉ số PAR INDEX, DTI năm 2024 của các phường, xã.
- Nhiều hoạt động diễn ra vào dịp nghỉ lễ 30/4 và 1/5.
- Hội Liên hiệp phụ nữ xã Sơn Dương, giao lưu dân vũ, thể thao kỷ niệm 115 năm Quốc tế phụ nữ 8/3.
- Phiên họp thường kỳ tháng 2/2025.`;

const body = normalizeVietnamese(ARTICLE);
const result: Extraction = extract(body, { date: '2025-04-03', title: 'Hội nghị BCH Đảng bộ Thành phố lần thứ 63' });

const QUANG_NINH: AreaRef = { name: 'Quảng Ninh', kind: 'PROVINCE', within: null };
const HA_LONG: AreaRef = { name: 'Hạ Long', kind: 'CITY', within: QUANG_NINH };
const CENTRAL_COMMITTEE: BodyRef = {
  kind: 'PARTY_CENTRAL_COMMITTEE',
  level: 'CENTRAL',
  area: null,
  name: 'Ban Chấp hành Trung ương Đảng',
  nameEn: 'Party Central Committee',
};
const PROVINCIAL_COMMITTEE: BodyRef = {
  kind: 'PARTY_COMMITTEE',
  level: 'PROVINCE',
  area: QUANG_NINH,
  name: 'Tỉnh ủy Quảng Ninh',
  nameEn: 'Quang Ninh Provincial Party Committee',
};
const CITY_COMMITTEE: BodyRef = { kind: 'PARTY_COMMITTEE', level: 'CITY', area: HA_LONG, name: 'Thành ủy Hạ Long', nameEn: 'Ha Long City Party Committee' };
const CITY_COUNCIL: BodyRef = {
  kind: 'PEOPLES_COUNCIL',
  level: 'CITY',
  area: HA_LONG,
  name: 'Hội đồng nhân dân thành phố Hạ Long',
  nameEn: "Ha Long City People's Council",
};
const CITY_PEOPLES_COMMITTEE: BodyRef = {
  kind: 'PEOPLES_COMMITTEE',
  level: 'CITY',
  area: HA_LONG,
  name: 'Ủy ban nhân dân thành phố Hạ Long',
  nameEn: "Ha Long City People's Committee",
};

function firstMention(name: string) {
  const mention = result.persons.find((person) => person.name === name);
  if (mention === undefined) throw new Error(`no mention of ${name}`);
  return mention;
}

function titlesOf(name: string) {
  return firstMention(name).titles.map(({ asWritten, role, body: titleBody, status }) => ({ asWritten, role, body: titleBody, status }));
}

describe('extract on the seed article (Hạ Long, 63rd conference)', () => {
  it('finds the article\'s province, city (within the province) and date', () => {
    expect(result.context).toEqual({ province: QUANG_NINH, city: HA_LONG, date: '2025-04-03' });
  });

  it('finds exactly the four officials, not the byline nor names in the other-news list', () => {
    expect([...new Set(result.persons.map((person) => person.name))]).toEqual([
      'Vũ Đại Thắng',
      'Vũ Quyết Tiến',
      'Vũ Thị Mai Anh',
      'Nguyễn Tiến Dũng',
    ]);
  });

  it('reads Vũ Đại Thắng\'s titles with the central and provincial bodies completed from context', () => {
    expect(titlesOf('Vũ Đại Thắng')).toEqual([
      { asWritten: 'Ủy viên TW Đảng', role: 'MEMBER', body: CENTRAL_COMMITTEE, status: 'CURRENT' },
      { asWritten: 'Bí thư Tỉnh ủy', role: 'SECRETARY', body: PROVINCIAL_COMMITTEE, status: 'CURRENT' },
    ]);
    expect(firstMention('Vũ Đại Thắng').evidence.quote).toBe('Vũ Đại Thắng, Ủy viên TW Đảng, Bí thư Tỉnh ủy');
  });

  it('reads Vũ Quyết Tiến as Deputy Secretary of the provincial committee', () => {
    expect(titlesOf('Vũ Quyết Tiến')).toEqual([{ asWritten: 'Phó Bí thư Tỉnh ủy', role: 'DEPUTY_SECRETARY', body: PROVINCIAL_COMMITTEE, status: 'CURRENT' }]);
  });

  it('separates two people joined by commas only: a name after a comma starts a new person', () => {
    expect(titlesOf('Vũ Thị Mai Anh')).toEqual([
      { asWritten: 'Phó Bí thư TT Thành ủy', role: 'STANDING_DEPUTY_SECRETARY', body: CITY_COMMITTEE, status: 'CURRENT' },
      { asWritten: 'Chủ tịch HĐND Thành phố', role: 'CHAIR', body: CITY_COUNCIL, status: 'CURRENT' },
    ]);
    expect(titlesOf('Nguyễn Tiến Dũng')).toEqual([
      { asWritten: 'Phó Bí thư Thành ủy', role: 'DEPUTY_SECRETARY', body: CITY_COMMITTEE, status: 'CURRENT' },
      { asWritten: 'Chủ tịch UBND Thành phố', role: 'CHAIR', body: CITY_PEOPLES_COMMITTEE, status: 'CURRENT' },
    ]);
    expect(firstMention('Nguyễn Tiến Dũng').evidence.quote).toBe('Nguyễn Tiến Dũng, Phó Bí thư Thành ủy, Chủ tịch UBND Thành phố');
  });

  it('gives every title its own evidence and keeps every quote equal to its slice of the body', () => {
    for (const person of result.persons) {
      for (const title of person.titles) expect(title.evidence.quote).toBe(title.asWritten);
    }
    expectEvidenceInBody(body, result);
  });

  it('merges the headline and the reporting sentence into one conference of the city Party committee', () => {
    const [conference] = result.events;
    expect(conference).toMatchObject({
      kind: 'CONFERENCE',
      name: 'Hội nghị Ban Chấp hành Đảng bộ thành phố Hạ Long lần thứ 63',
      ordinal: 63,
      term: { name: 'XXV', startYear: 2020, endYear: 2025 },
      convenedBy: CITY_COMMITTEE,
      date: { precision: 'DAY', year: 2025, month: 4, day: 3, text: 'Ngày 3/4' },
    });
    expect(conference?.evidence.quote).toBe(
      'Ngày 3/4, BCH Đảng bộ TP khóa XXV, nhiệm kỳ 2020-2025 tổ chức hội nghị lần thứ 63 để nghe một số nội dung thuộc thẩm quyền.',
    );
  });

  it('records who attended, directed, co-chaired, spoke and concluded', () => {
    const roles = Object.fromEntries((result.events[0]?.participants ?? []).map((participant) => [participant.name, participant.roles]));
    expect(roles).toEqual({
      'Vũ Đại Thắng': ['ATTENDED', 'DIRECTED', 'SPOKE'],
      'Vũ Quyết Tiến': ['ATTENDED', 'DIRECTED'],
      'Vũ Thị Mai Anh': ['CO_CHAIRED', 'SPOKE', 'CONCLUDED'],
      'Nguyễn Tiến Dũng': ['CO_CHAIRED'],
    });
  });

  it('finds the military Party congress, dated by its paragraph\'s opening quarter', () => {
    expect(result.events[1]).toMatchObject({
      kind: 'CONGRESS',
      name: 'Đại hội Đảng bộ Quân sự thành phố Hạ Long lần thứ XVI',
      ordinal: 16,
      term: { name: null, startYear: 2025, endYear: 2030 },
      convenedBy: {
        kind: 'MILITARY',
        level: 'CITY',
        area: HA_LONG,
        name: 'Đảng bộ Quân sự thành phố Hạ Long',
        nameEn: 'Ha Long City Military Party Organization',
      },
      date: { precision: 'QUARTER', year: 2025, quarter: 1, text: 'Quý I/2025' },
      participants: [],
    });
  });

  it('finds no other event: not the generic "đại hội chi bộ", not the headlines of other news', () => {
    expect(result.events.map((event) => event.name)).toHaveLength(2);
  });

  it('finds the end of the city\'s government on 1 July', () => {
    expect(result.governmentEnds).toEqual([
      {
        area: HA_LONG,
        date: { precision: 'DAY', year: 2025, month: 7, day: 1, text: '1/7' },
        evidence: expect.objectContaining({
          quote: 'Theo lộ trình sắp xếp, từ 1/7 bộ máy 2 cấp chính quyền sẽ vận hành, kết thúc hoạt động của Thành phố.',
        }),
      },
    ]);
  });

  it('reports no change of post', () => {
    expect(result.changes).toEqual([]);
  });
});
