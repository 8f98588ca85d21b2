import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleModel } from '../../src/domain/article.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { articleOn } from '../support/articles.js';
import { graphqlClient } from '../support/graphql.js';
import { freshGraph, testStore } from '../support/neo4j.js';

const store = testStore();
const api = graphqlClient(store);
const undated = (text: string) => ArticleModel.parse({ title: 'Tin không ngày', date: null, text });

beforeAll(async () => {
  await freshGraph(store);
  // Read in the wrong order on purpose: the later holder first, then two undated articles whose
  // terms tell when they were written.
  await ingestArticle(store, articleOn('2024-03-05', 'Sáng 5/3, ông Phạm Văn Đức, Chủ tịch UBND tỉnh Nam Định, chủ trì hội nghị giao ban.'));
  await ingestArticle(
    store,
    undated('Ngày 10/11, kỳ họp thứ 17 HĐND tỉnh Nam Định khóa XVIII, nhiệm kỳ 2016-2021 đã bầu ông Trần Minh Khôi giữ chức Chủ tịch UBND tỉnh Nam Định nhiệm kỳ 2016-2021.'),
  );
  await ingestArticle(store, undated('Ông Lê Quang Huy, Chủ tịch UBND tỉnh Nam Định nhiệm kỳ 2011-2016, tiếp đoàn công tác.'));
});

afterAll(() => store.close());

describe('the history of a post told partly by undated articles', () => {
  it('orders the holders by the periods the undated articles tell, before the dated holder', async () => {
    const { post } = await api.data(`{ post(id: "post:chu-tich-uy-ban-nhan-dan-tinh-nam-dinh") { history { person { name } firstAttested } } }`);
    expect(post.history.map((tenure: { person: { name: string } }) => tenure.person.name)).toEqual(['Lê Quang Huy', 'Trần Minh Khôi', 'Phạm Văn Đức']);
    // The period orders; it dates nothing.
    expect(post.history.map((tenure: { firstAttested: string | null }) => tenure.firstAttested)).toEqual([null, null, '2024-03-05']);
  });

  it('exposes the period on the source', async () => {
    const { sources } = await api.data(`{ sources(first: 10) { edges { node { publishedOn period { from to } } } } }`);
    const periods = sources.edges.map((edge: { node: { period: unknown } }) => edge.node.period).filter((period: unknown) => period !== null);
    expect(periods).toEqual(expect.arrayContaining([{ from: '2016-01-01', to: '2021-12-31' }, { from: '2011-01-01', to: '2016-12-31' }]));
  });

  it('keeps the day as written on the event and on the election told that day, with no date', async () => {
    const { events } = await api.data(`{ events(organization: "org:hoi-dong-nhan-dan-tinh-nam-dinh") { edges { node { date dateText } } } }`);
    expect(events.edges.map((edge: { node: unknown }) => edge.node)).toEqual([{ date: null, dateText: 'Ngày 10/11' }]);
    const [hit] = (await api.data(`{ search(text: "Trần Minh Khôi") { ... on Person { changes { kind date dateText } } } }`)).search;
    expect(hit.changes).toEqual([{ kind: 'ELECTED', date: null, dateText: 'Ngày 10/11' }]);
  });
});

