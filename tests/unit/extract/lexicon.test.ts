import { describe, expect, it } from 'vitest';
import { spellings } from '../../../src/extract/abbreviations.js';
import { Lexicon } from '../../../src/extract/lexicon.js';
import { parseRoman } from '../../../src/extract/numbers.js';
import { tokenize } from '../../../src/extract/tokens.js';

describe('abbreviations', () => {
  it('spells a phrase every way the abbreviations allow', () => {
    expect(spellings('ban chấp hành trung ương đảng'.split(' ')).map((words) => words.join(' '))).toEqual([
      'ban chấp hành trung ương đảng',
      'ban chấp hành tw đảng',
      'ban chấp hành t . ư đảng',
      'ban chấp hành t . w đảng',
      'bch trung ương đảng',
      'bch tw đảng',
      'bch t . ư đảng',
      'bch t . w đảng',
    ]);
  });

  it('matches the longest phrase, abbreviated or not', () => {
    const lexicon = new Lexicon([
      ['hội đồng nhân dân', 'COUNCIL'],
      ['hội đồng nhân dân thành phố', 'CITY_COUNCIL'],
    ]);
    const text = 'Chủ tịch HĐND TP và Hội đồng nhân dân tỉnh';
    const tokens = tokenize(text, [{ start: 0, end: text.length }]);
    expect(lexicon.match(tokens, 2)).toEqual({ value: 'CITY_COUNCIL', end: 4 });
    expect(lexicon.match(tokens, 5)).toEqual({ value: 'COUNCIL', end: 9 });
    expect(lexicon.match(tokens, 0)).toBeNull();
  });
});

describe('Roman numerals', () => {
  it.each([
    ['I', 1],
    ['IV', 4],
    ['XVI', 16],
    ['XXV', 25],
    ['XIX', 19],
    ['MMXXV', 2025],
  ])('%s = %i', (text, value) => {
    expect(parseRoman(text)).toBe(value);
  });

  it.each(['IIII', 'VX', 'IC', 'Xã', '', 'ABC'])('%j is not a numeral', (text) => {
    expect(parseRoman(text)).toBeNull();
  });
});
