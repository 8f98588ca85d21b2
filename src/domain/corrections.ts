import { tenureId } from './ids.js';

/**
 * An editor's correction of what the articles say. Corrections are kept apart from the facts
 * read from articles and applied on top of them, every time those facts are written, so a
 * correction survives re-ingesting (or re-reading) every article.
 */
export type Correction = MergePeople | SplitPerson | CorrectTenure | RejectEvidence;

interface Made {
  id: string;
  /** When it was made (ISO-8601 date-time); corrections apply in this order. */
  at: string;
  /** The name of the editor's API key. */
  by: string;
  note: string;
}

/** The people in `personIds` are one person: `intoId`. */
export interface MergePeople extends Made {
  kind: 'MERGE_PEOPLE';
  personIds: string[];
  intoId: string;
}

/** What `personId` was named in `sourceIds` is another person: `newPersonId`. */
export interface SplitPerson extends Made {
  kind: 'SPLIT_PERSON';
  personId: string;
  sourceIds: string[];
  newPersonId: string;
}

/** The tenure's start or end is set to a date, or cleared, whatever the articles report. */
export interface CorrectTenure extends Made {
  kind: 'CORRECT_TENURE';
  /** The tenure as it was when corrected: `personId` in `postId`. */
  tenureId: string;
  personId: string;
  postId: string;
  /** Set, cleared (null), or left as reported (undefined). */
  startDate?: string | null;
  endDate?: string | null;
}

/** A quote that was extracted wrongly: nothing may rest on it. */
export interface RejectEvidence extends Made {
  kind: 'REJECT_EVIDENCE';
  evidenceId: string;
}

/**
 * The person a mention in `sourceId` names, once the corrections are applied in the order they
 * were made to the id the resolver gives it.
 *
 * @example
 * correctedPersonId('person:a', 'source:1', [{ kind: 'MERGE_PEOPLE', personIds: ['person:a'], intoId: 'person:b', … }]) === 'person:b'
 */
export function correctedPersonId(personId: string, sourceId: string, corrections: readonly Correction[]): string {
  let id = personId;
  for (const correction of corrections) {
    if (correction.kind === 'MERGE_PEOPLE' && correction.personIds.includes(id)) id = correction.intoId;
    if (correction.kind === 'SPLIT_PERSON' && correction.personId === id && correction.sourceIds.includes(sourceId)) {
      id = correction.newPersonId;
    }
  }
  return id;
}

/**
 * The tenure a correction applies to now: the same post, held by the person its holder was
 * merged into since (a split leaves a corrected tenure with the person it was made for).
 */
export function correctedTenureId(correction: CorrectTenure, corrections: readonly Correction[]): string {
  const person = correctedPersonId(correction.personId, '', corrections);
  return person === correction.personId ? correction.tenureId : tenureId(person, correction.postId);
}

/** The ids of every rejected quote. */
export const rejectedEvidenceIds = (corrections: readonly Correction[]): Set<string> =>
  new Set(corrections.flatMap((correction) => (correction.kind === 'REJECT_EVIDENCE' ? [correction.evidenceId] : [])));

/** The start and end of a tenure after its corrections (in the order made); undefined fields keep what was reported. */
export function correctedSpan(
  reported: { startDate: string | null; endDate: string | null },
  corrections: readonly Correction[],
): { startDate: string | null; endDate: string | null } {
  let { startDate, endDate } = reported;
  for (const correction of corrections) {
    if (correction.kind !== 'CORRECT_TENURE') continue;
    if (correction.startDate !== undefined) startDate = correction.startDate;
    if (correction.endDate !== undefined) endDate = correction.endDate;
  }
  return { startDate, endDate };
}
