import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/cli/ingest-article.js';
import { ArticleModel } from '../../src/domain/article.js';
import { graphqlClient } from '../support/graphql.js';
import { resetGraph, testStore } from '../support/neo4j.js';

const store = testStore();
const api = graphqlClient(store);

const article = (date: string, text: string) => ArticleModel.parse({ title: `Tin ${date}`, date, text });

beforeAll(async () => {
  await store.applySchema();
  await resetGraph(store);
  // Two Secretaries of one Provincial Party Committee, a year apart, and a Deputy Secretary
  // (a post with several holders) seen in both years.
  await ingestArticle(store, article('2020-10-01', 'Sáng 1/10, đồng chí Lê Văn Nam, Bí thư Tỉnh ủy Thanh Hóa chủ trì hội nghị. Dự hội nghị có đồng chí Trần Thị Hoa, Phó Bí thư Tỉnh ủy.'));
  await ingestArticle(store, article('2021-05-01', 'Sáng 1/5, đồng chí Phạm Quốc Bảo, Bí thư Tỉnh ủy Thanh Hóa làm việc với huyện. Cùng dự có đồng chí Trần Thị Hoa, Phó Bí thư Tỉnh ủy.'));
});
afterAll(() => store.close());

const HOLDERS = `query ($role: Role!, $on: Date!) {
  holders(organization: "org:tinh-uy-thanh-hoa", role: $role, on: $on, minCertainty: POSSIBLE) { person { name } certainty reason }
}`;

describe('succession in a single-holder post', () => {
  it('a later holder bounds the earlier tenure: after the takeover only the new Secretary is possible', async () => {
    expect((await api.data(HOLDERS, { role: 'SECRETARY', on: '2021-01-15' })).holders).toEqual([
      { person: { name: 'Lê Văn Nam' }, certainty: 'POSSIBLE', reason: 'after the last attestation (2020-10-01); next holder known from 2021-05-01' },
      { person: { name: 'Phạm Quốc Bảo' }, certainty: 'POSSIBLE', reason: 'before the first attestation (2021-05-01)' },
    ]);
    expect((await api.data(HOLDERS, { role: 'SECRETARY', on: '2021-06-01' })).holders).toEqual([
      { person: { name: 'Phạm Quốc Bảo' }, certainty: 'POSSIBLE', reason: 'after the last attestation (2021-05-01); no later holder known' },
    ]);
  });

  it('a multi-holder post is not bounded by other holders; between attestations is INFERRED', async () => {
    expect((await api.data(HOLDERS, { role: 'DEPUTY_SECRETARY', on: '2021-01-15' })).holders).toEqual([
      { person: { name: 'Trần Thị Hoa' }, certainty: 'INFERRED', reason: 'between attestations 2020-10-01 and 2021-05-01' },
    ]);
  });

  it('gives the predecessor, the successor and the history of the post', async () => {
    const { post } = await api.data(`{
      post(id: "post:bi-thu-tinh-uy-thanh-hoa") {
        history { person { name } firstAttested predecessor { person { name } } successor { person { name } } }
      }
    }`);
    expect(post.history).toEqual([
      { person: { name: 'Lê Văn Nam' }, firstAttested: '2020-10-01', predecessor: null, successor: { person: { name: 'Phạm Quốc Bảo' } } },
      { person: { name: 'Phạm Quốc Bảo' }, firstAttested: '2021-05-01', predecessor: { person: { name: 'Lê Văn Nam' } }, successor: null },
    ]);
  });

  it('has no predecessor or successor in a post with several holders', async () => {
    const { person } = await api.data(`{ person(id: "person:tran-thi-hoa") { tenures { predecessor { id } successor { id } } } }`);
    expect(person.tenures).toEqual([{ predecessor: null, successor: null }]);
  });
});
