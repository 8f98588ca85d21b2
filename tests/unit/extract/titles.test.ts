import { describe, expect, it } from 'vitest';
import { describePersons, expectEvidenceInBody, extractText } from './helpers.js';

// Made-up sentences; the article's province is Ninh Bình.
const CONTEXT = 'Hội nghị diễn ra tại tỉnh Ninh Bình. ';

function personsIn(sentence: string): string[] {
  const { body, result } = extractText(CONTEXT + sentence);
  expectEvidenceInBody(body, result);
  return describePersons(result);
}

describe('roles whose title spells part of the body', () => {
  it.each([
    ['"Trưởng đoàn ĐBQH tỉnh" starts a chain', 'Ông Đoàn Văn Khiêm, Trưởng đoàn ĐBQH tỉnh, Phó Bí thư Tỉnh ủy phát biểu.', [
      'Đoàn Văn Khiêm: HEAD_OF_DELEGATION@Đoàn đại biểu Quốc hội tỉnh Ninh Bình; DEPUTY_SECRETARY@Tỉnh ủy Ninh Bình',
    ]],
    ['"Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội"', 'Bà Mạc Thị Xoan, Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh, trình bày báo cáo.', [
      'Mạc Thị Xoan: DEPUTY_HEAD_OF_DELEGATION@Đoàn đại biểu Quốc hội tỉnh Ninh Bình',
    ]],
    ['"Chánh Văn phòng Tỉnh ủy": the committee\'s office', 'Ông Kiều Văn Sáng, Chánh Văn phòng Tỉnh ủy, đọc quyết định.', [
      'Kiều Văn Sáng: CHIEF_OF_OFFICE@Văn phòng Tỉnh ủy Ninh Bình',
    ]],
    ['"Phó Chánh Văn phòng HĐND và UBND <city>": a joint office', 'Bà Lò Thị Nhung, Phó Chánh Văn phòng HĐND và UBND thành phố Tam Điệp, dự họp.', [
      'Lò Thị Nhung: DEPUTY_CHIEF_OF_OFFICE@Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố Tam Điệp',
    ]],
    ['"Chánh Văn phòng Trung ương Đảng"', 'Ông Thân Văn Đạt, Chánh Văn phòng Trung ương Đảng, dự hội nghị.', [
      'Thân Văn Đạt: CHIEF_OF_OFFICE@Văn phòng Trung ương Đảng',
    ]],
    ['"Trưởng phòng <field> <unit>"', 'Ông Hứa Văn Quyết, Trưởng phòng Nội vụ huyện Gia Viễn, báo cáo.', [
      'Hứa Văn Quyết: HEAD_OF_DIVISION@Phòng Nội vụ huyện Gia Viễn',
    ]],
    ['"Phó Trưởng phòng <field> <body>"', 'Bà Âu Thị Duyên, Phó Trưởng phòng Tổ chức cán bộ Sở Y tế, phát biểu.', [
      'Âu Thị Duyên: DEPUTY_HEAD_OF_DIVISION@Phòng Tổ chức cán bộ Sở Y tế tỉnh Ninh Bình',
    ]],
    ['"Ủy viên dự khuyết"', 'Ông Chu Văn Tấn, Ủy viên dự khuyết BCH TW Đảng, Bí thư Tỉnh ủy chủ trì.', [
      'Chu Văn Tấn: ALTERNATE_MEMBER@Ban Chấp hành Trung ương Đảng; SECRETARY@Tỉnh ủy Ninh Bình',
    ]],
    ['"Phó Trưởng ban Thường trực <body>"', 'Ông Khổng Văn Thạch, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương, dự họp.', [
      'Khổng Văn Thạch: STANDING_DEPUTY_HEAD@Ban Tổ chức Trung ương',
    ]],
    ['"Trưởng Ban <body>" still reads its body', 'Bà Lục Thị Hằng, Trưởng Ban Dân vận Tỉnh ủy, phát biểu.', ['Lục Thị Hằng: HEAD@Ban Dân vận Tỉnh ủy Ninh Bình']],
    ['"Phó Thủ tướng Thường trực"', 'Phó Thủ tướng Thường trực Đinh Văn Ước làm việc với tỉnh.', ['Đinh Văn Ước: STANDING_DEPUTY_PRIME_MINISTER@Chính phủ']],
  ])('%s', (_case, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });

  it.each([
    ['a doubled word before "Thường trực"', 'Ông Khổng Văn Thạch, Phó Trưởng ban Ban Thường trực Ban Tổ chức Trung ương, dự họp.', [
      'Khổng Văn Thạch: STANDING_DEPUTY_HEAD@Ban Tổ chức Trung ương',
    ]],
    ['"Bí thư Trung ương Đảng": a member of the Secretariat', 'Ông Thân Văn Đạt, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, phát biểu.', [
      'Thân Văn Đạt: MEMBER@Bộ Chính trị; SECRETARIAT_MEMBER@Ban Bí thư Trung ương Đảng',
    ]],
    ['a chain after an aside in brackets', 'Người được chỉ định là ông Hứa Văn Quyết (sinh năm 1981), Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Gia Viễn.', [
      'Hứa Văn Quyết: DEPUTY_SECRETARY@Huyện ủy Gia Viễn; CHAIR@Ủy ban nhân dân huyện Gia Viễn',
    ]],
  ])('reads %s', (_case, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });

  it('gives no title to "Trưởng phòng" without the body the division belongs to', () => {
    expect(personsIn('Ông Hứa Văn Quyết, Trưởng phòng Nội vụ, báo cáo.')).toEqual(['Hứa Văn Quyết']);
  });
});
