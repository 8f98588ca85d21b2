import { effectiveStart, formerBy, judgeAmongRivals } from './rival-holders.js';

/** How sure an as-of answer is; the order is from least to most sure. */
export const CERTAINTIES = ['POSSIBLE', 'INFERRED', 'CONFIRMED'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** What "held X on date D" is judged from (dates as YYYY-MM-DD, which compare as strings). */
export interface TenureSpan {
  startDate: string | null;
  /** The first day the tenure no longer held. */
  endDate: string | null;
  attestedOn: readonly string[];
  /** The days articles call the post the person's former one: it had ended by the first of them after the last attestation. */
  formerOn?: readonly string[];
  /** False when no article names the person as holding the post, only as having held it (default true). */
  namedCurrent?: boolean;
  firstAttested: string | null;
  lastAttested: string | null;
  /**
   * For a single-holder post: the first day another person is known in it after this tenure
   * began (their reported start or first attestation); it bounds this tenure's end.
   */
  successorFrom?: string | null;
  /**
   * For a member of a term-bound body who was not attested again once the next term began: the
   * first day of that term (domain/term-bound.ts); it bounds this tenure's end like a successor.
   */
  termEnd?: string | null;
  /** The term `termEnd` ends, as written after "khóa": "XVIII". */
  term?: string | null;
  /** For a single-holder post: the other people's tenures of it (domain/rival-holders.ts). */
  rivals?: readonly RivalSpan[];
}

/** What is known of another person's tenure of the same single-holder post. */
export type RivalSpan = Pick<TenureSpan, 'startDate' | 'endDate' | 'attestedOn' | 'formerOn' | 'firstAttested' | 'lastAttested'>;

export interface Judgement {
  certainty: Certainty;
  /** Why, for a person reading the answer: "attested on 2025-04-03". */
  reason: string;
}

export const isAtLeast = (certainty: Certainty, minimum: Certainty) =>
  CERTAINTIES.indexOf(certainty) >= CERTAINTIES.indexOf(minimum);

/**
 * How sure it is that a tenure held on `on` (DESIGN.md, "Time"), and why; null when it
 * certainly did not: before its reported start, on or after its reported end or the day its
 * body stopped operating, or after a later holder of the same single-holder post took over or
 * the term it was held in ended (past this tenure's last attestation).
 *
 * @example
 * const span = { startDate: null, endDate: null, attestedOn: ['2025-04-03'], firstAttested: '2025-04-03', lastAttested: '2025-04-03' };
 * judgeTenure(span, null, '2025-04-03') // { certainty: 'CONFIRMED', reason: 'attested on 2025-04-03' }
 * judgeTenure(span, null, '2025-05-01') // { certainty: 'POSSIBLE', reason: 'after the last attestation (2025-04-03); no later holder known' }
 * judgeTenure(span, '2025-07-01', '2025-08-01') // null
 */
export function judgeTenure(span: TenureSpan, bodyEnd: string | null, on: string): Judgement | null {
  return judgeAmongRivals(span, span.rivals ?? [], judgeAlone(span, bodyEnd, on), on);
}

/** judgeTenure from the tenure's own dates only. */
function judgeAlone(span: TenureSpan, bodyEnd: string | null, on: string): Judgement | null {
  const { endDate, firstAttested, lastAttested } = span;
  const startDate = effectiveStart(span);
  const successorFrom = span.successorFrom ?? null;
  const termEnd = span.termEnd ?? null;
  const pastLastAttestation = lastAttested === null || on > lastAttested;
  if (bodyEnd !== null && on >= bodyEnd) return null;
  if (startDate !== null && on < startDate) return null;
  if (endDate !== null && on >= endDate) return null;
  const former = formerBy(span);
  if (former !== null && on >= former) return null;
  // Only ever called former, with no day: a fact of the person's career, held on no day we can tell.
  if (span.namedCurrent === false && startDate === null && endDate === null && span.attestedOn.length === 0 && former === null) return null;
  if (successorFrom !== null && on >= successorFrom && pastLastAttestation) return null;
  if (termEnd !== null && on >= termEnd && pastLastAttestation) return null;

  if (span.attestedOn.includes(on)) return { certainty: 'CONFIRMED', reason: `attested on ${on}` };
  if (startDate !== null && endDate !== null) {
    return { certainty: 'CONFIRMED', reason: `within the reported term from ${startDate} to ${endDate}` };
  }
  const from = startDate ?? firstAttested;
  const to = endDate ?? lastAttested;
  if (from !== null && to !== null && from <= on && on <= to) {
    if (startDate === null && endDate === null) {
      return { certainty: 'INFERRED', reason: `between attestations ${firstAttested} and ${lastAttested}` };
    }
    const since = startDate !== null ? `the reported start ${startDate}` : `the first attestation ${firstAttested}`;
    const until = endDate !== null ? `the reported end ${endDate}` : `the last attestation ${lastAttested}`;
    return { certainty: 'INFERRED', reason: `between ${since} and ${until}` };
  }
  if (lastAttested !== null && on > lastAttested) {
    const bounds = [
      ...(successorFrom !== null ? [`next holder known from ${successorFrom}`] : termEnd === null ? ['no later holder known'] : []),
      ...(termEnd !== null ? [`the term khóa ${span.term ?? '?'} ended by ${termEnd}`] : []),
    ];
    return { certainty: 'POSSIBLE', reason: `after the last attestation (${lastAttested}); ${bounds.join('; ')}` };
  }
  if (firstAttested !== null && on < firstAttested) {
    return { certainty: 'POSSIBLE', reason: `before the first attestation (${firstAttested})` };
  }
  if (former !== null) return { certainty: 'POSSIBLE', reason: `no dated attestation; called former on ${former}` };
  return { certainty: 'POSSIBLE', reason: 'no dated attestation' };
}

/** The certainty alone (see judgeTenure). */
export function certaintyOn(span: TenureSpan, bodyEnd: string | null, on: string): Certainty | null {
  return judgeTenure(span, bodyEnd, on)?.certainty ?? null;
}
