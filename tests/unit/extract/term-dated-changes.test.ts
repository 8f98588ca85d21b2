import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

const dayOf = (date: { precision: string; year: number; month?: number; day?: number } | null) =>
  date === null ? null : `${date.year}-${String(date.month ?? 0).padStart(2, '0')}-${String(date.day ?? 0).padStart(2, '0')}`;

describe('changes at a session whose year the term makes certain (undated article)', () => {
  it('dates the elections at the first session of a term by its first year', () => {
    const text = [
      'Ngày 24/6, tại kỳ họp thứ nhất HĐND TP Hải Phòng khóa XVI, nhiệm kỳ 2021-2026, các đại biểu đã bầu ông Nguyễn Văn Bình giữ chức Chủ tịch UBND TP Hải Phòng nhiệm kỳ 2021-2026.',
      '',
      'Cũng tại kỳ họp, ông Trần Văn Cường được bầu tiếp tục giữ chức Phó Chủ tịch UBND TP Hải Phòng nhiệm kỳ 2021-2026.',
    ].join('\n');
    const { changes } = extractText(text, null).result;
    expect(changes.map((change) => [change.person, dayOf(change.date as never)])).toEqual([
      ['Nguyễn Văn Bình', '2021-06-24'],
      ['Trần Văn Cường', '2021-06-24'],
    ]);
  });

  it('dates nothing at another session of the term: its year is not certain', () => {
    const text = 'Ngày 30/7, kỳ họp thứ 12 HĐND tỉnh Thái Bình khóa XVI, nhiệm kỳ 2016-2021, đã bầu ông Lê Văn Dũng giữ chức Chủ tịch UBND tỉnh Thái Bình.';
    const { changes } = extractText(text, null).result;
    expect(changes.map((change) => change.date)).toEqual([null]);
  });
});
