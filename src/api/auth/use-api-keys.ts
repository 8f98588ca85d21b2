import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { invalidKey, keyRequired } from '../errors.js';
import type { ApiKey } from './api-keys.js';
import { createKeyRing } from './key-ring.js';
import { presentedKey } from './request-key.js';
import type { Caller } from './roles.js';

export interface ApiKeysOptions {
  /** The accepted keys (API_KEYS). */
  keys: readonly ApiKey[];
  /** Refuse every GraphQL request without a valid key, introspection included (READS_REQUIRE_KEY). */
  readsRequireKey: boolean;
}

/**
 * Puts `caller` into the context: the holder and role of the request's API key, or null without
 * one. A key that is malformed or not accepted is refused (UNAUTHENTICATED, 401) even where no
 * key is needed: the client meant to use it. Runs on GraphQL requests only, so /healthz, /readyz
 * and the GraphiQL page stay open.
 */
export function useApiKeys({ keys, readsRequireKey }: ApiKeysOptions): Plugin<YogaInitialContext & { caller: Caller | null }> {
  const identify = createKeyRing(keys);
  const callers = new WeakMap<Request, Caller | null>();
  return {
    onRequestParse({ request }) {
      const presented = presentedKey(request.headers);
      if ('problem' in presented) throw invalidKey(presented.problem);
      if (presented.key === null && readsRequireKey) throw keyRequired('every request to this API');
      const caller = presented.key === null ? null : identify(presented.key);
      if (presented.key !== null && caller === null) throw invalidKey('it is none of the keys this API accepts');
      callers.set(request, caller);
    },
    onContextBuilding({ context, extendContext }) {
      extendContext({ caller: callers.get(context.request) ?? null });
    },
  };
}
