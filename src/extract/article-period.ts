import type { DatePeriod } from '../domain/extraction.js';
import { periodOf } from '../domain/partial-date.js';
import { findDates, type DateSpan } from './dates.js';
import type { Doc } from './doc.js';
import { numberValue } from './numbers.js';
import { readTerm } from './terms.js';
import type { Token } from './tokens.js';

/**
 * When an article without a date was written, as far as its text tells: the years of the terms
 * it states ("nhiệm kỳ 2016-2021") or names for a national body whose terms are fixed ("Quốc hội
 * khóa XV"), narrowed to those they share, and the dates it writes with their year. Used only to
 * order what the article tells among other articles' facts, never as a date of a fact.
 * `written`: the article's dates as findDates reads them with no article date (the pipeline's own).
 *
 * @example articlePeriod(readDoc('… bầu ông A làm Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021.'))
 * // { from: '2016-01-01', to: '2021-12-31' }
 */
export function articlePeriod(doc: Doc, written: readonly DateSpan[] = findDates(doc, null)): DatePeriod | null {
  const terms = statedTerms(doc);
  const dates = written.filter((span) => !isBirth(doc.tokens, span) && !isTarget(doc.tokens, span)).map((span) => periodOf(span.date));
  const term = terms.length === 0 ? null : (intersection(terms) ?? hull(terms));
  if (dates.length === 0) return term;
  if (term === null) return hull(dates);
  // An article is written after the dates it reports: the latest one narrows the term from below.
  const latest = dates.reduce((a, b) => (b.from > a.from ? b : a));
  return intersection([term, { from: latest.from, to: term.to }]) ?? term;
}

/**
 * The first and last year of the terms of national bodies, by the term's number: the National
 * Assembly's and the Party Central Committee's, elected in the same year since 2011.
 */
const ASSEMBLY_TERMS = new Map<number, readonly [number, number]>([[11, [2002, 2007]], [12, [2007, 2011]], [13, [2011, 2016]], [14, [2016, 2021]], [15, [2021, 2026]], [16, [2026, 2031]]]);
const CENTRAL_COMMITTEE_TERMS = new Map<number, readonly [number, number]>([[9, [2001, 2006]], [10, [2006, 2011]], [11, [2011, 2016]], [12, [2016, 2021]], [13, [2021, 2026]], [14, [2026, 2031]]]);

// "từng là …", "nguyên Phó Chủ tịch …": a term further on in the sentence is that of a post held before.
const PAST_MARKERS = new Set(['từng', 'nguyên']);

function statedTerms(doc: Doc): DatePeriod[] {
  const terms: DatePeriod[] = [];
  for (const sentence of doc.sentences) {
    let past = false;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const token = doc.tokens[i] as Token;
      if (PAST_MARKERS.has(token.lower)) past = true;
      if (past) continue;
      const span = token.lower === 'nhiệm' ? statedYears(doc.tokens, i) : token.lower === 'khóa' ? nationalTerm(doc.tokens, i) : null;
      if (span !== null) terms.push({ from: `${span[0]}-01-01`, to: `${span[1]}-12-31` });
    }
  }
  return terms;
}

/** "nhiệm kỳ 2016-2021": its years. */
function statedYears(tokens: readonly Token[], index: number): readonly [number, number] | null {
  const term = readTerm(tokens, index)?.term;
  return term?.startYear && term.endYear ? [term.startYear, term.endYear] : null;
}

/** "Quốc hội khóa XV", "Ban Chấp hành Trung ương Đảng khóa XIII", "Trung ương khóa XII": its years. */
function nationalTerm(tokens: readonly Token[], index: number): readonly [number, number] | null {
  const value = numberValue(tokens[index + 1]);
  if (value === null) return null;
  const [before, last] = [tokens[index - 2]?.lower, tokens[index - 1]?.lower];
  if (before === 'quốc' && last === 'hội') return ASSEMBLY_TERMS.get(value) ?? null;
  const central = (before === 'trung' && last === 'ương') || (last === 'đảng' && tokens[index - 2]?.lower === 'ương' && tokens[index - 3]?.lower === 'trung');
  return central ? (CENTRAL_COMMITTEE_TERMS.get(value) ?? null) : null;
}

/** "sinh năm 1970", "sinh ngày 12/3/1968". */
function isBirth(tokens: readonly Token[], span: DateSpan): boolean {
  return tokens[span.start - 1]?.lower === 'sinh';
}

// "đến năm 2030", "tầm nhìn năm 2045": a year aimed at, not one the article tells of.
const TARGET_MARKERS = new Set(['đến', 'tới', 'nhìn']);

function isTarget(tokens: readonly Token[], span: DateSpan): boolean {
  return span.date.precision === 'YEAR' && TARGET_MARKERS.has(tokens[span.start - 1]?.lower ?? '');
}

function intersection(periods: readonly DatePeriod[]): DatePeriod | null {
  const from = periods.reduce((day, period) => (period.from > day ? period.from : day), periods[0]!.from);
  const to = periods.reduce((day, period) => (period.to < day ? period.to : day), periods[0]!.to);
  return from <= to ? { from, to } : null;
}

function hull(periods: readonly DatePeriod[]): DatePeriod {
  const from = periods.reduce((day, period) => (period.from < day ? period.from : day), periods[0]!.from);
  const to = periods.reduce((day, period) => (period.to > day ? period.to : day), periods[0]!.to);
  return { from, to };
}
