import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/cli/ingest-article.js';
import { articleOn } from '../support/articles.js';
import { graphqlClient } from '../support/graphql.js';
import { freshGraph, testStore } from '../support/neo4j.js';
import { seedArticle } from '../support/seed.js';

const store = testStore();
const api = graphqlClient(store);

beforeAll(async () => {
  await freshGraph(store);
  await ingestArticle(store, seedArticle());
  await ingestArticle(store, articleOn('2025-05-10', 'Sáng 10/5, đồng chí Vũ Tiến Quyết, Phó Bí thư Tỉnh ủy Quảng Ninh làm việc với huyện Vân Đồn.'));
  await ingestArticle(store, articleOn('2024-03-02', 'Đồng chí Bùi Thị Minh Nguyệt, Phó Bí thư Tỉnh ủy Hà Tĩnh dự lễ.'));
  await ingestArticle(store, articleOn('2024-09-12', 'Đồng chí Bùi Thị Minh Nguyện, Phó Bí thư Tỉnh ủy Hà Tĩnh dự hội nghị.'));
});
afterAll(() => store.close());

describe('possible duplicates', () => {
  it('lists swapped syllables and one-letter typos with the evidence of each spelling, and merges nothing', async () => {
    const { possibleDuplicates } = await api.data(`{
      possibleDuplicates { reason people { name } evidence { quote } }
    }`);
    const pairs = possibleDuplicates.map((candidate: any) => [candidate.reason, candidate.people.map((p: any) => p.name).sort()]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['swapped given-name syllables', ['Vũ Quyết Tiến', 'Vũ Tiến Quyết']],
        ['one-letter difference', ['Bùi Thị Minh Nguyện', 'Bùi Thị Minh Nguyệt']],
      ]),
    );
    expect(pairs).toHaveLength(2);
    const swapped = possibleDuplicates.find((candidate: any) => candidate.reason === 'swapped given-name syllables');
    expect(swapped.evidence.map((e: any) => e.quote).join(' | ')).toMatch(/Vũ Quyết Tiến, Phó Bí thư Tỉnh ủy.*\| .*Vũ Tiến Quyết, Phó Bí thư Tỉnh ủy Quảng Ninh|Vũ Tiến Quyết.*\| .*Vũ Quyết Tiến/);
    for (const id of ['person:vu-quyet-tien', 'person:vu-tien-quyet']) {
      expect((await api.data(`query ($id: ID!) { person(id: $id) { id } }`, { id })).person.id).toBe(id);
    }
  });
});
