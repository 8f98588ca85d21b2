import type { PartialDate } from '../domain/extraction.js';
import type { Doc } from './doc.js';
import { numberValue, yearValue } from './numbers.js';
import type { Paragraph } from './sentences.js';
import { firstStartingAtOrAfter } from './spans.js';
import { isJoined, type Token } from './tokens.js';

/**
 * Dates as the text gives them, d/m order: "Ngày 3/4", "từ 1/7", "30/4/2025", "tháng 6/2025",
 * "Quý I/2025", "năm 2024". A missing year is the article's; precision is never invented.
 */

export interface DateSpan {
  date: PartialDate;
  start: number;
  /** Exclusive token index. */
  end: number;
}

type Untexted<T> = T extends unknown ? Omit<T, 'text'> : never;

interface Parsed {
  date: Untexted<PartialDate>;
  end: number;
}

// "Sáng 3/4", "Chiều ngày 3/4", "Trong quý I/2025": words that may come before a paragraph's date.
const TIME_PREFIXES = new Set(['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm', 'vào', 'trong', 'từ', 'đầu', 'cuối', 'hết', 'ngày']);

// "Thứ Ba, ngày 18/2/2025", "Chủ nhật, 3/8": the weekday before a paragraph's date.
const WEEKDAY_WORDS = new Set(['thứ', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'chủ', 'nhật', ',']);

/** The article date's year and month, which complete dates written without a year. */
export interface ArticleTime {
  year: number;
  month: number;
}

/**
 * Every date in the article, left to right. "cùng ngày" ("Chiều cùng ngày, …": the same day) is
 * the last day written before it.
 */
export function findDates(doc: Doc, articleTime: ArticleTime | null): DateSpan[] {
  const dates: DateSpan[] = [];
  let lastDay: PartialDate | null = null;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (lastDay !== null && doc.tokens[i]?.lower === 'cùng' && doc.tokens[i + 1]?.lower === 'ngày') {
      const text = doc.body.slice((doc.tokens[i] as Token).start, (doc.tokens[i + 1] as Token).end);
      dates.push({ date: { ...lastDay, text }, start: i, end: i + 2 });
      i += 1;
      continue;
    }
    const parsed = readDate(doc.tokens, i, articleTime);
    if (parsed === null) continue;
    const start = (doc.tokens[i] as Token).start;
    const end = (doc.tokens[parsed.end - 1] as Token).end;
    const date = { ...parsed.date, text: doc.body.slice(start, end) } as PartialDate;
    dates.push({ date, start: i, end: parsed.end });
    // "nhận nhiệm vụ từ ngày 1/8 … Sáng cùng ngày": the same day is the story's, not a decision's start.
    if (date.precision === 'DAY' && doc.tokens[i - 1]?.lower !== 'từ') lastDay = date;
    i = parsed.end - 1;
  }
  return dates;
}

/**
 * The first day written in tokens [from, to) with `year` for its year when none is written:
 * "Sáng 22-8" in the report of a congress of the 2025–2030 term is 22 August 2025. For an
 * article whose date is unknown, when the text itself makes the year certain.
 */
export function firstDayWithYear(doc: Doc, from: number, to: number, year: number): DateSpan | null {
  const time = { year, month: 6 };
  for (let i = from; i < to; i++) {
    const parsed = readDate(doc.tokens, i, time);
    if (parsed === null) continue;
    if (parsed.date.precision !== 'DAY') {
      i = parsed.end - 1;
      continue;
    }
    const text = doc.body.slice((doc.tokens[i] as Token).start, (doc.tokens[parsed.end - 1] as Token).end);
    return { date: { ...parsed.date, text } as PartialDate, start: i, end: parsed.end };
  }
  return null;
}

/** Whether a day is written in tokens [from, to), with its year or not ("ngày 26-6" in an article whose year is unknown). */
export function writesDay(doc: Doc, from: number, to: number): boolean {
  return firstDayWithYear(doc, from, to, ANY_YEAR) !== null;
}

// A leap year, so that "29/2" reads as a day.
const ANY_YEAR = 2000;

/**
 * The first day written in tokens [from, to) as it is written, for an article whose year is
 * unknown: "Chiều 16/11" keeps its text though no date can be given.
 */
