import type { RecordShape } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { ArticleModel } from '../../src/domain/article.js';
import { createDriver } from '../../src/store/driver.js';
import { Store } from '../../src/store/store.js';
import { inject } from 'vitest';
import { graphqlClient } from '../support/graphql.js';
import { resetGraph } from '../support/neo4j.js';
import { seedArticle } from '../support/seed.js';
import { personId } from '../../src/domain/ids.js';

/** A store that records the name of every read query it runs. */
class CountingStore extends Store {
  readonly ran: string[] = [];
  override read<T>(name: string, params: Record<string, unknown>, parse: (record: RecordShape) => T): Promise<T[]> {
    this.ran.push(name);
    return super.read(name, params, parse);
  }
}

const store = new CountingStore(createDriver(inject('neo4j')));
const api = graphqlClient(store);

const appointments = ArticleModel.parse({
  title: 'Công bố quyết định về công tác cán bộ',
  date: '2024-05-12',
  text: [
    'Chiều 12/5, Tỉnh ủy Thanh Hóa tổ chức hội nghị công bố quyết định về công tác cán bộ.',
    'Đồng chí Lê Văn Nam, Phó Bí thư Tỉnh ủy được điều động, chỉ định giữ chức Bí thư Thành ủy Sầm Sơn.',
    'Dự kiến, HĐND tỉnh sẽ bầu ông Phạm Quang Huy giữ chức Chủ tịch UBND tỉnh.',
  ].join('\n'),
});

beforeAll(async () => {
  await store.applySchema();
  await resetGraph(store);
  await ingestArticle(store, seedArticle());
  await ingestArticle(store, appointments);
});
afterAll(() => store.close());

describe('changes', () => {
  it('stores a reported transfer with the post taken up, the post left, and its quote', async () => {
    const { person } = await api.data(`{
      person(id: "${personId('Lê Văn Nam', 'Thanh Hóa')}") { changes { kind post { name } fromPost { name } evidence { quote source { title } } } }
    }`);
    expect(person.changes).toHaveLength(1);
    expect(person.changes[0]).toMatchObject({
      kind: 'TRANSFERRED',
      post: { name: 'Bí thư Thành ủy Sầm Sơn' },
      fromPost: { name: 'Phó Bí thư Tỉnh ủy Thanh Hóa' },
    });
    expect(person.changes[0].evidence[0].quote).toContain('điều động, chỉ định');
    expect(person.changes[0].evidence[0].source.title).toBe('Công bố quyết định về công tác cán bộ');
  });

  it('stores no change and no tenure for a planned election', async () => {
    const { person } = await api.data(`{ person(id: "${personId('Phạm Quang Huy', 'Thanh Hóa')}") { changes { kind } tenures { post { name } } } }`);
    expect(person).toEqual({ changes: [], tenures: [] });
  });
});

describe('round trips', () => {
  it('holders answers in one Cypher round trip', async () => {
    store.ran.length = 0;
    await api.data(`{ holders(organization: "org:tinh-uy-quang-ninh", role: SECRETARY, on: "2025-04-03") { certainty reason } }`);
    expect(store.ran).toEqual(['findTenures']);
  });

  it("Person.timeline takes one query per nesting level, for many people at once", async () => {
    store.ran.length = 0;
    await api.data(`{
      a: person(id: "${personId('Vũ Đại Thắng', 'Quảng Ninh')}") { timeline { date tenure { post { organization { name } } } change { kind } } }
      b: person(id: "${personId('Lê Văn Nam', 'Thanh Hóa')}") { timeline { date tenure { post { organization { name } } } change { kind } } }
    }`);
    expect([...store.ran].sort()).toEqual(
      ['findTenures', 'getChangesByPersonIds', 'getOrganizationsByIds', 'getPeopleByIds', 'getPostsByIds'].sort(),
    );
  });
});

describe('DataLoader batching', () => {
  it('runs one query per nesting level, however many rows each level has', async () => {
    store.ran.length = 0;
    const { events } = await api.data(`{
      events {
        edges { node {
          convenedBy { name }
          participants { person { name tenures { post { name organization { name } } } } }
        } }
      }
    }`);
    const people = events.edges.flatMap((edge: any) => edge.node.participants.map((p: any) => p.person.name));
    expect(new Set(people).size).toBeGreaterThan(3);
    const counts = Object.fromEntries(
      [...new Set(store.ran)].map((name) => [name, store.ran.filter((query) => query === name).length]),
    );
    expect(counts).toEqual({
      findEvents: 1,
      getOrganizationsByIds: 2, // convenedBy (level 2) and post.organization (level 5)
      getParticipationsByEventIds: 1,
      getPeopleByIds: 1,
      findTenures: 1,
      getPostsByIds: 1,
    });
  });
});
