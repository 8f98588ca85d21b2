import { describe, expect, it } from 'vitest';
import { describePersons, expectEvidenceInBody, extractText } from './helpers.js';

// Made-up sentences (corpus Convention 5: a title written once for a list goes to each person).
const CONTEXT = 'Hội nghị diễn ra tại tỉnh Nam Định. ';

function personsIn(sentence: string): string[] {
  const { body, result } = extractText(CONTEXT + sentence);
  expectEvidenceInBody(body, result);
  return describePersons(result);
}

describe('a title written once for a list', () => {
  it.each([
    ['"Ba <title> … là: A (…), B và C"', 'Ba Phó Bí thư Tỉnh ủy được chỉ định là: bà Trần Thị Mai (Chủ tịch HĐND tỉnh), ông Lê Văn Bình và ông Đỗ Văn Cường.', [
      'Trần Thị Mai: CHAIR@Hội đồng nhân dân tỉnh Nam Định; DEPUTY_SECRETARY@Tỉnh ủy Nam Định',
      'Lê Văn Bình: DEPUTY_SECRETARY@Tỉnh ủy Nam Định',
      'Đỗ Văn Cường: DEPUTY_SECRETARY@Tỉnh ủy Nam Định',
    ]],
    ['"ba người … giữ chức <title>, …, gồm A, <title>; B"', 'Ba người được bầu giữ chức Phó Bí thư Tỉnh ủy khóa XX, cả ba đều đạt số phiếu cao, gồm bà Trần Thị Mai, Chủ tịch HĐND tỉnh; ông Lê Văn Bình.', [
      'Trần Thị Mai: CHAIR@Hội đồng nhân dân tỉnh Nam Định; DEPUTY_SECRETARY@Tỉnh ủy Nam Định',
      'Lê Văn Bình: DEPUTY_SECRETARY@Tỉnh ủy Nam Định',
    ]],
    ['"các đồng chí <title>: <title> A; <title> B"', 'Dự lễ có các đồng chí Ủy viên Bộ Chính trị: Chủ tịch Quốc hội Lê Văn Bình; Thủ tướng Chính phủ Đỗ Văn Cường.', [
      'Lê Văn Bình: CHAIR@Quốc hội; MEMBER@Bộ Chính trị',
      'Đỗ Văn Cường: PRIME_MINISTER@Chính phủ; MEMBER@Bộ Chính trị',
    ]],
    ['a counted role whose body the sentence names, with ranks and asides in the list', 'Bộ Quốc phòng hiện có 3 Thứ trưởng, gồm: Thượng tướng Lê Văn Bình (sinh năm 1960); Trung tướng Đỗ Văn Cường và Trung tướng Phạm Văn Dũng.', [
      'Lê Văn Bình: DEPUTY_MINISTER@Bộ Quốc phòng',
      'Đỗ Văn Cường: DEPUTY_MINISTER@Bộ Quốc phòng',
      'Phạm Văn Dũng: DEPUTY_MINISTER@Bộ Quốc phòng',
    ]],
    ['a bare role right before a name belongs to the body the sentence is about', 'UBND tỉnh hiện có Chủ tịch Lê Văn Bình và 2 Phó Chủ tịch là ông Đỗ Văn Cường, bà Trần Thị Mai.', [
      'Lê Văn Bình: CHAIR@Ủy ban nhân dân tỉnh Nam Định',
      'Đỗ Văn Cường: VICE_CHAIR@Ủy ban nhân dân tỉnh Nam Định',
      'Trần Thị Mai: VICE_CHAIR@Ủy ban nhân dân tỉnh Nam Định',
    ]],
    ['the list belongs to the last counted title before it', 'Các đại biểu HĐND tỉnh đã miễn nhiệm 2 Phó Chủ tịch UBND tỉnh là ông Đỗ Văn Cường và ông Lê Văn Bình.', [
      'Đỗ Văn Cường: VICE_CHAIR@Ủy ban nhân dân tỉnh Nam Định',
      'Lê Văn Bình: VICE_CHAIR@Ủy ban nhân dân tỉnh Nam Định',
    ]],
    ['bare names after "<counted title>:" are the list, with no honorific', 'Bộ Y tế hiện có 3 Thứ trưởng: Đỗ Văn Cường, Trần Thị Mai, Lê Văn Bình.', [
      'Đỗ Văn Cường: DEPUTY_MINISTER@Bộ Y tế',
      'Trần Thị Mai: DEPUTY_MINISTER@Bộ Y tế',
      'Lê Văn Bình: DEPUTY_MINISTER@Bộ Y tế',
    ]],
    ['a title after a counted rank, then ":", goes to each listed name', 'Chủ tịch nước quyết định thăng quân hàm cho 2 Thiếu tướng, Ủy viên Ban Chấp hành Trung ương Đảng: Đỗ Văn Cường và Lê Văn Bình.', [
      'Đỗ Văn Cường: MEMBER@Ban Chấp hành Trung ương Đảng',
      'Lê Văn Bình: MEMBER@Ban Chấp hành Trung ương Đảng',
    ]],
    ['a number far before the role does not count it', 'Từ tháng 9/2019 ông Lê Văn Bình làm Chánh Văn phòng, người phát ngôn của Sở.', ['Lê Văn Bình']],
  ])('%s', (_rule, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });

  it('gives the title to the person of each bulleted line after "gồm:"', () => {
    const text = `${CONTEXT}Các Ủy viên Bộ Chính trị được phân công gồm:\n- Chủ tịch Quốc hội Lê Văn Bình.\n- Trưởng Ban Tổ chức Trung ương Đỗ Văn Cường.\nĐây là quyết định quan trọng.`;
    const { result } = extractText(text);
    expect(describePersons(result)).toEqual([
      'Lê Văn Bình: CHAIR@Quốc hội; MEMBER@Bộ Chính trị',
      'Đỗ Văn Cường: HEAD@Ban Tổ chức Trung ương; MEMBER@Bộ Chính trị',
    ]);
  });

  it('keeps "chuyên trách" in the title as written', () => {
    const { result } = extractText('Ủy ban Mặt trận Tổ quốc tỉnh có hai Phó Chủ tịch chuyên trách, gồm các đồng chí Lê Văn Bình và Đỗ Văn Cường.');
    expect(result.persons.map((person) => person.titles.map((title) => title.asWritten))).toEqual([['Phó Chủ tịch chuyên trách'], ['Phó Chủ tịch chuyên trách']]);
  });
});
