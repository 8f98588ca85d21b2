import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/store/connect.js';
import { findFreePort } from '../../src/store/free-port.js';
import { startCli, waitForHttp } from '../support/cli.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'officials-local-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starting Neo4j twice on a busy 2-core machine takes minutes, not the default 60 s. */
const TWO_STARTS_MS = 420_000;

/** Processes this test started, stopped in afterAll even when an assertion fails midway. */
const started: { servers: Array<ReturnType<typeof startCli>>; jvmPids: number[] } = { servers: [], jvmPids: [] };
afterAll(() => {
  for (const server of started.servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  for (const pid of started.jvmPids) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
});

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function serveLocally() {
  const port = await findFreePort();
  const server = startCli(['serve'], { DATA_DIR: dataDir, PORT: String(port) });
  started.servers.push(server);
  await waitForHttp(`http://127.0.0.1:${port}/readyz`, 180_000, () => server.child.exitCode !== null);
  const record = JSON.parse(readFileSync(path.join(dataDir, 'neo4j-local.json'), 'utf8')) as { uri: string; pid: number };
  started.jvmPids.push(record.pid);
  return { server, record, port };
}

async function stop(server: ReturnType<typeof startCli>) {
  server.child.kill('SIGTERM');
  return (await server.finished).code;
}

describe('officials serve with NEO4J_URI unset', () => {
  it('starts a local Neo4j, lets a second command use it, stops it on SIGTERM, and reopens the same store', async () => {
    const log = pino({ level: 'silent' });
    const { server, record, port } = await serveLocally();

    // An empty data directory gets the seed: the researcher's first question has an answer.
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ holders(organization: "org:tinh-uy-quang-ninh", role: SECRETARY, on: "2025-04-03") { certainty person { name } } }',
      }),
    });
    expect((await response.json()).data.holders).toEqual([{ certainty: 'CONFIRMED', person: { name: 'Vũ Đại Thắng' } }]);

    expect(record.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(isAlive(record.pid)).toBe(true);

    // A second command on the same DATA_DIR uses the running Neo4j instead of starting one.
    const second = await connect({ username: 'neo4j', password: '', waitSeconds: 5, dataDir, log });
    expect(second.local).toBeUndefined();
    expect(second.uri).toBe(record.uri);
    await second.store.driver.executeQuery("CREATE (:Marker {note: 'written before the restart'})");
    await second.close();
    expect(isAlive(record.pid)).toBe(true);

    expect(await stop(server)).toBe(0);
    expect(isAlive(record.pid)).toBe(false);
    expect(existsSync(path.join(dataDir, 'neo4j-local.json'))).toBe(false);

    const again = await serveLocally();
    try {
      const reopened = await connect({ username: 'neo4j', password: '', waitSeconds: 5, dataDir, log });
      const { records } = await reopened.store.driver.executeQuery('MATCH (m:Marker) RETURN m.note AS note');
      await reopened.close();
      expect(records.map((r) => r.get('note'))).toEqual(['written before the restart']);
    } finally {
      expect(await stop(again.server)).toBe(0);
    }
    expect(isAlive(again.record.pid)).toBe(false);
    const debugLog = readFileSync(path.join(dataDir, 'neo4j', 'logs', 'debug.log'), 'utf8');
    expect(debugLog).not.toMatch(/recovery (is )?(required|completed)/i);
  }, TWO_STARTS_MS);
});