export function firstYearlessDayText(doc: Doc, from: number, to: number): string | null {
  const day = firstDayWithYear(doc, from, to, ANY_YEAR);
  if (day === null) return null;
  // "Chiều 16/11": the time of day is part of the day as written.
  const start = day.start > from && TIMES_OF_DAY.has(doc.tokens[day.start - 1]?.lower ?? '') ? day.start - 1 : day.start;
  return doc.body.slice((doc.tokens[start] as Token).start, (doc.tokens[day.end - 1] as Token).end);
}

const TIMES_OF_DAY = new Set(['sáng', 'chiều', 'tối', 'trưa', 'đêm']);

/** Dates by position, for "the first date in this sentence" in logarithmic time. */
export class DateIndex {
  constructor(private readonly dates: readonly DateSpan[]) {}

  /**
   * With days whose year the text made certain (see firstDayWithYear): each replaces what was
   * read of the same tokens without it.
   */
  with(days: readonly DateSpan[]): DateIndex {
    if (days.length === 0) return this;
    const kept = this.dates.filter((date) => !days.some((day) => date.start < day.end && day.start < date.end));
    return new DateIndex([...kept, ...days].sort((a, b) => a.start - b.start));
  }

  /** The first date that starts in tokens [from, to). */
  firstIn(from: number, to: number): DateSpan | null {
    const date = this.dates[firstStartingAtOrAfter(this.dates, from)];
    return date !== undefined && date.start < to ? date : null;
  }

  /** The dates that start in tokens [from, to), in order. */
  within(from: number, to: number): DateSpan[] {
    const found: DateSpan[] = [];
    for (let k = firstStartingAtOrAfter(this.dates, from); k < this.dates.length && (this.dates[k] as DateSpan).start < to; k++) found.push(this.dates[k] as DateSpan);
    return found;
  }

  /** The last date that ends at or before token `before` and starts at or after `from`. */
  lastBefore(from: number, before: number): DateSpan | null {
    const date = this.dates[firstStartingAtOrAfter(this.dates, before) - 1];
    return date !== undefined && date.start >= from && date.end <= before ? date : null;
  }

  /** The date a paragraph opens with ("Quý I/2025, …", "Thứ Ba, ngày 18/2/2025 …"), which dates the events it reports. */
  openingOf(paragraph: Paragraph, tokens: readonly Token[]): DateSpan | null {
    const date = this.firstIn(paragraph.tokenStart, paragraph.tokenEnd);
    if (date === null) return null;
    for (let i = paragraph.tokenStart; i < date.start; i++) {
      const word = tokens[i]?.lower ?? '';
      if (!TIME_PREFIXES.has(word) && !WEEKDAY_WORDS.has(word)) return null;
    }
    return date;
  }
}

function readDate(tokens: readonly Token[], index: number, time: ArticleTime | null): Parsed | null {
  switch (tokens[index]?.lower) {
    case 'ngày':
      return readDayMonth(tokens, index + 1, time) ?? readSpelledDay(tokens, index + 1, time) ?? readRunTogether(tokens, index + 1, time);
    case 'tháng':
      return readMonth(tokens, index + 1, time);
    case 'quý':
      return readQuarter(tokens, index + 1, time);
    case 'năm': {
      const year = yearValue(tokens[index + 1]);
      return year === null ? null : { date: { precision: 'YEAR', year }, end: index + 2 };
    }
    default:
      return readDayMonth(tokens, index, time);
  }
}

// "3/4" always reads as a day; "31-1" and "17.9" only after a word of time or with their year.
const DAY_SEPARATORS = new Set(['/', '-', '.']);

/**
 * "3/4", "30/4/2025" (joined, day first); with dashes or dots ("31-1", "6-5-2016", "17.9",
 * "15.9.2025") only after a word of time ("chiều 31-1", "ngày 17.9") or with their year, so
 * that "10-12%" stays a range and "6.323" a number.
 */
