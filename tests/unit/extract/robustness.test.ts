import { describe, expect, it } from 'vitest';
import { normalizeVietnamese } from '../../../src/domain/text.js';
import { extract } from '../../../src/extract/index.js';
import { runExtraction } from '../../../src/extract/pipeline.js';
import { allEvidence } from './helpers.js';

// runExtraction, not extract: a bug must throw here instead of giving an empty extraction.
const APRIL_3 = { year: 2025, month: 4, iso: '2025-04-03' };
const EMPTY = { persons: [], events: [], changes: [], governmentEnds: [], bodyEnds: [] };

// Words the grammars react to, shuffled into nonsense: every rule fires on odd neighbours.
const VOCABULARY = [
  'Nguyễn', 'Vũ', 'Đại', 'Thắng', 'Thị', 'Mai', 'Anh', 'Hà', 'Tĩnh', 'Quảng', 'Ninh', 'Hạ', 'Long', 'ông', 'bà', 'đồng', 'chí',
  'Phó', 'Bí', 'thư', 'Tỉnh', 'ủy', 'Thành', 'TT', 'TW', 'Đảng', 'HĐND', 'UBND', 'BCH', 'BTV', 'TP', 'thành', 'phố', 'tỉnh',
  'Ủy', 'viên', 'Ban', 'Thường', 'vụ', 'Chủ', 'tịch', 'nguyên', 'kiêm', 'Hội', 'nghị', 'Đại', 'hội', 'lần', 'thứ', 'XVI', '63',
  'khóa', 'nhiệm', 'kỳ', '2020', '-', '2025', 'Ngày', '3', '/', '4', 'Quý', 'I', 'tháng', 'năm', 'từ', 'kết', 'thúc', 'hoạt',
  'động', 'của', 'được', 'bầu', 'bổ', 'nhiệm', 'sẽ', 'dự', 'có', 'các', ':', ',', ';', '.', '(', ')', '\n', 'chủ', 'trì',
  'phát', 'biểu', 'chỉ', 'đạo', 'Tin', 'tức', 'khác', '…', 'Đ/c', 'Quân', 'sự',
];

function randomText(seed: number, words: number): string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  return Array.from({ length: words }, () => VOCABULARY[next() % VOCABULARY.length]).join(next() % 3 === 0 ? '' : ' ');
}

describe('robustness', () => {
  it('finishes on a megabyte with no punctuation', () => {
    const body = 'Nguyễn Văn An Bí thư Tỉnh ủy Quảng Ninh phát biểu hội nghị lần thứ 5 tổ chức '.repeat(13_000);
    expect(body.length).toBeGreaterThan(1_000_000);
    expect(runExtraction(body, APRIL_3).events.length).toBeLessThanOrEqual(1);
  });

  it('finishes on a megabyte of one word and on ten thousand commas', () => {
    expect(runExtraction('a'.repeat(1_000_000), null)).toMatchObject(EMPTY);
    expect(runExtraction(','.repeat(10_000), null)).toMatchObject(EMPTY);
    expect(runExtraction('ông Nguyễn Văn An, '.repeat(10_000), null).persons).toHaveLength(10_000);
  });

  it('finishes on long runs of what every grammar starts with', () => {
    const runs = ['Nguyễn Văn ', 'Bí thư Tỉnh ủy ', 'Hội nghị lần thứ 1 ', '1/', 'Phó ', 'tổ chức ', '\n', 'đồng chí: '];
    for (const run of runs) expect(() => runExtraction(run.repeat(60_000), APRIL_3)).not.toThrow();
  });

  it.each([
    ['empty text', ''],
    ['only line breaks', '\n\n\n'],
    ['a lone surrogate', '\ud800 Ông Nguyễn Văn An, Bí thư Tỉnh ủy'],
    ['emoji and symbols', '🎉 Ông Nguyễn Văn An 🎉, Bí thư Tỉnh ủy ©'],
    ['an unfinished title', 'Ông Nguyễn Văn An, Phó'],
    ['an unfinished date', 'Ngày 3/'],
  ])('extracts without throwing from %s', (_case, body) => {
    expect(() => runExtraction(body, null)).not.toThrow();
  });

  it('never throws on input that breaks the contract', () => {
    expect(extract(undefined as unknown as string, undefined as unknown as { date: null })).toEqual({
      context: { province: null, city: null, date: null },
      ...EMPTY,
    });
    expect(extract(42 as unknown as string, { date: 7 as unknown as string })).toMatchObject(EMPTY);
  });

  it('keeps every quote equal to its slice of the body on random text', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const body = normalizeVietnamese(randomText(seed, 400));
      const result = runExtraction(body, APRIL_3);
      for (const evidence of allEvidence(result)) expect(body.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
  });
});
