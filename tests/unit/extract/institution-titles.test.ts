import { describe, expect, it } from 'vitest';
import { expectEvidenceInBody, extractText } from './helpers.js';

// Made-up sentences in an article about Hà Tĩnh.
const CONTEXT = 'Đoàn công tác làm việc tại tỉnh Hà Tĩnh. ';

/** "Name: title as written = ROLE@body" for every title, every quote checked against the body. */
function titlesIn(sentence: string): string[] {
  const { body, result } = extractText(CONTEXT + sentence);
  expectEvidenceInBody(body, result);
  return result.persons.flatMap((person) => person.titles.map((title) => `${person.name}: ${title.asWritten} = ${title.role}@${title.body?.name ?? '-'}`));
}

describe("a unit's mass organizations", () => {
  it.each([
    ['Farmers\' Union of the province', 'Ông Phan Văn Kỳ, Chủ tịch Hội Nông dân tỉnh, phát biểu.', ['Phan Văn Kỳ: Chủ tịch Hội Nông dân tỉnh = CHAIR@Hội Nông dân tỉnh Hà Tĩnh']],
    ['Women\'s Union abbreviated', 'Bà Lê Thị Tâm, Phó Chủ tịch Hội LHPN tỉnh, phát biểu.', ['Lê Thị Tâm: Phó Chủ tịch Hội LHPN tỉnh = VICE_CHAIR@Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh']],
    ['Labour Confederation abbreviated', 'Ông Hồ Văn Lộc, Chủ tịch LĐLĐ tỉnh, phát biểu.', ['Hồ Văn Lộc: Chủ tịch LĐLĐ tỉnh = CHAIR@Liên đoàn Lao động tỉnh Hà Tĩnh']],
    ['Veterans\' Association of a commune', 'Ông Đinh Công Tư, Chủ tịch Hội Cựu chiến binh xã Thạch Lạc, phát biểu.', [
      'Đinh Công Tư: Chủ tịch Hội Cựu chiến binh xã Thạch Lạc = CHAIR@Hội Cựu chiến binh xã Thạch Lạc',
    ]],
    ['the national body stays central', 'Bà Hà Thị Nga, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam, phát biểu.', [
      'Hà Thị Nga: Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam = CHAIR@Hội Liên hiệp Phụ nữ Việt Nam',
    ]],
    ['the border guard command of the province', 'Đại tá Võ Văn Cường, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh, phát biểu.', [
      'Võ Văn Cường: Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh = COMMANDER@Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh',
    ]],
  ])('%s', (_rule, sentence, expected) => {
    expect(titlesIn(sentence)).toEqual(expected);
  });
});

describe('hospitals, schools, newspapers and associations named by their own words', () => {
  it.each([
    ['a hospital, the sentence going on', 'Ông Trần Văn Bảo, Giám đốc Bệnh viện Chợ Rẫy cho biết.', ['Trần Văn Bảo: Giám đốc Bệnh viện Chợ Rẫy = DIRECTOR@Bệnh viện Chợ Rẫy']],
    ['a hospital of the province', 'Ông Trần Văn Bảo, Phó Giám đốc Bệnh viện Đa khoa tỉnh, phát biểu.', [
      'Trần Văn Bảo: Phó Giám đốc Bệnh viện Đa khoa tỉnh = DEPUTY_DIRECTOR@Bệnh viện Đa khoa tỉnh Hà Tĩnh',
    ]],
    ['the holder named after the title', 'Giám đốc Bệnh viện Chợ Rẫy Trần Văn Bảo cho biết.', ['Trần Văn Bảo: Giám đốc Bệnh viện Chợ Rẫy = DIRECTOR@Bệnh viện Chợ Rẫy']],
    ['a university with a lowercase name', 'Ông Lê Quang Vinh, Hiệu trưởng Trường Đại học Kinh tế quốc dân, phát biểu.', [
      'Lê Quang Vinh: Hiệu trưởng Trường Đại học Kinh tế quốc dân = RECTOR@Trường Đại học Kinh tế quốc dân',
    ]],
    ['a rector of a university written without "Trường"', 'Ông Lê Quang Vinh từng là Hiệu trưởng Đại học Bách khoa.', [
      'Lê Quang Vinh: Hiệu trưởng Đại học Bách khoa = RECTOR@Trường Đại học Bách khoa',
    ]],
    ['a provincial newspaper', 'Ông Nguyễn Đức Hòa, Tổng Biên tập Báo Hà Tĩnh, phát biểu.', ['Nguyễn Đức Hòa: Tổng Biên tập Báo Hà Tĩnh = EDITOR_IN_CHIEF@Báo Hà Tĩnh']],
    ['a national association', 'Ông Nguyễn Thanh Bình, Chủ tịch Hội Người cao tuổi Việt Nam, phát biểu.', [
      'Nguyễn Thanh Bình: Chủ tịch Hội Người cao tuổi Việt Nam = CHAIR@Hội Người cao tuổi Việt Nam',
    ]],
    ['an enterprise whose name the sentence goes on after', 'Ông Lê Văn Hải, Tổng Giám đốc Tập đoàn Than - Khoáng sản Việt Nam cũng có mặt.', [
      'Lê Văn Hải: Tổng Giám đốc Tập đoàn Than - Khoáng sản Việt Nam = GENERAL_DIRECTOR@Tập đoàn Than - Khoáng sản Việt Nam',
    ]],
  ])('%s', (_rule, sentence, expected) => {
    expect(titlesIn(sentence)).toEqual(expected);
  });
});

