import DataLoader from 'dataloader';
import { repository } from '../store/repository.js';
import type { Store } from '../store/store.js';

type Batch<T> = (store: Store, ids: readonly string[]) => Promise<T[]>;

/** One row per id (or null), in the order of the ids, as DataLoader requires. */
function one<T>(store: Store, batch: Batch<T>, idOf: (row: T) => string) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = new Map((await batch(store, ids)).map((row) => [idOf(row), row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** More steps than any chain of merges could need: a guard against a loop of redirects. */
const MAX_REDIRECTS = 10;

/**
 * Like `one`, but an id no longer in the graph is followed through its recorded redirects
 * (`redirects` gives one step for many ids) to the row it became, so a published id keeps
 * answering after the node was merged into another.
 */
function oneFollowingRedirects<T>(store: Store, batch: Batch<T>, redirects: Batch<{ fromId: string; toId: string }>, idOf: (row: T) => string) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = new Map<string, T>();
    const pending = new Map(ids.map((id) => [id, id]));
    for (let step = 0; pending.size > 0 && step <= MAX_REDIRECTS; step++) {
      const found = new Map((await batch(store, [...new Set(pending.values())])).map((row) => [idOf(row), row]));
      for (const [asked, current] of pending) {
        const row = found.get(current);
        if (row === undefined) continue;
        rows.set(asked, row);
        pending.delete(asked);
      }
      if (pending.size === 0) break;
      const next = new Map((await redirects(store, [...new Set(pending.values())])).map((row) => [row.fromId, row.toId]));
      for (const [asked, current] of pending) {
        const to = next.get(current);
        if (to === undefined) pending.delete(asked);
        else pending.set(asked, to);
      }
    }
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** Every row for each id (possibly none), in the order the query returned them. */
function many<T>(store: Store, batch: Batch<T>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of await batch(store, ids)) groups.get(keyOf(row))?.push(row);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/**
 * The loaders of one request: each batches the lookups a nested query makes at one level
 * into one query, and caches them for the rest of the request.
 */
export function createLoaders(store: Store) {
  const byId = <T extends { id: string }>(batch: Batch<T>) => one(store, batch, (row) => row.id);
  return {
    personById: oneFollowingRedirects(store, repository.peopleByIds, repository.personRedirects, (row) => row.id),
    organizationById: byId(repository.organizationsByIds),
    areaById: byId(repository.areasByIds),
    postById: byId(repository.postsByIds),
    tenureById: byId(repository.tenuresByIds),
    eventById: byId(repository.eventsByIds),
    evidenceById: byId(repository.evidenceByIds),
    sourceById: byId(repository.sourcesByIds),
    postsByOrganizationId: many(store, repository.postsByOrganizationIds, (row) => row.organizationId),
    childIdsByOrganizationId: many(store, repository.childIdsByOrganizationIds, (row) => row.parentId),
    tenuresByPersonId: many(store, repository.tenuresByPersonIds, (row) => row.personId),
    tenuresByPostId: many(store, repository.tenuresByPostIds, (row) => row.postId),
    evidenceIdsByFactId: many(store, repository.evidenceIdsByFactIds, (row) => row.factId),
    participationsByPersonId: many(store, repository.participationsByPersonIds, (row) => row.personId),
    participationsByEventId: many(store, repository.participationsByEventIds, (row) => row.eventId),
    changesByPersonId: many(store, repository.changesByPersonIds, (row) => row.personId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
