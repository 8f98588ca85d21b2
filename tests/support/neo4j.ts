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
