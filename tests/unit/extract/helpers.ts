import { expect } from 'vitest';
import type { ChangeKind, Evidence, Extraction, PersonMention } from '../../../src/domain/extraction.js';
import { normalizeVietnamese } from '../../../src/domain/text.js';
import { extract } from '../../../src/extract/index.js';

/** Normalises like the ingest step does, then extracts. */
export function extractText(text: string, date: string | null = '2025-06-20'): { body: string; result: Extraction } {
  const body = normalizeVietnamese(text);
  return { body, result: extract(body, { date }) };
}

/** "Name: ROLE@body name; ROLE@body name" for each person mention: compact, exact assertions. */
export function describePersons(result: Extraction): string[] {
  return result.persons.map(describePerson);
}

function describePerson(person: PersonMention): string {
  const titles = person.titles.map((title) => `${title.status === 'FORMER' ? 'former ' : ''}${title.role}@${title.body?.name ?? '-'}`);
  return titles.length === 0 ? person.name : `${person.name}: ${titles.join('; ')}`;
}

/** Every evidence in the extraction. */
export function allEvidence(result: Extraction): Evidence[] {
  return [
    ...result.persons.flatMap((person) => [person.evidence, ...person.titles.map((title) => title.evidence)]),
    ...result.events.flatMap((event) => [event.evidence, ...event.participants.map((participant) => participant.evidence)]),
    ...result.changes.flatMap((change) => [change.evidence, ...[change.title, change.fromTitle].flatMap((title) => (title === null ? [] : [title.evidence]))]),
    ...result.governmentEnds.map((end) => end.evidence),
  ];
}

/** Asserts `body.slice(start, end) === quote` for every evidence. */
export function expectEvidenceInBody(body: string, result: Extraction): void {
  for (const evidence of allEvidence(result)) expect(body.slice(evidence.start, evidence.end)).toBe(evidence.quote);
}

/** A change as a test states it: its kind and the person it is told of. */
export type ToldChange = [ChangeKind, string];

/** The changes told in `text` (after a `context` sentence naming the place), sorted, every quote checked. */
export function changesToldIn(context: string, text: string): ToldChange[] {
  const { body, result } = extractText(context + text);
  expectEvidenceInBody(body, result);
  const told = result.changes.map((change): ToldChange => [change.kind, change.person]);
  return told.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
