import { holdingsOn } from '../as-of.js';
import type { ColleagueModel } from '../models.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { careerTimeline } from '../timeline.js';
import { repository } from '../../store/repository.js';
import { isRow, required } from './people.js';

export const careerResolvers: Resolvers = {
  Person: {
    async timeline(person, _, { loaders }) {
      const [tenures, changes] = await Promise.all([
        loaders.tenuresByPersonId.load(person.id),
        loaders.changesByPersonId.load(person.id),
      ]);
      return careerTimeline(tenures, changes);
    },

    async colleagues(person, { on, minCertainty }, { loaders }) {
      const minimum = minCertainty ?? 'INFERRED';
      const own = holdingsOn(await loaders.tenuresByPersonId.load(person.id), on, minimum);
      const posts = await loaders.postById.loadMany(own.map((holding) => holding.tenure.postId));
      const organizationIds = [...new Set(posts.filter(isRow).map((post) => post.organizationId))];
      // All bodies at once, so each level is one batched query.
      const perBody = await Promise.all(
        organizationIds.map(async (organizationId): Promise<ColleagueModel[]> => {
          const postsThere = await loaders.postsByOrganizationId.load(organizationId);
          const tenures = (await loaders.tenuresByPostId.loadMany(postsThere.map((post) => post.id))).filter(isRow).flat();
          return holdingsOn(tenures, on, minimum)
            .filter((holding) => holding.tenure.personId !== person.id)
            .map((holding) => ({ organizationId, holding }));
        }),
      );
      return perBody.flat();
    },

    async coParticipants(person, { first }, { store }) {
      const size = first ?? 20;
      return size <= 0 ? [] : repository.coParticipants(store, person.id, Math.min(size, 100));
    },
  },
  TimelineEntry: {},
  Colleague: {
    person: async ({ holding }, _, { loaders }) => required(await loaders.personById.load(holding.tenure.personId), holding.tenure.personId),
    organization: async ({ organizationId }, _, { loaders }) => required(await loaders.organizationById.load(organizationId), organizationId),
  },
  CoParticipant: {
    person: async ({ personId }, _, { loaders }) => required(await loaders.personById.load(personId), personId),
    count: ({ eventIds }) => eventIds.length,
    events: async ({ eventIds }, _, { loaders }) => (await loaders.eventById.loadMany(eventIds)).filter(isRow),
  },
};
