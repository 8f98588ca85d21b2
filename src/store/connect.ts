import type { Logger } from 'pino';
import { createDriver, waitForNeo4j } from './driver.js';
import { findRunningLocalNeo4j, startLocalNeo4j, type LocalNeo4j } from './local-neo4j.js';
import { Store } from './store.js';

export interface ConnectOptions {
  /** Set: use that Neo4j and start nothing. Unset: use or start the local Neo4j under dataDir. */
  uri?: string | undefined;
  username: string;
  password: string;
  database?: string | undefined;
  waitSeconds: number;
  dataDir: string;
  log: Logger;
}

/** A ready store, and how to let go of it (stopping the local Neo4j if this process started it). */
export interface Connection {
  store: Store;
  uri: string;
  local?: LocalNeo4j | undefined;
  close(): Promise<void>;
}

async function open(uri: string, options: ConnectOptions, waitSeconds: number): Promise<Store> {
  const driver = createDriver({ uri, username: options.username, password: options.password });
  try {
    await waitForNeo4j(driver, uri, waitSeconds, options.log);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return new Store(driver, options.database);
}

/**
 * Connects to Neo4j the way DESIGN.md "Running it" describes: NEO4J_URI if set; otherwise a
 * local Neo4j already running on the same DATA_DIR (started by another `officials` command);
 * otherwise a local Neo4j started here.
 */
export async function connect(options: ConnectOptions): Promise<Connection> {
  const { log } = options;
  if (options.uri) {
    log.info(`Connecting to Neo4j at ${options.uri}`);
    const store = await open(options.uri, options, options.waitSeconds);
    return { store, uri: options.uri, close: () => store.close() };
  }

  const running = findRunningLocalNeo4j(options.dataDir);
  if (running) {
    log.info(`Using the local Neo4j already running at ${running.uri} (pid ${running.pid})`);
    const store = await open(running.uri, { ...options, password: '' }, 10);
    return { store, uri: running.uri, close: () => store.close() };
  }

  log.info(`NEO4J_URI is not set: starting a local Neo4j with its store in ${options.dataDir}`);
  const local = await startLocalNeo4j({ dataDir: options.dataDir, port: 7687, log });
  log.info(`Local Neo4j ${local.version} ready at ${local.uri} in ${(local.startupMs / 1000).toFixed(1)} s`);
  try {
    const store = await open(local.uri, { ...options, password: '' }, 30);
    return {
      store,
      uri: local.uri,
      local,
      async close() {
        await store.close();
        await local.stop();
      },
    };
  } catch (error) {
    await local.stop();
    throw error;
  }
}
