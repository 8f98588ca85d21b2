import { ROLE_NAMES, rolesCountedAs } from '../../domain/roles.js';
import { repository } from '../../store/repository.js';
import { holdersOn } from '../as-of.js';
import { offsetAfter } from '../connection.js';
import { badInput, notFound } from '../errors.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { pageSize } from '../page-size.js';
import { searchQuery } from '../search-query.js';
import type { ApiContext } from '../context.js';

/** The person with this id, or the one it was merged into since (api/loaders.ts). */
async function existingPerson(id: string, { loaders }: ApiContext) {
  const person = await loaders.personById.load(id);
  if (!person) throw notFound('person', id);
  return person;
}

async function existingOrganization(id: string, { loaders }: ApiContext) {
  const organization = await loaders.organizationById.load(id);
  if (!organization) throw notFound('organization', id);
  return organization;
}

export const queryResolvers: QueryResolvers = {
  health: () => ({}),

  person: (_, { id }, context) => existingPerson(id, context),
  organization: (_, { id }, context) => existingOrganization(id, context),
  post: async (_, { id }, { loaders }) => (await loaders.postById.load(id)) ?? Promise.reject(notFound('post', id)),
  event: async (_, { id }, { loaders }) => (await loaders.eventById.load(id)) ?? Promise.reject(notFound('event', id)),
  source: async (_, { id }, { loaders }) => (await loaders.sourceById.load(id)) ?? Promise.reject(notFound('source', id)),

  async holders(_, { organization, role, on, minCertainty }, { store }) {
    // A standing deputy is one of the deputies: holders of a role include those of the roles counted as it.
    const tenures = await repository.tenuresByOrganizationRoles(store, organization, rolesCountedAs(role));
    if (tenures === null) throw notFound('organization', organization);
    return holdersOn(tenures, role, on, minCertainty ?? 'INFERRED');
  },

  async orgChart(_, { organization, on, minCertainty }, context) {
    return { organization: await existingOrganization(organization, context), on, minCertainty: minCertainty ?? 'INFERRED' };
  },

  async events(_, { organization, participant, from, to, first, after }, context) {
    if (from && to && from > to) throw badInput('from', `${from} is after to (${to})`);
    const limit = pageSize('first', first, 20);
    const offset = offsetAfter(after);
    const organizationId = organization == null ? null : (await existingOrganization(organization, context)).id;
    const participantId = participant == null ? null : (await existingPerson(participant, context)).id;
    const result = await repository.findEvents(
      context.store,
      { organizationId, participantId, from: from ?? null, to: to ?? null },
      { offset, limit },
    );
    return { ...result, offset };
  },

  async sources(_, { status, first, after }, { store }) {
    const limit = pageSize('first', first, 20);
    const offset = offsetAfter(after);
    return { ...(await repository.findSources(store, { status: status ?? null }, { offset, limit })), offset };
  },

  async search(_, { text, first }, { store, loaders }) {
    const query = searchQuery(text);
    if (query === null) throw badInput('text', 'give at least one letter or digit to search for');
    const hits = await repository.search(store, query, pageSize('first', first, 10));
    const rows = await Promise.all(
      hits.map(async (hit) => {
        const loader = { Person: loaders.personById, Organization: loaders.organizationById, Post: loaders.postById }[hit.kind];
        const row = await loader.load(hit.id);
        return row && { ...row, __typename: hit.kind };
      }),
    );
    return rows.filter((row) => row !== null);
  },
};

/** Posts in order of seniority (the order of the Role vocabulary), then by name. */
export const bySeniority = <T extends { role: string; name: string }>(a: T, b: T) =>
  ROLE_NAMES.indexOf(a.role as never) - ROLE_NAMES.indexOf(b.role as never) || a.name.localeCompare(b.name);
