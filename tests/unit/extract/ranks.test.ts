import { describe, expect, it } from 'vitest';
import { toGoldRecord } from '../../../src/eval/gold-record.js';
import { describePersons, expectEvidenceInBody, extractText } from './helpers.js';

// Made-up sentences; invented names.
function ranksIn(sentence: string): string[] {
  const { body, result } = extractText(sentence);
  expectEvidenceInBody(body, result);
  for (const person of result.persons) if (person.rank !== undefined) expect(body.slice(person.rank.evidence.start, person.rank.evidence.end)).toBe(person.rank.asWritten);
  return result.persons.map((person) => `${person.name}: ${person.rank?.asWritten ?? '-'}`);
}

describe('ranks', () => {
  it.each([
    ['a rank before a name, then its titles', 'Trung tướng Lạc Văn Hùng, Tư lệnh Quân khu 9, phát biểu.', ['Lạc Văn Hùng: Trung tướng']],
    ['a rank written in lower case', 'Người phát biểu là thiếu tướng Cù Văn Thịnh.', ['Cù Văn Thịnh: thiếu tướng']],
    ['a naval rank of three words', 'Phó Đô đốc Quách Văn Hải dự lễ.', ['Quách Văn Hải: Phó Đô đốc']],
    ['a rank written once for a list', 'Dự họp có các thượng tướng Đoàn Văn Bình, Lưu Văn Toàn và Tăng Văn Phúc.', [
      'Đoàn Văn Bình: thượng tướng',
      'Lưu Văn Toàn: thượng tướng',
      'Tăng Văn Phúc: thượng tướng',
    ]],
    ['a rank not carried past a name with its own', 'Đại tá Hồ Văn Lâm và Thiếu tá Kim Văn Định dự họp.', ['Hồ Văn Lâm: Đại tá', 'Kim Văn Định: Thiếu tá']],
    ['no rank for a civilian', 'Ông Mai Văn Sơn, Chủ tịch UBND tỉnh Hà Nam, dự họp.', ['Mai Văn Sơn: -']],
  ])('%s', (_case, sentence, expected) => {
    expect(ranksIn(sentence)).toEqual(expected);
  });

  it('is never a title, and leaves the chain around it whole', () => {
    const { result } = extractText('Bộ trưởng Bộ Quốc phòng, Đại tướng Lạc Văn Hùng, Ủy viên Bộ Chính trị, chủ trì.');
    expect(describePersons(result)).toEqual(['Lạc Văn Hùng: MINISTER@Bộ Quốc phòng; MEMBER@Bộ Chính trị']);
  });

  it('leaves a title after "của" to its own sentence', () => {
    const { result } = extractText('Theo quyết định của Thủ tướng, thượng tướng Lạc Văn Hùng giữ chức Thứ trưởng Bộ Công an.');
    expect(result.persons.find((person) => person.name === 'Lạc Văn Hùng')?.titles.map((title) => title.role)).not.toContain('PRIME_MINISTER');
  });

  it('is written to the gold record as first seen', () => {
    const { result } = extractText('Thượng tướng Lạc Văn Hùng phát biểu. Sau đó, thượng tướng Lạc Văn Hùng trao quyết định.');
    const record = toGoldRecord('x.txt', { date: null }, result);
    expect(record.mentions.map((mention) => [mention.person, mention.rank])).toEqual([['Lạc Văn Hùng', 'Thượng tướng']]);
  });
});
