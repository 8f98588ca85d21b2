import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey, hashApiKey } from '../../src/api/auth/key-material.js';
import type { Article } from '../../src/domain/article.js';
import { personId } from '../../src/domain/ids.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { exportGraph } from '../../src/store/export-graph.js';
import { articleOn } from '../support/articles.js';
import { graphqlClient } from '../support/graphql.js';
import { freshGraph, resetGraph, testStore } from '../support/neo4j.js';

const store = testStore();
const editorKey = generateApiKey();
const api = graphqlClient(store, { apiKeys: [{ name: 'lan', role: 'editor', sha256: hashApiKey(editorKey) }], key: editorKey });

// One man, Secretary in Hà Tĩnh, then on a central board: both articles name him a member of the
// Central Committee. A namesake directs a department in Phú Yên.
const articles: Article[] = [
  articleOn('2022-01-05', 'Sáng 5/1, đồng chí Hoàng Trung Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Tĩnh chủ trì hội nghị.'),
  articleOn('2024-02-01', 'Sáng 1/2, đồng chí Hoàng Trung Dũng, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương dự hội nghị.'),
  articleOn('2023-06-10', 'Sáng 10/6, đồng chí Hoàng Trung Dũng, Giám đốc Sở Xây dựng tỉnh Phú Yên kiểm tra công trình.'),
];
const IN_HA_TINH = personId('Hoàng Trung Dũng', 'Hà Tĩnh');
const NATIONAL = personId('Hoàng Trung Dũng', null);
const IN_PHU_YEN = personId('Hoàng Trung Dũng', 'Phú Yên');

const ingestAll = async (order: readonly Article[]) => {
  await resetGraph(store);
  for (const article of order) await ingestArticle(store, article);
};
const postsOf = async (id: string) => {
  const result = await api.request(`query ($id: ID!) { person(id: $id) { tenures { post { name } } } }`, { id });
  if (result.errors) return result.errors.map((error) => error.extensions?.code);
  return result.data!.person.tenures.map((tenure: any) => tenure.post.name).sort();
};

beforeAll(() => freshGraph(store));
afterAll(() => store.close());

describe('identity: one name, overlapping bodies', () => {
  it('makes the Hà Tĩnh secretary and the central official one person, since both sit on the Central Committee', async () => {
    await ingestAll(articles);
    expect(IN_HA_TINH < NATIONAL).toBe(true);
    expect(await postsOf(IN_HA_TINH)).toEqual(['Bí thư Tỉnh ủy Hà Tĩnh', 'Phó Trưởng Ban Tổ chức Trung ương', 'Ủy viên Ban Chấp hành Trung ương Đảng']);
    expect(await postsOf(IN_PHU_YEN)).toEqual(['Giám đốc Sở Xây dựng tỉnh Phú Yên']);
  });

  it('keeps the id the central official had before: it leads to the person he was found to be', async () => {
    await ingestAll([articles[1]!]);
    expect((await api.data(`query ($id: ID!) { person(id: $id) { id } }`, { id: NATIONAL })).person).toEqual({ id: NATIONAL });
    await ingestAll(articles);
    expect((await api.data(`query ($id: ID!) { person(id: $id) { id } }`, { id: NATIONAL })).person).toEqual({ id: IN_HA_TINH });
    expect(await postsOf(NATIONAL)).toEqual(await postsOf(IN_HA_TINH));
    const events = await api.data(`query ($id: ID!) { events(participant: $id) { totalCount } }`, { id: NATIONAL });
    expect(events.events.totalCount).toBe((await api.data(`query ($id: ID!) { events(participant: $id) { totalCount } }`, { id: IN_HA_TINH })).events.totalCount);
  });

  it('answers NOT_FOUND for an unknown body or person in `events`, as `holders` does', async () => {
    for (const args of ['organization: "org:typo"', 'participant: "person:nobody--vn--000000"']) {
      const result = await api.request(`{ events(${args}) { totalCount } }`);
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    }
  });

  it('gives the same graph whatever order the articles arrive in', async () => {
    await ingestAll(articles);
    const forward = await exportGraph(store);
    await ingestAll([...articles].reverse());
    expect(await exportGraph(store)).toEqual(forward);
    await ingestAll([articles[1]!, articles[2]!, articles[0]!]);
    expect(await exportGraph(store)).toEqual(forward);
  });

  it('lets an editor undo it: the person split off is not made one again', async () => {
    await ingestAll(articles);
    const { person } = await api.data(`query ($id: ID!) { person(id: $id) { tenures { post { name } evidence { source { id publishedOn } } } } }`, { id: IN_HA_TINH });
    const central = person.tenures.flatMap((tenure: any) => tenure.evidence).find((evidence: any) => evidence.source.publishedOn === '2024-02-01');
    const { splitPerson } = await api.data(
      `mutation ($person: ID!, $sources: [ID!]!) { splitPerson(person: $person, sources: $sources, note: "Two men of that name on the Committee") { people { id } } }`,
      { person: IN_HA_TINH, sources: [central.source.id] },
    );
    const [kept, split] = splitPerson.people.map((p: any) => p.id);
    expect(await postsOf(kept)).toEqual(['Bí thư Tỉnh ủy Hà Tĩnh', 'Ủy viên Ban Chấp hành Trung ương Đảng']);
    expect(await postsOf(split)).toEqual(['Phó Trưởng Ban Tổ chức Trung ương', 'Ủy viên Ban Chấp hành Trung ương Đảng']);
    // Another article naming the central official goes to the person split off, not back to the secretary.
    await ingestArticle(store, articleOn('2024-05-01', 'Sáng 1/5, đồng chí Hoàng Trung Dũng, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương phát biểu.'));
    expect(await postsOf(kept)).toEqual(['Bí thư Tỉnh ủy Hà Tĩnh', 'Ủy viên Ban Chấp hành Trung ương Đảng']);
    const { person: other } = await api.data(`query ($id: ID!) { person(id: $id) { tenures { attestedOn } } }`, { id: split });
    expect(other.tenures.map((tenure: any) => tenure.attestedOn)).toEqual([
      ['2024-02-01', '2024-05-01'],
      ['2024-02-01', '2024-05-01'],
    ]);
  });
});
