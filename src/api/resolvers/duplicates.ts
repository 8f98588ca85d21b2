import { pairsKeptApart, possibleDuplicatePairs } from '../../domain/possible-duplicates.js';
import { repository } from '../../store/repository.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { pageSize } from '../page-size.js';
import { evidenceOf, isRow } from './people.js';

export const duplicateResolvers: Resolvers = {
  Query: {
    possibleDuplicates: async (_, { first }, { store }) => {
      const size = pageSize('first', first, 20, 500);
      const [blocks, corrections] = await Promise.all([repository.duplicateCandidateBlocks(store), repository.corrections(store)]);
      return possibleDuplicatePairs(blocks, pairsKeptApart(corrections)).slice(0, size);
    },
  },
  DuplicateCandidate: {
    people: async ({ personIds }, _, { loaders }) => (await loaders.personById.loadMany(personIds)).filter(isRow),
    evidence: async ({ personIds }, _, { loaders }) => {
      const tenures = await loaders.tenuresByPersonId.loadMany(personIds);
      const firstTenures = tenures.filter(isRow).flatMap((list) => list.slice(0, 1));
      return (await Promise.all(firstTenures.map((tenure) => evidenceOf(tenure.id, loaders)))).flat();
    },
  },
};
