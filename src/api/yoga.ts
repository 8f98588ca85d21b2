import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Store } from '../store/store.js';
import type { ApiContext } from './context.js';
import { buildSchema } from './schema.js';

export interface ApiOptions {
  store: Store;
  apiVersion: string;
  logger?: Logger;
}

const EXAMPLE_QUERY = `# officials-graph: who held which public post when in Vietnam.
{
  health {
    neo4j { version edition }
    api { version }
  }
}
`;

/**
 * The GraphQL API as a fetch handler (no port): `/graphql` with GraphiQL, `/healthz` (the
 * process is up) and `/readyz` (Neo4j answers; 503 otherwise). `server.ts` makes it listen.
 */
export function createApi({ store, apiVersion, logger }: ApiOptions): YogaServerInstance<Record<string, never>, ApiContext> {
  return createYoga<Record<string, never>, ApiContext>({
    schema: buildSchema(),
    context: () => ({ store, apiVersion }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: { title: 'officials-graph', defaultQuery: EXAMPLE_QUERY },
    logging: logger ?? false,
    plugins: [useReadinessCheck({ endpoint: '/readyz', check: () => store.isReachable() })],
  });
}
