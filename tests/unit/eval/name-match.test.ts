import { describe, expect, it } from 'vitest';
import { compareNameSets, distinctNames, foldName, sameName, sameNameOrder } from '../../../src/eval/name-match.js';

describe('sameName: folded spellings and swapped given-name syllables are one person', () => {
  it.each([
    ['Trần Văn Bình', 'tran van binh', true],
    ['Trần Văn Bình', 'TRẦN  VĂN BÌNH', true],
    ['Đỗ Thị Hằng', 'Do Thi Hang', true],
    ['Phạm Quốc Khánh', 'Phạm Khánh Quốc', true],
    ['Lương Nguyễn Thu Hà', 'Lương Nguyễn Hà Thu', true],
    // The family name is not one of the syllables that may move.
    ['Phạm Quốc Khánh', 'Quốc Phạm Khánh', false],
    ['Phạm Quốc Khánh', 'Phạm Quốc Khang', false],
    ['Phạm Quốc Khánh', 'Phạm Khánh', false],
  ])('%s / %s → %s', (first, second, expected) => {
    expect(sameName(first, second)).toBe(expected);
  });

  it('folds a name to its plain syllables', () => {
    expect(foldName(' Ngô Đình  Lực ')).toBe('ngo dinh luc');
  });
});

describe('distinctNames keeps each person once, at their first place', () => {
  it('drops a later swapped or folded spelling of an earlier name', () => {
    expect(distinctNames(['Phạm Khánh Quốc', 'Lê Hữu Tài', 'Phạm Quốc Khánh', 'le huu tai'])).toEqual(['Phạm Khánh Quốc', 'Lê Hữu Tài']);
  });
});

describe('compareNameSets: what a set of people lacks and has too much', () => {
  it.each([
    { expected: ['Lê Hữu Tài'], got: ['Lê Hữu Tài'], missing: [], extra: [] },
    { expected: [], got: [], missing: [], extra: [] },
    { expected: ['Lê Hữu Tài', 'Ngô Đình Lực'], got: ['ngo dinh luc', 'le huu tai'], missing: [], extra: [] },
    { expected: ['Lê Hữu Tài'], got: [], missing: ['Lê Hữu Tài'], extra: [] },
    { expected: [], got: ['Ngô Đình Lực'], missing: [], extra: ['Ngô Đình Lực'] },
    { expected: ['Lê Hữu Tài', 'Vũ Thị Lan'], got: ['Lê Tài Hữu', 'Hà Văn Nam'], missing: ['Vũ Thị Lan'], extra: ['Hà Văn Nam'] },
    // The graph may keep a swap typo as a second person: both spellings are one holder.
    { expected: ['Lê Hữu Tài'], got: ['Lê Hữu Tài', 'Lê Tài Hữu'], missing: [], extra: [] },
  ])('$expected against $got', ({ expected, got, missing, extra }) => {
    expect(compareNameSets(expected, got)).toEqual({ missing, extra });
  });

  it('counts repeats on either side once', () => {
    expect(compareNameSets(['Lê Hữu Tài', 'Lê Hữu Tài'], ['Lê Hữu Tài'])).toEqual({ missing: [], extra: [] });
    expect(compareNameSets(['Lê Hữu Tài'], ['Ngô Đình Lực', 'ngo dinh luc'])).toEqual({ missing: ['Lê Hữu Tài'], extra: ['Ngô Đình Lực'] });
  });
});

describe('sameNameOrder: the same people in the same order', () => {
  it.each([
    { expected: ['Lê Hữu Tài', 'Ngô Đình Lực'], got: ['le huu tai', 'Ngô Lực Đình'], same: true },
    { expected: ['Lê Hữu Tài', 'Ngô Đình Lực'], got: ['Ngô Đình Lực', 'Lê Hữu Tài'], same: false },
    { expected: ['Lê Hữu Tài', 'Ngô Đình Lực'], got: ['Lê Hữu Tài'], same: false },
    { expected: ['Lê Hữu Tài'], got: ['Lê Hữu Tài', 'Ngô Đình Lực'], same: false },
    // A second spelling later in the history is the same person at their first place.
    { expected: ['Lê Hữu Tài', 'Ngô Đình Lực'], got: ['Lê Hữu Tài', 'Ngô Đình Lực', 'Lê Tài Hữu'], same: true },
  ])('$expected against $got → $same', ({ expected, got, same }) => {
    expect(sameNameOrder(expected, got)).toBe(same);
  });
});
