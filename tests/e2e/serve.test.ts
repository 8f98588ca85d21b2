import { inject, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/store/free-port.js';
import { startCli, waitForHttp } from '../support/cli.js';

describe('officials serve against an existing Neo4j (NEO4J_URI set)', () => {
  it('serves the health query over HTTP and stops cleanly on SIGTERM', async () => {
    const neo4j = inject('neo4j');
    const port = await findFreePort();
    const server = startCli(['serve'], {
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      PORT: String(port),
    });
    try {
      await waitForHttp(`http://127.0.0.1:${port}/readyz`, 30_000, () => server.child.exitCode !== null);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health { neo4j { version edition } } }' }),
      });
      const body = await response.json();
      expect(body.data.health.neo4j).toEqual({ version: expect.stringMatching(/^5\.26\.\d+$/), edition: 'community' });
      expect(server.output().stderr).toContain(`GraphQL API and GraphiQL at http://localhost:${port}/graphql`);
    } finally {
      server.child.kill('SIGTERM');
    }
    const { code } = await server.finished;
    expect(code).toBe(0);
  });
});
