import type { Store } from '../store/store.js';
import type { Caller } from './auth/roles.js';
import type { Loaders } from './loaders.js';

/** What every resolver can use; built once per request by the Yoga context factory. */
export interface ApiContext {
  store: Store;
  apiVersion: string;
  loaders: Loaders;
  /** Who called: the holder and role of the request's API key, or null without one (auth/use-api-keys.ts sets it). */
  caller: Caller | null;
}

/** What the context factory (yoga.ts) builds: all of ApiContext but `caller`, which a plugin adds. */
export type FactoryContext = Omit<ApiContext, 'caller'>;
