import type { Store } from '../store/store.js';
import type { Loaders } from './loaders.js';

/** What every resolver can use; built once per request by the Yoga context factory. */
export interface ApiContext {
  store: Store;
  apiVersion: string;
  loaders: Loaders;
}
