import neo4j, { type RecordShape } from 'neo4j-driver';
import { z } from 'zod';
import {
  AreaRowModel,
  ChangeRowModel,
  ConflictRowModel,
  CorrectionRowModel,
  DuplicateCandidateRowModel,
  EventRowModel,
  EvidenceRowModel,
  OrganizationRowModel,
  ParticipationRowModel,
  PersonRowModel,
  PostRowModel,
  RedirectRowModel,
  SearchRowModel,
  SourceRowModel,
  TenureRowModel,
} from './rows.js';
import { readSnapshot } from './corrections.js';
import type { Store } from './store.js';
import type { GraphSnapshot } from '../domain/corrections.js';

const parseWith =
  <M extends z.ZodType>(model: M) =>
  (row: RecordShape): z.infer<M> =>
    model.parse(row);

const byIds =
  <M extends z.ZodType>(query: string, model: M) =>
  (store: Store, ids: readonly string[]) =>
    store.read(query, { ids }, parseWith(model));

/** Where findTenures starts: any mix of tenure, person and post ids, and a body's posts of some roles. */
interface TenureEntries {
  tenureIds?: readonly string[];
  personIds?: readonly string[];
  postIds?: readonly string[];
  organization?: { id: string; roles: readonly string[] };
}

const FoundTenuresModel = z.object({ organizationFound: z.boolean(), tenures: z.array(TenureRowModel) });

/** The tenures reached from `entries`, and whether `entries.organization` names a body (one query, one row). */
async function findTenures(store: Store, { tenureIds = [], personIds = [], postIds = [], organization }: TenureEntries) {
  const params = { tenureIds, personIds, postIds, organizationId: organization?.id ?? null, roles: organization?.roles ?? [] };
  const [found] = await store.read('findTenures', params, parseWith(FoundTenuresModel));
  if (!found) throw new Error('findTenures returned no row: it always returns exactly one');
  return found;
}

/**
 * The read side of the store: every query the API runs, its rows parsed (Neo4j integers and
 * dates converted) at this boundary. Batch functions take many ids, for DataLoader.
 */
