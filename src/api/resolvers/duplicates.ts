import { possibleDuplicateReason } from '../../domain/name-similarity.js';
import { repository } from '../../store/repository.js';
import type { DuplicateCandidateRow } from '../../store/rows.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { pageSize } from '../page-size.js';
import type { DuplicateCandidateModel } from '../models.js';
import { evidenceOf, isRow } from './people.js';

/**
 * Whether two people could be one: known in the same province, or holding posts in a shared
 * body. Namesakes in two provinces with nothing in common are not listed: every common name
 * would flood the queue.
 */
const compatible = (a: DuplicateCandidateRow, b: DuplicateCandidateRow) =>
  a.areaIds.some((id) => b.areaIds.includes(id)) || a.organizationIds.some((id) => b.organizationIds.includes(id));

/** Why two people may be one: two spellings of a name, or one name known in two contexts. */
const reasonFor = (a: DuplicateCandidateRow, b: DuplicateCandidateRow) =>
  a.name === b.name ? 'same name, shared bodies' : possibleDuplicateReason(a.name, b.name);

/** Every pair within a block whose names may be one name written two ways, in compatible contexts. */
function candidatePairs(blocks: ReadonlyArray<readonly DuplicateCandidateRow[]>): DuplicateCandidateModel[] {
  return blocks.flatMap((people) =>
    people.flatMap((first, index) =>
      people.slice(index + 1).flatMap((second) => {
        const reason = compatible(first, second) ? reasonFor(first, second) : null;
        return reason ? [{ personIds: [first.id, second.id], reason }] : [];
      }),
    ),
  );
}

export const duplicateResolvers: Resolvers = {
  Query: {
    possibleDuplicates: async (_, { first }, { store }) => {
      const size = pageSize('first', first, 20, 500);
      return candidatePairs(await repository.duplicateCandidateBlocks(store)).slice(0, size);
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