function readDayMonth(tokens: readonly Token[], index: number, time: ArticleTime | null): Parsed | null {
  const [day, slash, month] = [tokens[index], tokens[index + 1], tokens[index + 2]];
  if (day?.kind !== 'number' || month?.kind !== 'number' || !DAY_SEPARATORS.has(slash?.text ?? '')) return null;
  if (!isJoined(day, slash) || !isJoined(slash, month)) return null;
  const before = tokens[index - 1];
  if (isJoined(before, day) && (DAY_SEPARATORS.has(before?.text ?? '') || before?.kind === 'number')) return null;
  const separator = (slash as Token).text;
  const yearSlash = tokens[index + 3];
  const hasYear = yearSlash?.text === separator && isJoined(month, yearSlash) && isJoined(yearSlash, tokens[index + 4]);
  if (separator !== '/' && !hasYear && !TIME_PREFIXES.has(before?.lower ?? '')) return null;
  const explicitYear = hasYear ? yearValue(tokens[index + 4]) : null;
  if (hasYear && explicitYear === null) return null;
  return dayDate(Number(day.text), Number(month.text), explicitYear, time, hasYear ? index + 5 : index + 3);
}

/** "Ngày 074": a zero-padded day run into its month (the slash lost), read as 07/4. */
function readRunTogether(tokens: readonly Token[], index: number, time: ArticleTime | null): Parsed | null {
  const token = tokens[index];
  if (token?.kind !== 'number' || !/^0[1-9](?:[1-9]|1[0-2])$/.test(token.text)) return null;
  return dayDate(Number(token.text.slice(0, 2)), Number(token.text.slice(2)), null, time, index + 1);
}

/** "3 tháng 4 năm 2025", "3 tháng 4". */
function readSpelledDay(tokens: readonly Token[], index: number, time: ArticleTime | null): Parsed | null {
  if (tokens[index]?.kind !== 'number' || tokens[index + 1]?.lower !== 'tháng' || tokens[index + 2]?.kind !== 'number') return null;
  const explicitYear = tokens[index + 3]?.lower === 'năm' ? yearValue(tokens[index + 4]) : null;
  const end = explicitYear === null ? index + 3 : index + 5;
  return dayDate(Number(tokens[index]?.text), Number(tokens[index + 2]?.text), explicitYear, time, end);
}

function dayDate(day: number, month: number, explicitYear: number | null, time: ArticleTime | null, end: number): Parsed | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, explicitYear ?? 2024)) return null;
  const year = explicitYear ?? impliedYear(month, time);
  if (year === null || day > daysIn(month, year)) return null;
  return { date: { precision: 'DAY', year, month, day }, end };
}

/** "tháng 6/2025", "tháng 6 năm 2025", "tháng 6". */
function readMonth(tokens: readonly Token[], index: number, time: ArticleTime | null): Parsed | null {
  const monthToken = tokens[index];
  if (monthToken?.kind !== 'number') return null;
  const month = Number(monthToken.text);
  if (month < 1 || month > 12) return null;
  const explicit = explicitYearAfter(tokens, index);
  const year = explicit?.year ?? impliedYear(month, time);
  return year === null ? null : { date: { precision: 'MONTH', year, month }, end: explicit?.end ?? index + 1 };
}

/** "Quý I/2025", "quý II năm 2025", "quý I". */
function readQuarter(tokens: readonly Token[], index: number, time: ArticleTime | null): Parsed | null {
  const quarter = numberValue(tokens[index]);
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) return null;
  const explicit = explicitYearAfter(tokens, index);
  const year = explicit?.year ?? time?.year ?? null;
  return year === null ? null : { date: { precision: 'QUARTER', year, quarter }, end: explicit?.end ?? index + 1 };
}

function explicitYearAfter(tokens: readonly Token[], index: number): { year: number; end: number } | null {
  const next = tokens[index + 1];
  if (next?.text === '/' && isJoined(tokens[index], next)) {
    const year = isJoined(next, tokens[index + 2]) ? yearValue(tokens[index + 2]) : null;
    return year === null ? null : { year, end: index + 3 };
  }
  if (next?.lower === 'năm') {
    const year = yearValue(tokens[index + 2]);
    return year === null ? null : { year, end: index + 3 };
  }
  return null;
}

/** The article's year; a December date in a January article is last year's. */
function impliedYear(month: number, time: ArticleTime | null): number | null {
  if (time === null) return null;
  return time.month <= 2 && month >= 11 ? time.year - 1 : time.year;
}

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
