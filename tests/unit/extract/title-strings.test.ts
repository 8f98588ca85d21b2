import { describe, expect, it } from 'vitest';
import { expectEvidenceInBody, extractText } from './helpers.js';

// Made-up sentences; the article's province is Hà Tĩnh. Each row: the titles as written, by person.
const CONTEXT = 'Buổi lễ diễn ra tại tỉnh Hà Tĩnh. ';

function titlesAsWritten(sentence: string): string[] {
  const { body, result } = extractText(CONTEXT + sentence);
  expectEvidenceInBody(body, result);
  return result.persons.map((person) => `${person.name}: ${person.titles.map((title) => `${title.status === 'FORMER' ? '(former) ' : ''}${title.asWritten}`).join(' | ')}`);
}

describe('titles as written', () => {
  it.each([
    ['"nguyên" marks the status, not the title', 'Ông Hồ Văn Lợi, nguyên Bí thư Tỉnh ủy, dự lễ.', ['Hồ Văn Lợi: (former) Bí thư Tỉnh ủy']],
    ['"nguyên" before a title written ahead of the name', 'Nguyên Chủ tịch UBND tỉnh Trần Văn Quý phát biểu.', ['Trần Văn Quý: (former) Chủ tịch UBND tỉnh']],
  ])('%s', (_rule, sentence, expected) => {
    expect(titlesAsWritten(sentence)).toEqual(expected);
  });
});
