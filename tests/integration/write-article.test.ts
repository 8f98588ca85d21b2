import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import type { ArticleGraph } from '../../src/resolve/article-graph.js';
import { writeArticle } from '../../src/ingest/ingest-article.js';
import { resetGraph, testStore } from '../support/neo4j.js';
import { seedArticle } from '../support/seed.js';

const store = testStore();
beforeAll(async () => {
  await store.applySchema();
  await resetGraph(store);
});
afterAll(() => store.close());

const countNodes = async () => {
  const { records } = await store.driver.executeQuery('MATCH (n) WHERE NOT n:OfficialsGraphTestDatabase RETURN count(n) AS count');
  return records[0]!.get('count').toNumber() as number;
};

function graphWithBadEventDate(): ArticleGraph {
  return {
    source: { id: 'source:broken', title: 't', url: null, publishedOn: '2024-01-01', periodFrom: null, periodTo: null, author: null, text: 'Ông Lê Văn A dự.' },
    evidence: [{ id: 'evidence:broken:0-15', quote: 'Ông Lê Văn A dự', start: 0, end: 15 }],
    areas: [],
    organizations: [],
    posts: [],
    people: [{ id: 'person:le-van-a', name: 'Lê Văn A', nameFolded: 'le van a', areaId: null, naturalIds: ['person:le-van-a'], mergeable: true }],
    tenures: [],
    events: [
      {
        id: 'event:broken',
        kind: 'MEETING',
        name: 'Họp',
        nameFolded: 'hop',
        ordinal: null,
        date: 'not-a-date',
        dateText: null,
        periodFrom: null,
        periodTo: null,
        term: null,
        termStart: null,
        termEnd: null,
        convenedById: null,
        evidenceIds: ['evidence:broken:0-15'],
      },
    ],
    participations: [],
    organizationEnds: [],
    changes: [],
    successions: [],
  };
}

describe('writing an article', () => {
  it('writes the seed once; the second time changes nothing (all update counters zero)', async () => {
    const first = await ingestArticle(store, seedArticle());
    expect(first).toMatchObject({ written: true, people: 4 });
    expect(first.updates).toBeGreaterThan(0);
    const nodes = await countNodes();

    const second = await ingestArticle(store, seedArticle());
    expect(second).toEqual({ ...first, outcome: 'UNCHANGED', written: false, updates: 0, people: 0, posts: 0, tenures: 0, events: 0 });
    expect(await countNodes()).toBe(nodes);
  });

  it('is one transaction: a failure part-way writes nothing at all', async () => {
    const before = await countNodes();
    const reading = { extraction: { version: 2, status: 'OK' as const, error: null, digest: 'd' }, build: graphWithBadEventDate };
    await expect(writeArticle(store, 'source:broken', reading)).rejects.toThrow(/not-a-date|date/i);
    expect(await countNodes()).toBe(before);
    const { records } = await store.driver.executeQuery("MATCH (s:Source {id: 'source:broken'}) RETURN s");
    expect(records).toHaveLength(0);
  });

  it('stores no tenure, event or participation without evidence from a source', async () => {
    const { records } = await store.driver.executeQuery(`
      MATCH (x) WHERE (x:Tenure OR x:Event) AND NOT EXISTS { (x)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(:Source) }
      RETURN count(x) AS bare
      UNION ALL
      MATCH ()-[r:PARTICIPATED]->() WHERE size(r.evidenceIds) = 0 RETURN count(r) AS bare`);
    expect(records.map((record) => record.get('bare').toNumber())).toEqual([0, 0]);
  });
});
