import { describe, expect, it } from 'vitest';
import { CENTRAL_BODIES } from '../../../src/domain/central-bodies.js';
import { phrasesOf } from '../../../src/extract/central-names.js';
import { describePersons, expectEvidenceInBody, extractText } from './helpers.js';

// Made-up sentences about central bodies; invented names.
function personsIn(sentence: string): string[] {
  const { body, result } = extractText(sentence);
  expectEvidenceInBody(body, result);
  return describePersons(result);
}

describe('the central bodies table', () => {
  it('names each body once', () => {
    const names = CENTRAL_BODIES.map((body) => body.vi);
    expect(new Set(names).size).toBe(names.length);
  });

  it('reads punctuation between words loosely', () => {
    expect(phrasesOf('Bộ Văn hóa, Thể thao và Du lịch')).toEqual([
      'bộ văn hóa , thể thao và du lịch',
      'bộ văn hóa , thể thao - du lịch',
      'bộ văn hóa , thể thao & du lịch',
      'bộ văn hóa - thể thao và du lịch',
      'bộ văn hóa - thể thao - du lịch',
      'bộ văn hóa - thể thao & du lịch',
      'bộ văn hóa thể thao và du lịch',
      'bộ văn hóa thể thao - du lịch',
      'bộ văn hóa thể thao & du lịch',
    ]);
    expect(phrasesOf('Bộ GD-ĐT')).toContain('bộ gd - đt');
  });
});

