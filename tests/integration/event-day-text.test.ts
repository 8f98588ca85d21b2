import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleModel, type Article } from '../../src/domain/article.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { exportGraph } from '../../src/store/export-graph.js';
import { resetGraph, testStore } from '../support/neo4j.js';

const store = testStore();
const undated = (title: string, text: string): Article => ArticleModel.parse({ title, date: null, text });

// Two undated reports of one session, its day written two ways.
const FIRST = undated('Kỳ họp bất thường', 'Chiều 30/7, HĐND tỉnh Thái Bình tổ chức kỳ họp bất thường. Kỳ họp đã bầu ông Trần Văn Sơn giữ chức Chủ tịch UBND tỉnh Thái Bình.');
const SECOND = undated('Thái Bình có tân Chủ tịch', 'Ngày 30/7, HĐND tỉnh Thái Bình tổ chức kỳ họp bất thường để kiện toàn nhân sự.');

beforeAll(() => store.applySchema());
afterAll(() => store.close());

async function eventsAfter(order: readonly Article[]) {
  await resetGraph(store);
  for (const article of order) await ingestArticle(store, article);
  return (await exportGraph(store)).nodes.filter((node) => node.label === 'Event');
}

describe('the day of an undated event written two ways', () => {
  it('is the same whatever order the reports arrive in', async () => {
    const inOrder = await eventsAfter([FIRST, SECOND]);
    expect(inOrder.map((node) => (node.properties as { dateText?: string }).dateText)).toEqual(['Chiều 30/7']);
    expect(await eventsAfter([SECOND, FIRST])).toEqual(inOrder);
  });
});
