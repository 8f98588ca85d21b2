import { afterAll, describe, expect, it } from 'vitest';
import { testStore, uniqueLabel } from '../support/neo4j.js';

const store = testStore();
afterAll(() => store.close());

describe('the test run talks to a real Neo4j', () => {
  it('is Neo4j 5.26 Community, as dbms.components() reports it', async () => {
    const components = await store.serverComponents();
    expect(components.version).toMatch(/^5\.26\.\d+$/);
    expect(components.edition).toBe('community');
  });

  it('creates a full-text index and finds a node through it, ignoring diacritics in the folded field', async () => {
    const label = uniqueLabel('Fulltext');
    const index = `test_${label.toLowerCase()}`;
    const { driver } = store;
    // Test-only DDL: label and index names cannot be parameters in Cypher, so this test
    // builds them from a random, validated identifier.
    expect(label).toMatch(/^[A-Za-z0-9_]+$/);
    await driver.executeQuery(`CREATE FULLTEXT INDEX ${index} FOR (n:${label}) ON EACH [n.nameFolded]`);
    try {
      await driver.executeQuery(`CALL db.awaitIndex($index, 60)`, { index });
      await driver.executeQuery(`UNWIND $people AS p CREATE (n:${label}) SET n = p`, {
        people: [
          { name: 'Vũ Đại Thắng', nameFolded: 'vu dai thang' },
          { name: 'Vũ Thị Mai Anh', nameFolded: 'vu thi mai anh' },
        ],
      });
      const { records } = await driver.executeQuery(
        'CALL db.index.fulltext.queryNodes($index, $text) YIELD node, score RETURN node.name AS name ORDER BY score DESC',
        { index, text: 'dai thang' },
      );
      expect(records.map((record) => record.get('name'))).toEqual(['Vũ Đại Thắng']);
    } finally {
      await driver.executeQuery(`DROP INDEX ${index} IF EXISTS`);
      await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`);
    }
  });

  it('applies the schema idempotently: a second run changes nothing', async () => {
    await store.applySchema();
    const before = await store.driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    await store.applySchema();
    const after = await store.driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(after.records[0]!.get('names')).toEqual(before.records[0]!.get('names'));
    expect(before.records[0]!.get('names')).toEqual(expect.arrayContaining(['person_id', 'organization_id', 'source_id']));
    const indexes = await store.driver.executeQuery("SHOW FULLTEXT INDEXES YIELD name WHERE name = 'name_folded' RETURN name");
    expect(indexes.records).toHaveLength(1);
  });

  it('enforces one node per id', async () => {
    await store.applySchema();
    const id = `person:${uniqueLabel('dup').toLowerCase()}`;
    await store.driver.executeQuery('CREATE (:Person {id: $id})', { id });
    try {
      await expect(store.driver.executeQuery('CREATE (:Person {id: $id})', { id })).rejects.toMatchObject({
        code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
      });
    } finally {
      await store.driver.executeQuery('MATCH (p:Person {id: $id}) DETACH DELETE p', { id });
    }
  });
});
