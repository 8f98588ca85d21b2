import { createApi } from '../api/yoga.js';
import type { Store } from '../store/store.js';

/** The API answered a request with errors: the first one's code and message. */
export class GraphQLAnswerError extends Error {
  override readonly name = 'GraphQLAnswerError';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: unknown } }>;
}

/** Sends one GraphQL request and resolves to its data. */
export type GraphRequest = <Data>(query: string, variables: Record<string, unknown>) => Promise<Data>;

/**
 * A client of the in-process GraphQL API (`yoga.fetch`): the real schema, resolvers and loaders,
 * as an app's HTTP request would run them, without the network.
 *
 * @throws GraphQLAnswerError (from the request) when the API answers with errors.
 */
export function graphClient(store: Store): GraphRequest {
  const api = createApi({ store, apiVersion: 'eval-answers' });
  return async <Data>(query: string, variables: Record<string, unknown>): Promise<Data> => {
    const response = await api.fetch('http://eval-answers.invalid/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as GraphQLAnswer;
    const [error] = answer.errors ?? [];
    if (error) throw new GraphQLAnswerError(typeof error.extensions?.code === 'string' ? error.extensions.code : 'ERROR', error.message);
    if (!answer.data) throw new GraphQLAnswerError('NO_DATA', `the API answered HTTP ${response.status} without data`);
    return answer.data as Data;
  };
}
