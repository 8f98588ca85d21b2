import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { Correction } from '../domain/corrections.js';
import { ROLE_NAMES } from '../domain/roles.js';
import { successorFrom } from '../domain/rival-holders.js';
import { termBound } from '../domain/term-bound.js';

/** A Neo4j Date (or null) as YYYY-MM-DD. */
const date = z.custom<unknown>((value) => value === null || value === undefined || neo4j.isDate(value as never)).transform(
  (value) => (value === null || value === undefined ? null : String(value)),
);
/** A Neo4j Integer (or JS number, or null) as a JS number. */
const int = z.custom<unknown>((value) => value === null || value === undefined || typeof value === 'number' || neo4j.isInt(value)).transform(
  (value) => (value === null || value === undefined ? null : neo4j.integer.toNumber(value as number)),
);
const text = z.string();
const maybeText = z.string().nullish().transform((value) => value ?? null);

/** One person of a block compared for possible duplicates. */
export const DuplicateCandidateRowModel = z.object({ id: text, name: text, areaIds: z.array(text), organizationIds: z.array(text) });
export type DuplicateCandidateRow = z.infer<typeof DuplicateCandidateRowModel>;

export const PersonRowModel = z.object({ id: text, name: text, aliases: z.array(text), areaId: maybeText });
export type PersonRow = z.infer<typeof PersonRowModel>;

export const OrganizationRowModel = z.object({
  id: text,
  name: text,
  nameEn: text,
  kind: text,
  level: text,
  endDate: date,
  areaId: maybeText,
  parentId: maybeText,
});
export type OrganizationRow = z.infer<typeof OrganizationRowModel>;

export const AreaRowModel = z.object({ id: text, name: text, kind: text, withinId: maybeText });
export type AreaRow = z.infer<typeof AreaRowModel>;

export const PostRowModel = z.object({
  id: text,
  role: z.enum(ROLE_NAMES as [string, ...string[]]).transform((role) => role as (typeof ROLE_NAMES)[number]),
  name: text,
  nameEn: text,
  singleHolder: z.boolean(),
  organizationId: text,
});
export type PostRow = z.infer<typeof PostRowModel>;

const dates = z.array(date).transform((days) => days.filter((day): day is string => day !== null));

const RivalSpanModel = z.object({
  startDate: date,
  endDate: date,
  attestedOn: dates,
  formerOn: dates,
  firstAttested: date,
  lastAttested: date,
});

const TermEventModel = z.object({ term: maybeText, congress: int, date: date, endYear: int });

export const TenureRowModel = z
  .object({
    id: text,
    personId: text,
    postId: text,
    postRole: text,
    startDate: date,
    endDate: date,
    attestedOn: dates,
    formerOn: dates,
    namedCurrent: z.boolean(),
    precedes: z.array(text),
    sources: z.array(z.object({ publishedOn: date, periodFrom: date, periodTo: date })),
    firstAttested: date,
    lastAttested: date,
    bodyEndDate: date,
    rivals: z.array(RivalSpanModel),
    terms: z.array(text),
    termYears: z.array(text),
    termEvents: z.array(TermEventModel),
  })
  // The end of a term depends on articles that come later (the next congress), so it is
  // judged on every read from what the body's events say (domain/term-bound.ts).
  .transform(({ termYears, termEvents, ...row }) => {
    const bound = termBound({ ...row, termYears }, termEvents);
    return { ...row, successorFrom: successorFrom(row, row.rivals), term: bound?.term ?? null, termEnd: bound?.end ?? null };
  });
export type TenureRow = z.infer<typeof TenureRowModel>;

/** An id no longer in the graph and the one it now leads to. */
export const RedirectRowModel = z.object({ fromId: text, toId: text });
export type RedirectRow = z.infer<typeof RedirectRowModel>;

export const EvidenceRowModel = z.object({ id: text, quote: text, start: int, end: int, sourceId: text });
export type EvidenceRow = z.infer<typeof EvidenceRowModel>;

/** How the extractor last read a source; a source stored before these were recorded has no version and counts as OK. */
const ExtractionColumnsModel = z.object({
  extractorVersion: int,
  extractionStatus: z.enum(['OK', 'FAILED']).nullish().transform((status) => status ?? 'OK'),
  extractionError: maybeText,
});

