import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createDriver } from '../../src/store/driver.js';
import { Store } from '../../src/store/store.js';

/** A Store on the test run's Neo4j (see tests/global-setup.ts). Close it in afterAll. */
export function testStore(): Store {
  return new Store(createDriver(inject('neo4j')));
}

/** A label no other test uses, so a test's nodes are its own and easy to remove. */
export function uniqueLabel(prefix = 'Test'): string {
  return `${prefix}_${randomUUID().replaceAll('-', '')}`;
}

/** Empties the graph (but for the test-database marker): for the start of an integration file. */
export async function resetGraph(store: Store): Promise<void> {
  await store.write('deleteEverything');
}

/** An empty graph with the schema applied: the start of an integration file that writes. */
export async function freshGraph(store: Store): Promise<void> {
  await store.applySchema();
  await resetGraph(store);
}