export const repository = {
  peopleByIds: byIds('getPeopleByIds', PersonRowModel),
  /** Where ids of people merged into others (found the same, or by an editor) now lead, one step. */
  personRedirects: byIds('findPersonRedirects', RedirectRowModel),
  organizationsByIds: byIds('getOrganizationsByIds', OrganizationRowModel),
  areasByIds: byIds('getAreasByIds', AreaRowModel),
  postsByIds: byIds('getPostsByIds', PostRowModel),
  postsByOrganizationIds: byIds('getPostsByOrganizationIds', PostRowModel),
  tenuresByIds: async (store: Store, ids: readonly string[]) => (await findTenures(store, { tenureIds: ids })).tenures,
  tenuresByPersonIds: async (store: Store, ids: readonly string[]) => (await findTenures(store, { personIds: ids })).tenures,
  tenuresByPostIds: async (store: Store, ids: readonly string[]) => (await findTenures(store, { postIds: ids })).tenures,
  evidenceByIds: byIds('getEvidenceByIds', EvidenceRowModel),
  sourcesByIds: byIds('getSourcesByIds', SourceRowModel),
  participationsByPersonIds: byIds('getParticipationsByPersonIds', ParticipationRowModel),
  participationsByEventIds: byIds('getParticipationsByEventIds', ParticipationRowModel),
  changesByPersonIds: byIds('getChangesByPersonIds', ChangeRowModel),

  eventsByIds: (store: Store, ids: readonly string[]) =>
    store.read('getEventsByIds', { ids }, (row) => EventRowModel.parse(row.event)),

  childIdsByOrganizationIds: (store: Store, ids: readonly string[]) =>
    store.read('getChildrenByOrganizationIds', { ids }, (row) => ({ parentId: String(row.parentId), id: String(row.id) })),

  evidenceIdsByFactIds: (store: Store, ids: readonly string[]) =>
    store.read('getEvidenceIdsByFactIds', { ids }, (row) => ({ factId: String(row.factId), evidenceId: String(row.evidenceId) })),

  /** The tenures of any of `roles` in a body, by holder's name, or null when there is no such body (one round trip). */
  async tenuresByOrganizationRoles(store: Store, organizationId: string, roles: readonly string[]) {
    const { organizationFound, tenures } = await findTenures(store, { organization: { id: organizationId, roles } });
    return organizationFound ? tenures : null;
  },

  async findEvents(
    store: Store,
    filter: { organizationId: string | null; participantId: string | null; from: string | null; to: string | null },
    page: { offset: number; limit: number },
  ) {
    const [result] = await store.read('findEvents', { ...filter, offset: neo4j.int(page.offset), limit: neo4j.int(page.limit) }, (row) => ({
      totalCount: Number(row.totalCount),
      events: (row.events as unknown[]).map((event) => EventRowModel.parse(event)),
    }));
    return result ?? { totalCount: 0, events: [] };
  },

  coParticipants: (store: Store, personId: string, first: number) =>
    store.read('findCoParticipants', { personId, first: neo4j.int(first) }, (row) => ({
      personId: String(row.personId),
      eventIds: (row.eventIds as unknown[]).map(String),
    })),

  duplicateCandidateBlocks: (store: Store) =>
    store.read('findDuplicateCandidates', {}, (row) => z.array(DuplicateCandidateRowModel).parse(row.people)),

  /** Every correction, in the order made. */
  corrections: (store: Store) => store.read('getCorrections', {}, (row) => CorrectionRowModel.parse(row.correction)),

  /** Every correction, and who `personIds` (and the people the corrections name) were found to be. */
  snapshot: (store: Store, personIds: readonly string[]): Promise<GraphSnapshot> =>
    readSnapshot((name, params) => store.read(name, params, (row) => row), personIds),

  sourceIdsNamingPerson: (store: Store, personId: string) =>
    store.read('findSourcesNamingPeople', { personIds: [personId] }, (row) => String(row.id)),

  conflicts: (store: Store, first: number) => store.read('findConflicts', { first: neo4j.int(first) }, parseWith(ConflictRowModel)),

  search: (store: Store, query: string, first: number) =>
    store.read('searchNames', { query, first: neo4j.int(first) }, parseWith(SearchRowModel)),

  /** One page of sources (without their text), those read with `status` when given, and the total. */
  async findSources(store: Store, filter: { status: 'OK' | 'FAILED' | null }, page: { offset: number; limit: number }) {
    const [result] = await store.read('findSources', { ...filter, offset: neo4j.int(page.offset), limit: neo4j.int(page.limit) }, (row) => ({
      totalCount: Number(row.totalCount),
      sources: (row.sources as unknown[]).map((source) => SourceRowModel.parse(source)),
    }));
    return result ?? { totalCount: 0, sources: [] };
  },

  /**
   * Up to `limit` ids of sources after `after` (id order) that an extractor older than
   * `olderThan` read or failed on; `olderThan` null: any source.
   */
  sourceIdsToReprocess: (store: Store, { after, olderThan, limit }: { after: string | null; olderThan: number | null; limit: number }) =>
    store.read('findSourcesToReprocess', { after, olderThan: olderThan === null ? null : neo4j.int(olderThan), limit: neo4j.int(limit) }, (row) =>
      String(row.id),
    ),

  /** How many sources `sourceIdsToReprocess` selects in all, and how many the graph holds. */
  async countSourcesToReprocess(store: Store, olderThan: number | null): Promise<{ selected: number; total: number }> {
    const [count] = await store.read('countSourcesToReprocess', { olderThan: olderThan === null ? null : neo4j.int(olderThan) }, (row) => ({
      selected: Number(row.selected),
      total: Number(row.total),
    }));
    return count ?? { selected: 0, total: 0 };
  },

  async countSources(store: Store): Promise<number> {
    const [count] = await store.read('countSources', {}, (row) => Number(row.count));
    return count ?? 0;
  },
};
