import { repository } from '../../store/repository.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { pageSize } from '../page-size.js';
import { isRow } from './people.js';

export const conflictResolvers: Resolvers = {
  Query: {
    conflicts: (_, { first }, { store }) => {
      const size = pageSize('first', first, 50, 500);
      return repository.conflicts(store, size);
    },
  },
  Conflict: {
    people: async (conflict, _, { loaders }) => (await loaders.personById.loadMany(conflict.personIds)).filter(isRow),
    post: (conflict, _, { loaders }) => (conflict.postId ? loaders.postById.load(conflict.postId) : null),
    organization: (conflict, _, { loaders }) => (conflict.organizationId ? loaders.organizationById.load(conflict.organizationId) : null),
    evidence: async (conflict, _, { loaders }) => (await loaders.evidenceById.loadMany(conflict.evidenceIds)).filter(isRow),
  },
};
