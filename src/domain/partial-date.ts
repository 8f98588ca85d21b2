import type { PartialDate } from './extraction.js';

const pad = (value: number) => String(value).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The exact day, for a DAY-precise date; null otherwise. */
export function exactDay(date: PartialDate): string | null {
  return date.precision === 'DAY' ? `${date.year}-${pad(date.month)}-${pad(date.day)}` : null;
}

/**
 * The first and last day a partial date covers.
 *
 * @example periodOf({ precision: 'QUARTER', year: 2025, quarter: 1, text: 'Quý I/2025' })
 * // { from: '2025-01-01', to: '2025-03-31' }
 */
export function periodOf(date: PartialDate): { from: string; to: string } {
  switch (date.precision) {
    case 'DAY': {
      const day = exactDay(date)!;
      return { from: day, to: day };
    }
    case 'MONTH':
      return { from: `${date.year}-${pad(date.month)}-01`, to: `${date.year}-${pad(date.month)}-${pad(lastDayOfMonth(date.year, date.month))}` };
    case 'QUARTER': {
      const first = (date.quarter - 1) * 3 + 1;
      const last = first + 2;
      return { from: `${date.year}-${pad(first)}-01`, to: `${date.year}-${pad(last)}-${pad(lastDayOfMonth(date.year, last))}` };
    }
    case 'YEAR':
      return { from: `${date.year}-01-01`, to: `${date.year}-12-31` };
  }
}
