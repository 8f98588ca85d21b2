import type { Term } from './extraction.js';
import { termNumber } from './numerals.js';

/**
 * The bound a term puts on membership of a term-bound body (DESIGN.md, "Time"): a person
 * attested as "Ủy viên BTV Tỉnh ủy Hà Tĩnh khóa XVIII" held the post in that term; when the
 * next term begins without them being attested again, they were not re-elected.
 */

/** "khóa XVIII" → ['XVIII']: the term names a tenure keeps (none for "nhiệm kỳ 2020-2025" alone). */
export function termNamesOf(term: Term | null): string[] {
  return term?.name ? [term.name] : [];
}

/**
 * "khóa XIX, nhiệm kỳ 2020-2025" → ['XIX 2020-2025']: a term's years as a tenure keeps them, one
 * string per term because a graph property cannot hold a list of maps.
 */
export function termYearsOf(term: Term | null): string[] {
  return term?.name && term.startYear !== null && term.endYear !== null ? [`${term.name} ${term.startYear}-${term.endYear}`] : [];
}

const TERM_YEARS = /^(\S+) (\d{4})-(\d{4})$/;

/** What the store knows of a body's terms: one row per term named in its events, or per congress. */
export interface TermEvent {
  /** The term of the event ("XIX" for "… khóa XIX"), or null. */
  term: string | null;
  /** For a congress, its ordinal: "Đại hội … lần thứ XIX" elects the committee of khóa XIX. */
  congress: number | null;
  /** The earliest known day of such an event (YYYY-MM-DD), or null. */
  date: string | null;
  /** The term's last year ("nhiệm kỳ 2015-2020" → 2020), when an event gives it. */
  endYear: number | null;
}

export interface TermBound {
  /** The latest term the tenure was attested under, as written: "XVIII". */
  term: string;
  /** The first day of the next term, when known and after the last attestation; else null. */
  end: string | null;
}

/**
 * The latest term a tenure was attested under and the day it ended, or null when the tenure
 * carries no term. The term ends on the earliest day of an event of the body with a later term
 * (or a later congress); failing that, on 1 January after the term's last year, when a title or
 * an event gives it. A person attested in the post on or after that day was re-elected: then
 * the term bounds nothing (`end` is null).
 *
 * @example
 * const congress = { term: null, congress: 19, date: '2020-10-16', endYear: null };
 * termBound({ terms: ['XVIII'], termYears: [], lastAttested: '2020-03-12' }, [congress]) // { term: 'XVIII', end: '2020-10-16' }
 * termBound({ terms: ['XVIII'], termYears: [], lastAttested: '2021-04-08' }, [congress]) // { term: 'XVIII', end: null }
 */
export function termBound(
  tenure: { terms: readonly string[]; termYears: readonly string[]; lastAttested: string | null },
  events: readonly TermEvent[],
): TermBound | null {
  const latest = latestTerm(tenure.terms);
  if (latest === null) return null;
  const end = nextTermStart(latest.value, events) ?? yearAfter(latest.value, tenure.termYears, events);
  const reElected = end !== null && tenure.lastAttested !== null && tenure.lastAttested >= end;
  return { term: latest.name, end: reElected ? null : end };
}

function latestTerm(names: readonly string[]): { name: string; value: number } | null {
  let latest: { name: string; value: number } | null = null;
  for (const name of names) {
    const value = termNumber(name);
    if (value !== null && (latest === null || value > latest.value)) latest = { name, value };
  }
  return latest;
}

function nextTermStart(value: number, events: readonly TermEvent[]): string | null {
  let start: string | null = null;
  for (const event of events) {
    const later = (event.term !== null && (termNumber(event.term) ?? 0) > value) || (event.congress ?? 0) > value;
    if (later && event.date !== null && (start === null || event.date < start)) start = event.date;
  }
  return start;
}

/** "nhiệm kỳ 2015-2020" → '2021-01-01', from the tenure's titles or the body's events of that term. */
function yearAfter(value: number, termYears: readonly string[], events: readonly TermEvent[]): string | null {
  const years: number[] = [];
  for (const text of termYears) {
    const match = TERM_YEARS.exec(text);
    if (match !== null && termNumber(match[1] ?? '') === value) years.push(Number(match[3]));
  }
  for (const event of events) {
    if (event.term !== null && event.endYear !== null && termNumber(event.term) === value) years.push(event.endYear);
  }
  return years.length === 0 ? null : `${Math.max(...years) + 1}-01-01`;
}
