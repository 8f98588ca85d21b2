import { describe, expect, it } from 'vitest';
import { describePersons, expectEvidenceInBody, extractText } from './helpers.js';

// Made-up sentences; the article's province is Hà Nam.
const CONTEXT = 'Tin từ tỉnh Hà Nam. ';

function personsIn(sentence: string): string[] {
  const { body, result } = extractText(CONTEXT + sentence);
  expectEvidenceInBody(body, result);
  return describePersons(result);
}

function titlesIn(sentence: string): string[] {
  return extractText(CONTEXT + sentence).result.persons.flatMap((person) => person.titles.map((title) => `${person.name}: ${title.asWritten}`));
}

describe('acting and marked titles', () => {
  it.each([
    ['"quyền Chủ tịch" is a post of its own', 'Ông Kiều Văn Lâm, quyền Chủ tịch UBND tỉnh, chủ trì phiên họp.', ['Kiều Văn Lâm: ACTING_CHAIR@Ủy ban nhân dân tỉnh Hà Nam']],
    ['"được giao quyền Chủ tịch" gives the acting post to the subject', 'Ông Kiều Văn Lâm, Phó Chủ tịch UBND tỉnh, được giao quyền Chủ tịch UBND tỉnh.', [
      'Kiều Văn Lâm: VICE_CHAIR@Ủy ban nhân dân tỉnh Hà Nam; ACTING_CHAIR@Ủy ban nhân dân tỉnh Hà Nam',
    ]],
    ['"giao quyền Chủ tịch … cho ông A"', 'Thủ tướng quyết định giao quyền Chủ tịch UBND tỉnh cho ông Kiều Văn Lâm.', ['Kiều Văn Lâm: ACTING_CHAIR@Ủy ban nhân dân tỉnh Hà Nam']],
    ['"quyền" is no title before a role that has no acting post', 'Ông Kiều Văn Lâm, Phó Bí thư Tỉnh ủy, quyền Trưởng Ban Dân vận Tỉnh ủy, dự họp.', [
      'Kiều Văn Lâm: DEPUTY_SECRETARY@Tỉnh ủy Hà Nam',
    ]],
    ['an interim duty is no title', 'Ban Thường vụ phân công ông Lục Văn Hòa, Phó Chủ tịch HĐND tỉnh, thực hiện nhiệm vụ, quyền hạn của Chủ tịch HĐND tỉnh.', [
      'Lục Văn Hòa: VICE_CHAIR@Hội đồng nhân dân tỉnh Hà Nam',
    ]],
    ['"thực hiện quyền Chủ tịch" is an interim duty', 'Ông Lục Văn Hòa, Phó Chủ tịch HĐND tỉnh, thực hiện quyền Chủ tịch HĐND tỉnh.', ['Lục Văn Hòa: VICE_CHAIR@Hội đồng nhân dân tỉnh Hà Nam']],
    ['a post to be filled is nobody\'s', 'Ông Lục Văn Hòa, Phó Bí thư Tỉnh ủy, điều hành công việc cho đến khi kiện toàn chức danh Bí thư Tỉnh ủy.', [
      'Lục Văn Hòa: DEPUTY_SECRETARY@Tỉnh ủy Hà Nam',
    ]],
    ['"thường thực" is a typo for "Thường trực"', 'Ông Vương Văn Hải, Phó Chủ tịch thường thực UBND tỉnh, phát biểu.', ['Vương Văn Hải: STANDING_VICE_CHAIR@Ủy ban nhân dân tỉnh Hà Nam']],
    ['"phụ trách" between the role and its body', 'Ông Vương Văn Hải, Phó Chủ tịch Thường trực phụ trách UBND tỉnh, phát biểu.', [
      'Vương Văn Hải: STANDING_VICE_CHAIR@Ủy ban nhân dân tỉnh Hà Nam',
    ]],
    ['an abbreviation in brackets inside the body\'s name', 'Ông Vương Văn Hải, Phó Chủ tịch Hội đồng nhân dân (HĐND) tỉnh Hà Nam, phát biểu.', [
      'Vương Văn Hải: VICE_CHAIR@Hội đồng nhân dân tỉnh Hà Nam',
    ]],
  ])('%s', (_case, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });

  it('keeps the markers "tân" and "nguyên" out of the title as written', () => {
    expect(titlesIn('Tân Chủ tịch UBND tỉnh Đặng Văn Phúc phát biểu. Nguyên Bí thư Tỉnh ủy Lê Văn Tài dự lễ.')).toEqual([
      'Đặng Văn Phúc: Chủ tịch UBND tỉnh',
      'Lê Văn Tài: Bí thư Tỉnh ủy',
    ]);
  });
});
