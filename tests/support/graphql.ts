import { expect } from 'vitest';
import type { ApiKey } from '../../src/api/auth/api-keys.js';
import { createApi } from '../../src/api/yoga.js';
import type { Store } from '../../src/store/store.js';

export interface GraphQLResponse {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * A client for the in-process API (yoga.fetch), as an app would call it over HTTP; with `key`,
 * every request carries it (the API accepting `apiKeys`).
 */
export function graphqlClient(store: Store, { apiKeys = [], key }: { apiKeys?: ApiKey[]; key?: string } = {}) {
  const api = createApi({ store, apiVersion: 'test', apiKeys });
  const request = async (query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> => {
    const response = await api.fetch('http://api.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key === undefined ? {} : { 'x-api-key': key }) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  };
  return {
    request,
    /** The data of a query that must succeed. */
    async data(query: string, variables: Record<string, unknown> = {}) {
      const result = await request(query, variables);
      expect(result.errors).toBeUndefined();
      return result.data!;
    },
  };
}
