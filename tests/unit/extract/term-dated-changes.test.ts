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

describe('a day written without a year that nothing makes certain (undated article)', () => {
  it('keeps the day as written on the event and on the changes told that day, with no date', () => {
    const text = [
      'Chiều 16/11, kỳ họp thứ 6 HĐND thành phố Hạ Long đã miễn nhiệm chức vụ Chủ tịch UBND thành phố đối với ông Lê Văn Hòa.',
      '',
      'Ngày 30/7, HĐND tỉnh Thái Bình tổ chức kỳ họp bất thường. Kỳ họp đã bầu ông Trần Văn Sơn giữ chức Chủ tịch UBND tỉnh Thái Bình.',
    ].join('\n');
    const { events, changes } = extractText(text, null).result;
    expect(events.map((event) => [event.date, event.dateText])).toEqual([
      [null, 'Chiều 16/11'],
      [null, 'Ngày 30/7'],
    ]);
    expect(changes.map((change) => [change.person, change.date, change.dateText])).toEqual([
      ['Lê Văn Hòa', null, 'Chiều 16/11'],
      ['Trần Văn Sơn', null, 'Ngày 30/7'],
    ]);
  });

  it('writes no day text in a dated article: the day is a date there', () => {
    const { events, changes } = extractText('Chiều 16/11, kỳ họp thứ 6 HĐND thành phố Hạ Long đã miễn nhiệm chức vụ Chủ tịch UBND thành phố đối với ông Lê Văn Hòa.', '2025-11-20').result;
    expect(events.map((event) => [event.date?.text, event.dateText])).toEqual([['16/11', undefined]]);
    expect(changes.map((change) => change.dateText)).toEqual([undefined]);
  });
});
