import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../../src/domain/extraction.js';
import { normalizeVietnamese } from '../../../src/domain/text.js';
import { findDates } from '../../../src/extract/dates.js';
import { readDoc } from '../../../src/extract/doc.js';

function datesIn(text: string, article: { year: number; month: number } | null = { year: 2025, month: 4 }): PartialDate[] {
  return findDates(readDoc(normalizeVietnamese(text)), article).map((span) => span.date);
}

describe('dates', () => {
  it.each<[string, PartialDate[]]>([
    ['Ngày 3/4, hội nghị khai mạc.', [{ precision: 'DAY', year: 2025, month: 4, day: 3, text: 'Ngày 3/4' }]],
    ['Từ 1/7 bộ máy mới vận hành.', [{ precision: 'DAY', year: 2025, month: 7, day: 1, text: '1/7' }]],
    ['Kỳ nghỉ lễ 30/4/2024 kéo dài.', [{ precision: 'DAY', year: 2024, month: 4, day: 30, text: '30/4/2024' }]],
    ['Sáng ngày 3 tháng 4 năm 2024, đoàn đến.', [{ precision: 'DAY', year: 2024, month: 4, day: 3, text: 'ngày 3 tháng 4 năm 2024' }]],
    ['Quý I/2025, thành phố tăng trưởng.', [{ precision: 'QUARTER', year: 2025, quarter: 1, text: 'Quý I/2025' }]],
    ['Trong quý II năm 2024 và quý III.', [
      { precision: 'QUARTER', year: 2024, quarter: 2, text: 'quý II năm 2024' },
      { precision: 'QUARTER', year: 2025, quarter: 3, text: 'quý III' },
    ]],
    ['Đến hết tháng 6/2025 thu đạt kế hoạch.', [{ precision: 'MONTH', year: 2025, month: 6, text: 'tháng 6/2025' }]],
    ['Tháng 12 năm 2024 và tháng 5.', [
      { precision: 'MONTH', year: 2024, month: 12, text: 'Tháng 12 năm 2024' },
      { precision: 'MONTH', year: 2025, month: 5, text: 'tháng 5' },
    ]],
    ['Năm 2024 là năm bản lề.', [{ precision: 'YEAR', year: 2024, text: 'Năm 2024' }]],
  ])('%s', (text, expected) => {
    expect(datesIn(text)).toEqual(expected);
  });

  it.each([
    ['day first, never month first: 4/31 is no date', 'Ngày 4/31 không có.'],
    ['no month 13', 'Tỷ lệ 13/13 xã đạt chuẩn.'],
    ['fractions and amounts', 'Giải ngân 374/ 2.709 tỷ đồng, tăng 19,1%.'],
    ['a term is no date', 'Nhiệm kỳ 2020-2025 và 3 tháng tới.'],
    ['a slash chain is no date', 'Mã số 12/3/45/6.'],
  ])('%s', (_rule, text) => {
    expect(datesIn(text)).toEqual([]);
  });

  it('completes no year without an article date, but keeps explicit ones', () => {
    expect(datesIn('Ngày 3/4 và ngày 30/4/2025.', null)).toEqual([{ precision: 'DAY', year: 2025, month: 4, day: 30, text: 'ngày 30/4/2025' }]);
  });

  it('dates December in a January article to the year before', () => {
    expect(datesIn('Ngày 28/12, tổng kết.', { year: 2025, month: 1 })).toEqual([{ precision: 'DAY', year: 2024, month: 12, day: 28, text: 'Ngày 28/12' }]);
  });
});
