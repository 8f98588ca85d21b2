import { expect } from 'vitest';
import type { Evidence, Extraction, PersonMention } from '../../../src/domain/extraction.js';
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