describe('titles written as acronyms', () => {
  it.each([
    ['PCT', 'Ông Hồ Văn Lộc - PCT UBND tỉnh phát biểu.', ['Hồ Văn Lộc: PCT UBND tỉnh = VICE_CHAIR@Ủy ban nhân dân tỉnh Hà Tĩnh']],
    ['PBT', 'Bà Lê Thị Tâm - PBT Huyện ủy Can Lộc phát biểu.', ['Lê Thị Tâm: PBT Huyện ủy Can Lộc = DEPUTY_SECRETARY@Huyện ủy Can Lộc']],
    ['UVBTV then a title', 'Ông Hồ Văn Lộc - UVBTV Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy phát biểu.', [
      'Hồ Văn Lộc: UVBTV Tỉnh ủy = STANDING_COMMITTEE_MEMBER@Tỉnh ủy Hà Tĩnh',
      'Hồ Văn Lộc: Trưởng ban Dân vận Tỉnh ủy = HEAD@Ban Dân vận Tỉnh ủy Hà Tĩnh',
    ]],
  ])('%s', (_rule, sentence, expected) => {
    expect(titlesIn(sentence)).toEqual(expected);
  });

  it('reads no title in a document code', () => {
    expect(titlesIn('Ông Hồ Văn Lộc quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị.')).toEqual([]);
  });
});

describe('the director of a state enterprise', () => {
  it.each([
    ['a company in a career list', 'Ông Lê Văn Thành từng làm Giám đốc Công ty Xi măng Hải Phòng, Phó Chủ tịch UBND tỉnh.', [
      'Lê Văn Thành: Giám đốc Công ty Xi măng Hải Phòng = DIRECTOR@Công ty Xi măng Hải Phòng',
      'Lê Văn Thành: Phó Chủ tịch UBND tỉnh = VICE_CHAIR@Ủy ban nhân dân tỉnh Hà Tĩnh',
    ]],
    ['a deputy director of a corporation', 'Ông Trần Văn Hùng, Phó Giám đốc Tổng công ty Đường sắt Việt Nam, phát biểu.', [
      'Trần Văn Hùng: Phó Giám đốc Tổng công ty Đường sắt Việt Nam = DEPUTY_DIRECTOR@Tổng công ty Đường sắt Việt Nam',
    ]],
    ['a department director stays the department\'s', 'Ông Nguyễn Văn Bình, Giám đốc Sở Xây dựng tỉnh, phát biểu.', [
      'Nguyễn Văn Bình: Giám đốc Sở Xây dựng tỉnh = DIRECTOR@Sở Xây dựng tỉnh Hà Tĩnh',
    ]],
  ])('%s', (_rule, sentence, expected) => {
    expect(titlesIn(sentence)).toEqual(expected);
  });
});
