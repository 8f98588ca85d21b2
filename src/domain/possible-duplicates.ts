import type { Correction } from './corrections.js';
import { possibleDuplicateReason } from './name-similarity.js';

/** A person as the duplicate check sees them: their name and where they are known. */
export interface DuplicateCandidatePerson {
  id: string;
  name: string;
  /** The provinces the person is known in. */
  areaIds: readonly string[];
  /** The bodies the person held posts in. */
  organizationIds: readonly string[];
}

export interface DuplicatePair {
  personIds: [string, string];
  reason: string;
}

/**
 * Whether two people could be one: known in the same province, or holding posts in a shared
 * body. Namesakes in two provinces with nothing in common are not listed: every common name
 * would flood the queue.
 */
const compatible = (a: DuplicateCandidatePerson, b: DuplicateCandidatePerson) =>
  a.areaIds.some((id) => b.areaIds.includes(id)) || a.organizationIds.some((id) => b.organizationIds.includes(id));

/** One name, one of the two seen without any post: a visitor named without a title, say. */
const namedOnly = (a: DuplicateCandidatePerson, b: DuplicateCandidatePerson) =>
  a.name === b.name && (a.organizationIds.length === 0 || b.organizationIds.length === 0);

/** Why two people may be one: two spellings of a name, or one name known in two places. */
function reasonFor(a: DuplicateCandidatePerson, b: DuplicateCandidatePerson): string | null {
  if (a.name !== b.name) return possibleDuplicateReason(a.name, b.name);
  return compatible(a, b) ? 'same name, shared bodies' : 'same name, one of them named without a post';
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The pairs an editor has already judged to be two people (by splitting one into two). */
export function pairsKeptApart(corrections: readonly Correction[]): Set<string> {
  return new Set(corrections.flatMap((c) => (c.kind === 'SPLIT_PERSON' ? [pairKey(c.personId, c.newPersonId)] : [])));
}

/**
 * Every pair within a block (people with the same family name and number of syllables) whose
 * names may be one name written two ways, in compatible places (or one name, one of them seen
 * without any post), and not kept apart by an editor.
 *
 * @example
 * const a = { id: 'p1', name: 'Vũ Quyết Tiến', areaIds: ['area:quang-ninh'], organizationIds: [] };
 * const b = { id: 'p2', name: 'Vũ Tiến Quyết', areaIds: ['area:quang-ninh'], organizationIds: [] };
 * possibleDuplicatePairs([[a, b]], new Set()) // [{ personIds: ['p1', 'p2'], reason: 'swapped given-name syllables' }]
 */
export function possibleDuplicatePairs(
  blocks: ReadonlyArray<readonly DuplicateCandidatePerson[]>,
  keptApart: ReadonlySet<string>,
): DuplicatePair[] {
  return blocks.flatMap((people) =>
    people.flatMap((first, index) =>
      people.slice(index + 1).flatMap((second): DuplicatePair[] => {
        if (keptApart.has(pairKey(first.id, second.id)) || !(compatible(first, second) || namedOnly(first, second))) return [];
        const reason = reasonFor(first, second);
        return reason ? [{ personIds: [first.id, second.id], reason }] : [];
      }),
    ),
  );
}
