import type { Judgement, RivalSpan, TenureSpan } from './certainty.js';

/**
 * A tenure's reported start, unless the person is attested in the post before it: then the
 * "start" was a re-election or a continuation read as a fresh start, and an attestation on a day
 * is never outweighed by a start reported after it.
 */
export function effectiveStart(span: Pick<RivalSpan, 'startDate' | 'firstAttested'>): string | null {
  const { startDate, firstAttested } = span;
  return startDate !== null && firstAttested !== null && firstAttested < startDate ? null : startDate;
}

/** The first day an article calls the post former after the person's last attestation in it (null: none). */
export function formerBy(span: Pick<RivalSpan, 'formerOn'> & { lastAttested?: string | null }): string | null {
  const last = span.lastAttested ?? null;
  const days = (span.formerOn ?? []).filter((day) => last === null || day > last);
  return days.length ? days.reduce((a, b) => (a < b ? a : b)) : null;
}

function endedBy(rival: RivalSpan, on: string): boolean {
  const former = formerBy(rival);
  return (rival.endDate !== null && on >= rival.endDate) || (former !== null && on >= former);
}

/** Whether the rival is known to hold on `on`: from its start or first attestation to its last attestation or reported end. */
function knownToHold(rival: RivalSpan, on: string): boolean {
  if (endedBy(rival, on)) return false;
  const from = effectiveStart(rival) ?? rival.firstAttested;
  const to = rival.endDate ?? rival.lastAttested;
  if (from === null || on < from) return false;
  return (rival.lastAttested !== null && on <= rival.lastAttested) || (to !== null && on < to);
}

/** The tenure's own dated facts nearest `on`: the last one on or before it and the first one on or after it. */
function bracket(span: TenureSpan, on: string): { from: string | null; to: string | null } {
  const start = effectiveStart(span);
  const days = [...(start === null ? [] : [start]), ...span.attestedOn, ...(span.endDate === null ? [] : [span.endDate])];
  const before = days.filter((day) => day <= on);
  const after = days.filter((day) => day >= on);
  return { from: before.length ? before.reduce((a, b) => (a > b ? a : b)) : null, to: after.length ? after.reduce((a, b) => (a < b ? a : b)) : null };
}

/** A day another holder is known in the post strictly between `from` and `to`. */
function rivalDayBetween(rivals: readonly RivalSpan[], from: string, to: string): string | null {
  const days = rivals.flatMap((rival) => {
    const start = effectiveStart(rival);
    return [...(start === null ? [] : [start]), ...rival.attestedOn].filter((day) => from < day && day < to);
  });
  return days.length ? days.reduce((a, b) => (a < b ? a : b)) : null;
}

/**
 * The judgement of one tenure of a single-holder post given the other people's tenures of it
 * (DESIGN.md, "Time"): once someone else is attested in the post on a day, nobody else holds it
 * that day at any certainty (unless also attested: a conflict to correct, not to hide); a day
 * another holder is known to hold is not POSSIBLE for anyone else; and a span between two
 * attestations with another holder known inside it is no longer INFERRED.
 */
export function judgeAmongRivals(span: TenureSpan, rivals: readonly RivalSpan[], judgement: Judgement | null, on: string): Judgement | null {
  if (judgement === null || judgement.certainty === 'CONFIRMED' || rivals.length === 0) return judgement;
  if (rivals.some((rival) => rival.attestedOn.includes(on) && !endedBy(rival, on))) return null;
  const rivalHolds = rivals.some((rival) => knownToHold(rival, on));
  if (judgement.certainty === 'POSSIBLE') return rivalHolds ? null : judgement;
  const { from, to } = bracket(span, on);
  const between = from !== null && to !== null ? rivalDayBetween(rivals, from, to) : null;
  if (between === null) return judgement;
  if (rivalHolds) return null;
  return { certainty: 'POSSIBLE', reason: `${judgement.reason}, but another holder is known in the post on ${between}` };
}

const firstDay = (span: RivalSpan) => effectiveStart(span) ?? span.firstAttested;

/** The first day another person is known in a single-holder post after this tenure began (null: none known). */
export function successorFrom(span: RivalSpan, rivals: readonly RivalSpan[]): string | null {
  const own = firstDay(span);
  if (own === null) return null;
  const later = rivals.map(firstDay).filter((day): day is string => day !== null && day > own);
  return later.length ? later.reduce((a, b) => (a < b ? a : b)) : null;
}
