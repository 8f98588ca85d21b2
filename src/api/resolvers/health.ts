import type { ApiContext } from '../context.js';

export const healthResolvers = {
  Query: {
    health: () => ({}),
  },
  Health: {
    neo4j: (_: unknown, __: unknown, { store }: ApiContext) => store.serverComponents(),
    api: (_: unknown, __: unknown, { apiVersion }: ApiContext) => ({ version: apiVersion }),
  },
};
