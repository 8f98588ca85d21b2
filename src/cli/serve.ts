import type { Server } from 'node:http';
import { close, listen } from '../api/server.js';
import { createApi } from '../api/yoga.js';
import type { Environment } from '../config/environment.js';
import { connectFromEnvironment } from './connect-from-environment.js';
import { loadSeedIfEmpty } from './load-seed.js';
import { createLogger } from './logger.js';
import { PACKAGE_VERSION } from './package-version.js';

/** The port the API wanted is taken. Exit code 1. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  readonly exitCode = 1;
}

/**
 * `officials serve` (`npm start`): connect to (or start) Neo4j, apply the schema, load seed/
 * into an empty graph, serve the API until SIGINT/SIGTERM, then stop the API and the local
 * Neo4j, in that order.
 */
export async function serve(env: Environment): Promise<void> {
  const log = createLogger(env.LOG_LEVEL);
  const connection = await connectFromEnvironment(env, log);

  let server: Server;
  try {
    await connection.store.applySchema();
    await loadSeedIfEmpty(connection.store, log);
    const api = createApi({
      store: connection.store,
      apiVersion: PACKAGE_VERSION,
      logger: log,
      apiKeys: env.API_KEYS,
      readsRequireKey: env.READS_REQUIRE_KEY,
    });
    server = await listen(api, env.HOST, env.PORT).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE'
        ? new PortInUseError(`PORT ${env.PORT} is already in use on ${env.HOST}: stop what uses it or set PORT to another port.`)
        : error;
    });
  } catch (error) {
    await connection.close();
    throw error;
  }

  const shownHost = env.HOST === '0.0.0.0' || env.HOST === '127.0.0.1' ? 'localhost' : env.HOST;
  log.info(`GraphQL API and GraphiQL at http://${shownHost}:${env.PORT}/graphql (health: /healthz, readiness: /readyz)`);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping the API, then Neo4j`);
    await close(server);
    await connection.close();
    log.info('Stopped');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
