/** How sure an as-of answer is; the order is from least to most sure. */
export const CERTAINTIES = ['POSSIBLE', 'INFERRED', 'CONFIRMED'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** What "held X on date D" is judged from (dates as YYYY-MM-DD, which compare as strings). */
export interface TenureSpan {
  startDate: string | null;
  endDate: string | null;
  attestedOn: readonly string[];
  firstAttested: string | null;
  lastAttested: string | null;
}

export const isAtLeast = (certainty: Certainty, minimum: Certainty) =>
  CERTAINTIES.indexOf(certainty) >= CERTAINTIES.indexOf(minimum);

/**
 * How sure it is that a tenure held on `on` (DESIGN.md, "Time"), or null when it certainly did
 * not: before its reported start, after its reported end, or on or after the day its body
 * stopped operating.
 *
 * @example
 * const span = { startDate: null, endDate: null, attestedOn: ['2025-04-03'], firstAttested: '2025-04-03', lastAttested: '2025-04-03' };
 * certaintyOn(span, null, '2025-04-03') // 'CONFIRMED'
 * certaintyOn(span, null, '2025-05-01') // 'POSSIBLE'
 * certaintyOn(span, '2025-07-01', '2025-08-01') // null
 */
export function certaintyOn(span: TenureSpan, bodyEnd: string | null, on: string): Certainty | null {
  if (bodyEnd !== null && on >= bodyEnd) return null;
  if (span.startDate !== null && on < span.startDate) return null;
  if (span.endDate !== null && on >= span.endDate) return null;
  if (span.attestedOn.includes(on)) return 'CONFIRMED';
  if (span.startDate !== null && span.endDate !== null) return 'CONFIRMED';
  const from = span.startDate ?? span.firstAttested;
  const to = span.endDate ?? span.lastAttested;
  if (from !== null && to !== null && from <= on && on <= to) return 'INFERRED';
  return 'POSSIBLE';
}
