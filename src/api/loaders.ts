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
    personById: byId(repository.peopleByIds),
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
