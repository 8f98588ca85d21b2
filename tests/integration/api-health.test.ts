import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src/api/yoga.js';
import { createDriver } from '../../src/store/driver.js';
import { Store } from '../../src/store/store.js';
import { findFreePort } from '../../src/store/free-port.js';
import { testStore } from '../support/neo4j.js';

const store = testStore();
const api = createApi({ store, apiVersion: '9.9.9' });
afterAll(() => store.close());

async function graphql(query: string) {
  const response = await api.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json() };
}

describe('the health query', () => {
  it('answers with the Neo4j version and edition and the API version', async () => {
    const { status, body } = await graphql('{ health { neo4j { version edition } api { version } } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.health.neo4j.version).toMatch(/^5\.26\.\d+$/);
    expect(body.data.health.neo4j.edition).toBe('community');
    expect(body.data.health.api).toEqual({ version: '9.9.9' });
  });
});

describe('health and readiness endpoints', () => {
  it('/healthz answers 200 while the process is up', async () => {
    expect((await api.fetch('http://api.test/healthz')).status).toBe(200);
  });

  it('/readyz answers 200 when Neo4j is reachable', async () => {
    expect((await api.fetch('http://api.test/readyz')).status).toBe(200);
  });

  it('/readyz answers 503 when Neo4j is not', async () => {
    const port = await findFreePort();
    const deadStore = new Store(createDriver({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: '' }));
    const deadApi = createApi({ store: deadStore, apiVersion: '9.9.9' });
    try {
      expect((await deadApi.fetch('http://api.test/readyz')).status).toBe(503);
    } finally {
      await deadStore.close();
    }
  });

  it('serves GraphiQL to a browser at /graphql, with its assets inline (no CDN: it works offline)', async () => {
    const response = await api.fetch('http://api.test/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/graphiql/i);
    expect(html).not.toMatch(/https?:\/\/(unpkg\.com|cdn\.jsdelivr\.net)/);
  });
});
