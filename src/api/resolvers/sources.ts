import { holdingsOn } from '../as-of.js';
import { connectionOf } from '../connection.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { isRow, required } from './people.js';
import { bySeniority } from './query.js';

export const sourceResolvers: Resolvers = {
  Evidence: {
    source: async (evidence, _, { loaders }) => required(await loaders.sourceById.load(evidence.sourceId), evidence.sourceId),
  },
  OrgChart: {
    posts: async ({ organization, on, minCertainty }, _, { loaders }) =>
      [...(await loaders.postsByOrganizationId.load(organization.id))].sort(bySeniority).map((post) => ({ post, on, minCertainty })),
    children: async ({ organization, on, minCertainty }, _, { loaders }) => {
      const links = await loaders.childIdsByOrganizationId.load(organization.id);
      const children = (await loaders.organizationById.loadMany(links.map((link) => link.id))).filter(isRow);
      return children.map((child) => ({ organization: child, on, minCertainty }));
    },
  },
  SourceConnection: {
    edges: ({ sources, offset, totalCount }) => connectionOf(sources, offset, totalCount).edges,
    pageInfo: ({ sources, offset, totalCount }) => connectionOf(sources, offset, totalCount).pageInfo,
  },
  OrgChartPost: {
    holders: async ({ post, on, minCertainty }, _, { loaders }) => holdingsOn(await loaders.tenuresByPostId.load(post.id), on, minCertainty),
  },
};
