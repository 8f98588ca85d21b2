import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { articleOn } from '../support/articles.js';
import { graphqlClient } from '../support/graphql.js';
import { freshGraph, testStore } from '../support/neo4j.js';
import { seedArticle } from '../support/seed.js';
import { personId } from '../../src/domain/ids.js';

const store = testStore();
const api = graphqlClient(store);

beforeAll(async () => {
  await freshGraph(store);
  await ingestArticle(store, seedArticle());
  await ingestArticle(store, articleOn('2025-05-10', 'Sáng 10/5, đồng chí Vũ Tiến Quyết, Phó Bí thư Tỉnh ủy Quảng Ninh làm việc với huyện Vân Đồn.'));
  await ingestArticle(store, articleOn('2024-03-02', 'Đồng chí Bùi Thị Minh Nguyệt, Phó Bí thư Tỉnh ủy Hà Tĩnh dự lễ.'));
  await ingestArticle(store, articleOn('2024-09-12', 'Đồng chí Bùi Thị Minh Nguyện, Phó Bí thư Tỉnh ủy Hà Tĩnh dự hội nghị.'));
  // One name in two provinces, with no body in common: two people, not a duplicate pair.
  await ingestArticle(store, articleOn('2021-04-08', 'Đồng chí Nguyễn Thanh Sơn, Giám đốc Sở Tài chính tỉnh Hà Tĩnh dự hội nghị.'));
  await ingestArticle(store, articleOn('2021-11-18', 'Đồng chí Nguyễn Thanh Sơn, Chủ tịch UBND thành phố Tuy Hòa dự hội nghị.'));
  // A name written without diacritics, in the same province and post: two people, listed.
  await ingestArticle(store, articleOn('2021-04-09', 'Đồng chí Le Huu Phuoc, Chủ tịch UBND tỉnh Hà Tĩnh dự hội nghị.'));
  await ingestArticle(store, articleOn('2023-10-12', 'Đồng chí Lê Hữu Phước, Chủ tịch UBND tỉnh Hà Tĩnh dự hội nghị.'));
  // One name seen with a central post, and once without any post in a Hà Tĩnh article: listed.
  await ingestArticle(store, articleOn('2024-02-01', 'Đồng chí Hoàng Trung Dũng, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương dự hội nghị.'));
  await ingestArticle(store, articleOn('2024-03-01', 'Sáng 1/3, Tỉnh ủy Hà Tĩnh tổ chức hội nghị. Dự hội nghị có đồng chí Hoàng Trung Dũng.'));
});
afterAll(() => store.close());

describe('possible duplicates', () => {
  it('lists swapped syllables, one-letter typos, diacritic variants and a name once seen without a post, with the evidence of each, and merges nothing', async () => {
    const { possibleDuplicates } = await api.data(`{
      possibleDuplicates { reason people { name } evidence { quote } }
    }`);
    const pairs = possibleDuplicates.map((candidate: any) => [candidate.reason, candidate.people.map((p: any) => p.name).sort()]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['swapped given-name syllables', ['Vũ Quyết Tiến', 'Vũ Tiến Quyết']],
        ['one-letter difference', ['Bùi Thị Minh Nguyện', 'Bùi Thị Minh Nguyệt']],
        ['diacritic variant', ['Le Huu Phuoc', 'Lê Hữu Phước']],
        ['same name, one of them named without a post', ['Hoàng Trung Dũng', 'Hoàng Trung Dũng']],
      ]),
    );
    expect(pairs).toHaveLength(4);
    const swapped = possibleDuplicates.find((candidate: any) => candidate.reason === 'swapped given-name syllables');
    expect(swapped.evidence.map((e: any) => e.quote).join(' | ')).toMatch(/Vũ Quyết Tiến, Phó Bí thư Tỉnh ủy.*\| .*Vũ Tiến Quyết, Phó Bí thư Tỉnh ủy Quảng Ninh|Vũ Tiến Quyết.*\| .*Vũ Quyết Tiến/);
    for (const id of [personId('Vũ Quyết Tiến', 'Quảng Ninh'), personId('Vũ Tiến Quyết', 'Quảng Ninh')]) {
      expect((await api.data(`query ($id: ID!) { person(id: $id) { id } }`, { id })).person.id).toBe(id);
    }
  });

  it('keeps one name in two provinces as two people, each with their province', async () => {
    const { search } = await api.data(`{ search(text: "nguyen thanh son") { ... on Person { name province { name } } } }`);
    expect(search.map((hit: any) => hit.province?.name).sort()).toEqual(['Hà Tĩnh', 'Phú Yên']);
  });
});
