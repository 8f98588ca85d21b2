import type { Logger } from 'pino';
import type { Environment } from '../config/environment.js';
import { connect, type Connection } from '../store/connect.js';

/** Connects the way the environment says (NEO4J_URI, or the local Neo4j under DATA_DIR). */
export function connectFromEnvironment(env: Environment, log: Logger): Promise<Connection> {
  return connect({
    uri: env.NEO4J_URI,
    username: env.NEO4J_USERNAME,
    password: env.NEO4J_PASSWORD,
    database: env.NEO4J_DATABASE,
    waitSeconds: env.NEO4J_WAIT_SECONDS,
    dataDir: env.DATA_DIR,
    log,
  });
}
