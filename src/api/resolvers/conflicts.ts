import { repository } from '../../store/repository.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { badInput } from '../errors.js';
import { isRow } from './people.js';

export const conflictResolvers: Resolvers = {
  Query: {
    conflicts: (_, { first }, { store }) => {
      const size = first ?? 50;
      if (!Number.isInteger(size) || size < 0 || size > 500) throw badInput('first', `expected a whole number from 0 to 500, got ${size}`);
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
