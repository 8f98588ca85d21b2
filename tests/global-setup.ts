import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { createDriver, type Neo4jConnection } from '../src/store/driver.js';
import { startLocalNeo4j } from '../src/store/local-neo4j.js';
import { Store } from '../src/store/store.js';

/** Integration tests empty the graph: refuse a database that holds anything but test data. */
async function claimTestDatabase(connection: Neo4jConnection) {
  const store = new Store(createDriver(connection));
  try {
    const { rows: [claim] } = await store.write('claimTestDatabase', {}, (row) => ({ claimed: Boolean(row.claimed), nodes: Number(row.nodes) }));
    if (!claim?.claimed) {
      throw new Error(
        `NEO4J_URI=${connection.uri} holds ${claim?.nodes} nodes that are not test data, and the tests empty the graph. ` +
          'Point NEO4J_URI at an empty database, or unset it to let the tests start their own Neo4j.',
      );
    }
  } finally {
    await store.close();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string };
  }
}

/**
 * Gives every test file a real Neo4j: the one at NEO4J_URI when set, otherwise a throwaway
 * local Neo4j on a free port with its store in a temp directory, stopped after the run.
 */
export default async function setup(project: TestProject) {
  if (process.env.NEO4J_URI) {
    const connection = {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
    };
    await claimTestDatabase(connection);
    project.provide('neo4j', connection);
    return;
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'officials-test-neo4j-'));
  const log = pino({ level: 'info' }, pino.destination(2));
  const local = await startLocalNeo4j({ dataDir, port: 0, heap: '1g', log });
  process.stderr.write(`Neo4j ${local.version} (${local.edition}) started for the tests at ${local.uri} in ${(local.startupMs / 1000).toFixed(1)} s\n`);
  project.provide('neo4j', { uri: local.uri, username: 'neo4j', password: '' });
  return async () => {
    await local.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
