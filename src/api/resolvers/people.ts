import { holdingsOn } from '../as-of.js';
import type { Loaders } from '../loaders.js';
import { historyOrder, neighbours } from '../../domain/succession.js';
import type { TenureRow } from '../../store/rows.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { bySeniority } from './query.js';

/** A row another row points at; its absence is a broken graph, not a user error. */
export const required = <T>(value: T | null, what: string): T => {
  if (value === null) throw new Error(`dangling reference: ${what}`);
  return value;
};

export const peopleResolvers: Resolvers = {
  Person: {
    province: (person, _, { loaders }) => (person.areaId ? loaders.areaById.load(person.areaId) : null),
    async tenures(person, { on, minCertainty }, { loaders }) {
      const tenures = await loaders.tenuresByPersonId.load(person.id);
      if (!on) return tenures;
      return holdingsOn(tenures, on, minCertainty ?? 'INFERRED').map(({ tenure, certainty, reason }) => ({ ...tenure, certainty, reason }));
    },
    participations: (person, _, { loaders }) => loaders.participationsByPersonId.load(person.id),
    changes: (person, _, { loaders }) => loaders.changesByPersonId.load(person.id),
  },
  Change: {
    person: async (change, _, { loaders }) => required(await loaders.personById.load(change.personId), change.personId),
    post: (change, _, { loaders }) => (change.postId ? loaders.postById.load(change.postId) : null),
    fromPost: (change, _, { loaders }) => (change.fromPostId ? loaders.postById.load(change.fromPostId) : null),
    evidence: (change, _, { loaders }) => evidenceOf(change.id, loaders),
  },
  Tenure: {
    person: async (tenure, _, { loaders }) => required(await loaders.personById.load(tenure.personId), tenure.personId),
    post: async (tenure, _, { loaders }) => required(await loaders.postById.load(tenure.postId), tenure.postId),
    certainty: (tenure) => tenure.certainty ?? null,
    certaintyReason: (tenure) => tenure.reason ?? null,
    predecessor: async (tenure, _, { loaders }) => (await succession(tenure, loaders)).predecessor,
    successor: async (tenure, _, { loaders }) => (await succession(tenure, loaders)).successor,
    evidence: (tenure, _, { loaders }) => evidenceOf(tenure.id, loaders),
  },
  Holding: {
    person: async ({ tenure }, _, { loaders }) => required(await loaders.personById.load(tenure.personId), tenure.personId),
  },
  Post: {
    organization: async (post, _, { loaders }) =>
      required(await loaders.organizationById.load(post.organizationId), post.organizationId),
    holders: async (post, { on, minCertainty }, { loaders }) =>
      holdingsOn(await loaders.tenuresByPostId.load(post.id), on, minCertainty ?? 'INFERRED'),
    history: async (post, _, { loaders }) => historyOrder(await loaders.tenuresByPostId.load(post.id)),
  },
  Organization: {
    area: (organization, _, { loaders }) => (organization.areaId ? loaders.areaById.load(organization.areaId) : null),
    parent: (organization, _, { loaders }) => (organization.parentId ? loaders.organizationById.load(organization.parentId) : null),
    children: async (organization, _, { loaders }) => {
      const links = await loaders.childIdsByOrganizationId.load(organization.id);
      return (await loaders.organizationById.loadMany(links.map((link) => link.id))).filter(isRow);
    },
    posts: async (organization, _, { loaders }) =>
      [...(await loaders.postsByOrganizationId.load(organization.id))].sort(bySeniority),
    endEvidence: (organization, _, { loaders }) => evidenceOf(organization.id, loaders),
  },
  Area: {
    within: (area, _, { loaders }) => (area.withinId ? loaders.areaById.load(area.withinId) : null),
  },
};

/** A tenure's neighbours in its post's history; none for a post with several holders at once. */
async function succession(tenure: TenureRow, loaders: Loaders) {
  const [post, siblings] = await Promise.all([loaders.postById.load(tenure.postId), loaders.tenuresByPostId.load(tenure.postId)]);
  return post?.singleHolder ? neighbours(siblings, tenure.id) : { predecessor: null, successor: null };
}

/** The quotes that support a tenure, event, change or organization's end. */
export async function evidenceOf(factId: string, loaders: Loaders) {
  const links = await loaders.evidenceIdsByFactId.load(factId);
  return (await loaders.evidenceById.loadMany(links.map((link) => link.evidenceId))).filter(isRow);
}

/** Drops what DataLoader's loadMany gives for missing or failed keys. */
export function isRow<T>(value: T | null | Error): value is T {
  return value !== null && !(value instanceof Error);
}
