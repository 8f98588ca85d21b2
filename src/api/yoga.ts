import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, maskError, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { StoreUnavailableError, type Store } from '../store/store.js';
import type { ApiKey } from './auth/api-keys.js';
import { useApiKeys } from './auth/use-api-keys.js';
import { useMutationsNeedEditor } from './auth/use-mutations-need-editor.js';
import type { FactoryContext } from './context.js';
import { apiError } from './errors.js';
import { createLoaders } from './loaders.js';
import { buildSchema } from './schema.js';

export interface ApiOptions {
  store: Store;
  apiVersion: string;
  logger?: Logger;
  /** The API keys accepted (API_KEYS); none by default. */
  apiKeys?: readonly ApiKey[];
  /** Refuse every GraphQL request without a valid key (READS_REQUIRE_KEY); by default reads are open. */
  readsRequireKey?: boolean;
}

const EXAMPLE_QUERY = `# officials-graph: who held which public post when in Vietnam.
# Who was Secretary of the Quảng Ninh Provincial Party Committee on 2025-04-03, and the proof?
{
  holders(organization: "org:tinh-uy-quang-ninh", role: SECRETARY, on: "2025-04-03") {
    certainty
    person { id name }
    tenure { evidence { quote source { title publishedOn } } }
  }
}
`;

/** Neo4j being down is worth telling the client; every other unexpected error stays masked. */
function maskUnexpected(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof StoreUnavailableError) {
    return apiError('SERVICE_UNAVAILABLE', 'The database is unavailable; try again shortly.');
  }
  return maskError(error, message, isDev);
}

/**
 * The GraphQL API as a fetch handler (no port): `/graphql` with GraphiQL, `/healthz` (the
 * process is up) and `/readyz` (Neo4j answers; 503 otherwise). `server.ts` makes it listen.
 * Mutations need an editor key; reads need a key only with `readsRequireKey`.
 */
export function createApi({
  store,
  apiVersion,
  logger,
  apiKeys = [],
  readsRequireKey = false,
}: ApiOptions): YogaServerInstance<Record<string, never>, FactoryContext> {
  return createYoga<Record<string, never>, FactoryContext>({
    schema: buildSchema(),
    context: () => ({ store, apiVersion, loaders: createLoaders(store) }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: { title: 'officials-graph', defaultQuery: EXAMPLE_QUERY },
    // GraphiQL's assets served by the API itself, not a CDN: it works offline and behind firewalls.
    renderGraphiQL,
    maskedErrors: { maskError: maskUnexpected },
    logging: logger ?? false,
    plugins: [
      useReadinessCheck({ endpoint: '/readyz', check: () => store.isReachable() }),
      useApiKeys({ keys: apiKeys, readsRequireKey }),
      useMutationsNeedEditor(),
    ],
  });
}
