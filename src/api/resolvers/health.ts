import type { Resolvers } from '../generated/resolvers-types.js';

export const healthResolvers: Resolvers = {
  Health: {
    neo4j: (_, __, { store }) => store.serverComponents(),
    api: (_, __, { apiVersion }) => ({ version: apiVersion }),
  },
};