describe('titles of the central bodies', () => {
  it.each([
    ['a ministry by its abbreviation', 'Ông Lều Văn Khang, Thứ trưởng Bộ GD-ĐT, phát biểu.', ['Lều Văn Khang: DEPUTY_MINISTER@Bộ Giáo dục và Đào tạo']],
    ['a ministry with a hyphen for its comma', 'Bà Mẫn Thị Hoa, Thứ trưởng Bộ Văn hóa - Thể thao và Du lịch, dự lễ.', [
      'Mẫn Thị Hoa: DEPUTY_MINISTER@Bộ Văn hóa, Thể thao và Du lịch',
    ]],
    ['a ministry by its field alone', 'Ông Tạ Quang Vĩnh, Thứ trưởng Công an, chủ trì.', ['Tạ Quang Vĩnh: DEPUTY_MINISTER@Bộ Công an']],
    ['a merged ministry by its old name', 'Ông Kha Văn Tiến, Bộ trưởng Bộ LĐ-TB-XH, dự họp.', ['Kha Văn Tiến: MINISTER@Bộ Lao động - Thương binh và Xã hội']],
    ['the standing deputy minister', 'Ông Vi Đức Lượng, Thứ trưởng Thường trực Bộ Nội vụ, phát biểu.', ['Vi Đức Lượng: STANDING_DEPUTY_MINISTER@Bộ Nội vụ']],
    ['a committee of the National Assembly written short', 'Ông Ninh Văn Cừ, Chủ nhiệm Ủy ban Pháp luật và Tư pháp, báo cáo.', [
      'Ninh Văn Cừ: CHAIRMAN_OF_COMMISSION@Ủy ban Pháp luật và Tư pháp của Quốc hội',
    ]],
    ['the Secretary General of the National Assembly', 'Ông Lã Văn Đông, Tổng Thư ký Quốc hội, đọc tờ trình.', ['Lã Văn Đông: SECRETARY_GENERAL@Quốc hội']],
    ['the Secretariat\'s standing member', 'Thường trực Ban Bí thư Âu Văn Tường dự hội nghị.', ['Âu Văn Tường: SECRETARIAT_STANDING_MEMBER@Ban Bí thư Trung ương Đảng']],
    ['a Secretary of the Central Committee', 'Ông Mạc Văn Nhàn, Bí thư Trung ương Đảng, Trưởng Ban Nội chính Trung ương, dự họp.', [
      'Mạc Văn Nhàn: SECRETARIAT_MEMBER@Ban Bí thư Trung ương Đảng; HEAD@Ban Nội chính Trung ương',
    ]],
    ['the Vice President', 'Phó Chủ tịch nước Đàm Thị Lụa tiếp đoàn.', ['Đàm Thị Lụa: VICE_PRESIDENT@Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam']],
    ['the Front\'s central committee', 'Bà Hứa Thị Yên, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, phát biểu.', [
      'Hứa Thị Yên: CHAIR@Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    ]],
    ['a Party committee of a central body', 'Ông Lò Văn Tám, Bí thư Đảng ủy Quốc hội, dự lễ.', ['Lò Văn Tám: SECRETARY@Đảng ủy Quốc hội']],
    ['a ministry\'s Party group', 'Ông Giáp Văn Lực, Ủy viên Ban cán sự đảng Bộ Y tế, dự họp.', ['Giáp Văn Lực: MEMBER@Ban cán sự đảng Bộ Y tế']],
    ['a military region by its number', 'Ông Ma Văn Trọng, Tư lệnh Quân khu 3, phát biểu.', ['Ma Văn Trọng: MILITARY_COMMANDER@Quân khu 3']],
    ['the Party committee of a military region', 'Ông Ma Văn Trọng, Phó Bí thư Đảng ủy Quân khu 3, phát biểu.', ['Ma Văn Trọng: DEPUTY_SECRETARY@Đảng ủy Quân khu 3']],
    ['a political commissar', 'Ông Bế Văn Hào, Phó Chính ủy Quân khu 2, dự lễ.', ['Bế Văn Hào: DEPUTY_POLITICAL_COMMISSAR@Quân khu 2']],
    ['the army\'s general staff', 'Ông Hầu Văn Chí, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, dự lễ.', [
      'Hầu Văn Chí: DEPUTY_CHIEF_OF_GENERAL_STAFF@Quân đội nhân dân Việt Nam',
    ]],
    ['the army\'s political department written short', 'Ông Đinh Văn Thế, Chủ nhiệm Tổng cục Chính trị, phát biểu.', [
      'Đinh Văn Thế: CHAIRMAN_OF_COMMISSION@Tổng cục Chính trị Quân đội nhân dân Việt Nam',
    ]],
    ['a department of a ministry after a comma', 'Ông Hà Văn Mạnh, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Tư pháp, được bổ nhiệm.', [
      'Hà Văn Mạnh: DEPARTMENT_DIRECTOR@Vụ Tổ chức cán bộ, Bộ Tư pháp',
    ]],
    ['an agency of a ministry without a comma', 'Ông Khúc Văn Dũng, Cục trưởng Cục Quản lý thị trường Bộ Công Thương, phát biểu.', [
      'Khúc Văn Dũng: AGENCY_DIRECTOR@Cục Quản lý thị trường, Bộ Công Thương',
    ]],
    ['an agency whose name has a comma', 'Ông Khúc Văn Dũng, Phó Cục trưởng Cục Phòng, chống ma túy, Bộ Công an, phát biểu.', [
      'Khúc Văn Dũng: DEPUTY_AGENCY_DIRECTOR@Cục Phòng, chống ma túy, Bộ Công an',
    ]],
    ['the Supreme Court', 'Ông Nông Văn Bảy, Chánh án TAND tối cao, dự họp.', ['Nông Văn Bảy: CHIEF_JUSTICE@Tòa án nhân dân tối cao']],
    ['the State Bank', 'Bà Chu Thị Hiền, Thống đốc Ngân hàng Nhà nước Việt Nam, báo cáo.', ['Chu Thị Hiền: GOVERNOR@Ngân hàng Nhà nước Việt Nam']],
    ['the standing committee of a central Party committee, "Ban" left out', 'Ông Vi Văn Kiên, Ủy viên Thường vụ Quân ủy Trung ương, dự lễ.', [
      'Vi Văn Kiên: STANDING_COMMITTEE_MEMBER@Quân ủy Trung ương',
    ]],
    ['a Party group named alone belongs to the next title\'s body', 'Ông Tống Văn Tư, Bí thư Ban cán sự đảng, Bộ trưởng Bộ Y tế, dự họp.', [
      'Tống Văn Tư: SECRETARY@Ban cán sự đảng Bộ Y tế; MINISTER@Bộ Y tế',
    ]],
    ['a ministry\'s Party committee named alone', 'Ông Tống Văn Tư, Ủy viên Ban Thường vụ Đảng ủy, Thứ trưởng Bộ Tư pháp, dự họp.', [
      'Tống Văn Tư: STANDING_COMMITTEE_MEMBER@Đảng ủy Bộ Tư pháp; DEPUTY_MINISTER@Bộ Tư pháp',
    ]],
    ['a board whose name starts with the role\'s last word', 'Bà Lò Thị Mai, Trưởng ban Dân nguyện, báo cáo.', ['Lò Thị Mai: HEAD@Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội']],
    ['the Front\'s full-time vice chair', 'Bà Y Thị Mơ, Phó Chủ tịch chuyên trách Ủy ban Trung ương MTTQ Việt Nam, phát biểu.', [
      'Y Thị Mơ: FULL_TIME_VICE_CHAIR@Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    ]],
    ['an editor-in-chief', 'Ông Phan Văn Tú, Tổng Biên tập Tạp chí Cộng sản, phát biểu.', ['Phan Văn Tú: EDITOR_IN_CHIEF@Tạp chí Cộng sản']],
    ['the inspectorate of a unit', 'Ông Bạch Văn Tùng, Chánh Thanh tra tỉnh Hà Nam, báo cáo.', ['Bạch Văn Tùng: CHIEF_INSPECTOR@Thanh tra tỉnh Hà Nam']],
    ['the head of a police force', 'Ông Bạch Văn Tùng, Trưởng Công an huyện Kim Bảng, báo cáo.', ['Bạch Văn Tùng: POLICE_CHIEF@Công an huyện Kim Bảng']],
    ['a Secretary General named alone, before the office he heads', 'Ông Đàm Văn Lực, Tổng Thư ký, Chủ nhiệm Văn phòng Quốc hội, đọc nghị quyết.', [
      'Đàm Văn Lực: SECRETARY_GENERAL@Quốc hội; CHAIRMAN_OF_COMMISSION@Văn phòng Quốc hội',
    ]],
    ['a National Assembly deputy', 'Ông Doãn Văn Phú, đại biểu Quốc hội, phát biểu.', ['Doãn Văn Phú: NATIONAL_ASSEMBLY_DEPUTY@Quốc hội']],
  ])('%s', (_case, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });

  it('gives a deputy minister written alone the ministry named last', () => {
    const text = 'Bộ Xây dựng vừa có thêm một Thứ trưởng. Thứ trưởng Hoàng Văn Quý được giao phụ trách lĩnh vực nhà ở.';
    expect(personsIn(text)).toEqual(['Hoàng Văn Quý: DEPUTY_MINISTER@Bộ Xây dựng']);
  });
});
