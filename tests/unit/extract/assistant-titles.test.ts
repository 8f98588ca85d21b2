import { describe, expect, it } from 'vitest';
import { expectEvidenceInBody, extractText } from './helpers.js';

// Made-up sentences (corpus Convention 3: an assistant's title runs through the principal's titles).
function titlesByPerson(text: string): string[] {
  const { body, result } = extractText(text);
  expectEvidenceInBody(body, result);
  return result.persons.map((person) => `${person.name}: ${person.titles.map((title) => `${title.asWritten} = ${title.role}@${title.body?.name ?? '-'}`).join(' | ')}`);
}

describe('assistants and secretaries', () => {
  it.each([
    ['a named principal: one title, and the principal holds the titles inside', 'Ông Lê Văn Bình, Trợ lý đồng chí Trần Văn Nam, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ, dự họp.', [
      'Lê Văn Bình: Trợ lý đồng chí Trần Văn Nam, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ = ASSISTANT@Chính phủ',
      'Trần Văn Nam: Ủy viên Bộ Chính trị = MEMBER@Bộ Chính trị | Thủ tướng Chính phủ = PRIME_MINISTER@Chính phủ',
    ]],
    ['a principal named after the titles, left out of the title', 'Ông Đỗ Văn Hải, Thư ký Tổng Bí thư, Chủ tịch nước Trần Văn Nam, phát biểu.', [
      'Đỗ Văn Hải: Thư ký Tổng Bí thư, Chủ tịch nước = AIDE@Ban Chấp hành Trung ương Đảng',
      'Trần Văn Nam: Tổng Bí thư = GENERAL_SECRETARY@Ban Chấp hành Trung ương Đảng | Chủ tịch nước = PRESIDENT@Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    ]],
    ['no name: a Party rank and the post are one phrase', 'Ông Đỗ Văn Hải, trợ lý Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an, phát biểu.', [
      'Đỗ Văn Hải: trợ lý Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an = ASSISTANT@Bộ Công an',
    ]],
    ['no name: a post after the first is the assistant\'s own', 'Ông Đỗ Văn Hải, Trợ lý Thủ tướng, Phó Chủ nhiệm Văn phòng Chính phủ, phát biểu.', [
      'Đỗ Văn Hải: Trợ lý Thủ tướng = ASSISTANT@Chính phủ | Phó Chủ nhiệm Văn phòng Chính phủ = VICE_CHAIRMAN_OF_COMMISSION@Văn phòng Chính phủ',
    ]],
  ])('%s', (_rule, sentence, expected) => {
    expect(titlesByPerson(sentence)).toEqual(expected);
  });

  it('reads "Tổng Thư ký" as its own title, not an aide', () => {
    expect(titlesByPerson('Ông Lã Văn Đông, Tổng Thư ký Quốc hội, đọc tờ trình.')).toEqual(['Lã Văn Đông: Tổng Thư ký Quốc hội = SECRETARY_GENERAL@Quốc hội']);
  });
});

describe('"X kiêm Y" (corpus Convention 2)', () => {
  it('is one title as written with two posts', () => {
    const { result } = extractText('Hội nghị tại tỉnh Thanh Hóa. Ông Lê Văn Tư, Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện Nga Sơn, phát biểu.');
    const [person] = result.persons;
    expect(person?.titles.map((title) => title.asWritten)).toEqual(['Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện Nga Sơn', 'Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện Nga Sơn']);
    expect(person?.titles.map((title) => title.role)).toEqual(['SECRETARY', 'CHAIR']);
  });
});
