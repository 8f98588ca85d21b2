import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

const CONTEXT = 'Thành phố Sầm Sơn, tỉnh Thanh Hóa tổng kết. ';

describe('government ends', () => {
  it('reads "từ <date> … kết thúc hoạt động của Thành phố" as the article\'s city', () => {
    const sentence = 'Từ 1/7, chính quyền hai cấp vận hành, kết thúc hoạt động của Thành phố.';
    const { result } = extractText(CONTEXT + sentence);
    expect(result.governmentEnds).toEqual([
      {
        area: { name: 'Sầm Sơn', kind: 'CITY', within: { name: 'Thanh Hóa', kind: 'PROVINCE', within: null } },
        date: { precision: 'DAY', year: 2025, month: 7, day: 1, text: '1/7' },
        evidence: expect.objectContaining({ quote: sentence }),
      },
    ]);
  });

  it('reads a named district', () => {
    const { result } = extractText(`${CONTEXT}Từ ngày 1/7/2025 sẽ chấm dứt hoạt động của huyện Tĩnh Gia.`);
    expect(result.governmentEnds.map((end) => [end.area, end.date.text])).toEqual([
      [{ name: 'Tĩnh Gia', kind: 'DISTRICT', within: { name: 'Thanh Hóa', kind: 'PROVINCE', within: null } }, 'ngày 1/7/2025'],
    ]);
  });

  it.each([
    ['no date in the sentence', 'Bộ máy sẽ kết thúc hoạt động của Thành phố.'],
    ['no area after the phrase', 'Từ 1/7, bàn giao tài sản sau khi kết thúc hoạt động.'],
    ['an area the article never names', 'Từ 1/7 kết thúc hoạt động của huyện.'],
  ])('finds nothing with %s', (_case, sentence) => {
    expect(extractText(CONTEXT + sentence).result.governmentEnds).toEqual([]);
  });
});

describe('body ends', () => {
  it('reads the bodies named before "kết thúc hoạt động từ <date>"', () => {
    const { result } = extractText(`${CONTEXT}Thành ủy Sầm Sơn, UBND thành phố Sầm Sơn kết thúc hoạt động từ ngày 1/7/2025.`);
    expect(result.bodyEnds.map((end) => [end.body.name, end.date.text])).toEqual([
      ['Thành ủy Sầm Sơn', 'ngày 1/7/2025'],
      ['Ủy ban nhân dân thành phố Sầm Sơn', 'ngày 1/7/2025'],
    ]);
    expect(result.governmentEnds).toEqual([]);
  });

  it('finds no body end without a date, nor in "kết thúc hoạt động của …"', () => {
    expect(extractText(`${CONTEXT}Thành ủy Sầm Sơn sẽ kết thúc hoạt động.`).result.bodyEnds).toEqual([]);
    expect(extractText(`${CONTEXT}Từ 1/7, kết thúc hoạt động của Thành phố.`).result.bodyEnds).toEqual([]);
  });
});