export const SourceRowModel = z
  .object({ id: text, title: maybeText, url: maybeText, publishedOn: date, periodFrom: date, periodTo: date, author: maybeText })
  .extend(ExtractionColumnsModel.shape)
  .transform(({ extractorVersion, extractionStatus, extractionError, ...row }) => ({
    ...row,
    period: row.periodFrom !== null && row.periodTo !== null ? { from: row.periodFrom, to: row.periodTo } : null,
    extraction: { version: extractorVersion, status: extractionStatus, error: extractionError },
  }));
export type SourceRow = z.infer<typeof SourceRowModel>;

/**
 * What is stored of how a source was read, to decide whether to read it again: the version and
 * status (both null for a source stored before they were recorded) and the digest of what was found.
 */
export const StoredExtractionRowModel = z.object({
  extractorVersion: int,
  extractionStatus: z.enum(['OK', 'FAILED']).nullish().transform((status) => status ?? null),
  extractionError: maybeText,
  extractionDigest: maybeText,
});
export type StoredExtractionRow = z.infer<typeof StoredExtractionRowModel>;

export const EventRowModel = z.object({
  id: text,
  kind: text,
  name: text,
  ordinal: int,
  date: date,
  dateKnown: z.boolean(),
  dateText: maybeText,
  periodFrom: date,
  periodTo: date,
  term: maybeText,
  termStart: int,
  termEnd: int,
  convenedById: maybeText,
});
export type EventRow = z.infer<typeof EventRowModel>;

export const ParticipationRowModel = z.object({
  personId: text,
  eventId: text,
  roles: z.array(text),
  evidenceIds: z.array(text),
});
export type ParticipationRow = z.infer<typeof ParticipationRowModel>;

export const SearchRowModel = z.object({ kind: z.enum(['Person', 'Organization', 'Post']), id: text, score: z.number() });
export type SearchRow = z.infer<typeof SearchRowModel>;

export const ChangeRowModel = z.object({
  id: text,
  kind: text,
  personId: text,
  postId: maybeText,
  fromPostId: maybeText,
  date: date,
  dateText: maybeText,
});
export type ChangeRow = z.infer<typeof ChangeRowModel>;

export const ConflictRowModel = z.object({
  kind: z.enum(['TWO_CONFIRMED_HOLDERS', 'START_AFTER_END', 'TENURE_AFTER_ORGANIZATION_END', 'ATTESTED_AFTER_RETIREMENT', 'ATTESTED_AFTER_END']),
  date: date,
  personIds: z.array(text),
  postId: maybeText,
  organizationId: maybeText,
  /** The quotes of the contradicting facts only, their sources in date order. */
  evidenceIds: z.array(text),
});
export type ConflictRow = z.infer<typeof ConflictRowModel>;

const made = { id: text, at: text, by: text, note: text };
/** A correction as stored: `setsStart`/`setsEnd` tell a cleared date (null) from one left alone. */
export const CorrectionRowModel = z
  .discriminatedUnion('kind', [
    z.object({ ...made, kind: z.literal('MERGE_PEOPLE'), personIds: z.array(text), intoId: text }),
    z.object({ ...made, kind: z.literal('SPLIT_PERSON'), personId: text, sourceIds: z.array(text), newPersonId: text, naturalIds: z.array(text) }),
    z.object({
      ...made,
      kind: z.literal('CORRECT_TENURE'),
      tenureId: text,
      personId: text,
      postId: text,
      startDate: maybeText,
      endDate: maybeText,
      setsStart: z.boolean(),
      setsEnd: z.boolean(),
    }),
    z.object({ ...made, kind: z.literal('REJECT_EVIDENCE'), evidenceId: text, personIds: z.array(text) }),
  ])
  .transform((row): Correction => {
    if (row.kind !== 'CORRECT_TENURE') return row;
    const { setsStart, setsEnd, startDate, endDate, ...rest } = row;
    return { ...rest, ...(setsStart ? { startDate } : {}), ...(setsEnd ? { endDate } : {}) };
  });
