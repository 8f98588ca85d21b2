import { correctedPersonId } from '../domain/corrections.js';
import { sameAsGroups, type SameNamePair } from '../domain/same-as.js';
import { readSnapshot } from '../store/corrections.js';
import type { TransactionRunner } from '../store/store.js';
import { rereadPeople } from './reread.js';

/** More rounds than any chain of people made one could need: a guard against a loop. */
const MAX_ROUNDS = 50;

const pairOf = (row: Record<string, unknown>): SameNamePair => ({
  a: String(row.a),
  b: String(row.b),
  aNaturalIds: (row.aNaturalIds as unknown[]).map(String),
  bNaturalIds: (row.bNaturalIds as unknown[]).map(String),
});

/**
 * One person known in two places: people of one spelling among `personIds` (and those they meet)
 * who held posts in a shared body — a provincial secretary and, in a later article, a member of
 * a central body, both on the Central Committee — are made one (DESIGN.md, identity: the same
 * name and overlapping bodies). Their ids are linked to the smallest id articles gave any of
 * them (SameAs) and their articles are read again; this repeats while the person made one
 * shares a body with another of that name. Since the people only ever join, and the id is the
 * smallest, the graph does not depend on the order articles arrive in. People an editor split
 * off never join; an editor's split undoes a join.
 */
export async function unifyIdentities(run: TransactionRunner, personIds: readonly string[]): Promise<void> {
  let ids = [...personIds];
  for (let round = 0; ids.length > 0; round++) {
    if (round === MAX_ROUNDS) throw new Error(`people kept being made one after ${MAX_ROUNDS} rounds: ${ids.join(', ')}`);
    const pairs = (await run('findSameNameSharedBody', { personIds: ids })).map(pairOf);
    if (pairs.length === 0) return;
    const groups = sameAsGroups(pairs);
    const links = groups.flatMap((group) => group.naturalIds.filter((id) => id !== group.personId).map((fromId) => ({ fromId, toId: group.personId })));
    await run('setSameAs', { links });
    await rereadPeople(run, groups.flatMap((group) => group.personIds));
    const snapshot = await readSnapshot(run, groups.map((group) => group.personId));
    ids = groups.map((group) => correctedPersonId(group.personId, '', snapshot));
  }
}
