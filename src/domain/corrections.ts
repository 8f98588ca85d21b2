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
  /**
   * The ids the mentions split off had before the graph's snapshot applied (filled in when the
   * split is applied). A later article naming someone with one of them that the graph had found
   * to be `personId` (a namesake in a shared body) names the new person too.
   */
  naturalIds: string[];
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
  /** The people whose facts rested on the quote (filled in when the rejection is applied). */
  personIds: string[];
}

/**
 * What the resolver reads from the graph besides the article: the editors' corrections, and
 * the people found to be one (the same name holding posts in a shared body: src/ingest/identities.ts).
 */
export interface GraphSnapshot {
  /** In the order made. */
  corrections: readonly Correction[];
  /** A person's id as an article names them → the id of the person they were found to be. */
  sameAs: ReadonlyMap<string, string>;
}

export const EMPTY_SNAPSHOT: GraphSnapshot = { corrections: [], sameAs: new Map() };

/**
 * The person a mention in `sourceId` names: the id the resolver gives it, then who that person
 * was found to be, then the corrections in the order they were made.
 *
 * @example
 * correctedPersonId('person:a', 'source:1', { corrections: [{ kind: 'MERGE_PEOPLE', personIds: ['person:a'], intoId: 'person:b', … }], sameAs: new Map() }) === 'person:b'
 */
export function correctedPersonId(personId: string, sourceId: string, { corrections, sameAs }: GraphSnapshot): string {
  const same = (id: string) => sameAs.get(id) ?? id;
  let id = same(personId);
  for (const correction of corrections) {
    if (correction.kind === 'MERGE_PEOPLE' && correction.personIds.some((merged) => same(merged) === id)) id = same(correction.intoId);
    if (correction.kind === 'SPLIT_PERSON' && same(correction.personId) === id && splitsOff(correction, personId, sourceId, same)) {
      id = correction.newPersonId;
    }
  }
  return id;
}

/** A mention in one of the split sources, or with an id the graph had joined to the person split. */
const splitsOff = (split: SplitPerson, naturalId: string, sourceId: string, same: (id: string) => string) =>
  split.sourceIds.includes(sourceId) || (split.naturalIds.includes(naturalId) && same(naturalId) !== naturalId);

/** Whether a person may be found to be someone else: not one an editor split off. */
export const isMergeable = (personId: string, corrections: readonly Correction[]) =>
  !corrections.some((correction) => correction.kind === 'SPLIT_PERSON' && correction.newPersonId === personId);

/**
 * The tenure a correction applies to now: the same post, held by the person its holder was
 * merged into since (a split leaves a corrected tenure with the person it was made for).
 */
export function correctedTenureId(correction: CorrectTenure, snapshot: GraphSnapshot): string {
  const person = correctedPersonId(correction.personId, '', snapshot);
  return person === correction.personId ? correction.tenureId : tenureId(person, correction.postId);
}

/** Every person id the corrections name. */
export function personIdsNamedBy(corrections: readonly Correction[]): string[] {
  return corrections.flatMap((correction) => {
    switch (correction.kind) {
      case 'MERGE_PEOPLE':
        return [correction.intoId, ...correction.personIds];
      case 'SPLIT_PERSON':
        return [correction.personId, correction.newPersonId];
      case 'CORRECT_TENURE':
        return [correction.personId];
      case 'REJECT_EVIDENCE':
        return correction.personIds;
    }
  });
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
