import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandArticlePaths, readArticle } from '../../src/cli/article-files.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import type { Article } from '../../src/domain/article.js';
import { exportGraph, type GraphExport } from '../../src/store/export-graph.js';
import { resetGraph, testStore } from '../support/neo4j.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'careers', 'articles');
const store = testStore();
let articles: Article[] = [];

/** A fixed shuffle (a linear congruential generator), so every run tries the same orders. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

async function graphAfter(order: readonly Article[]): Promise<GraphExport> {
  await resetGraph(store);
  for (const article of order) await ingestArticle(store, article);
  return exportGraph(store);
}

beforeAll(async () => {
  await store.applySchema();
  articles = await Promise.all((await expandArticlePaths([FIXTURES])).map((file) => readArticle(file, { maxMb: 5 })));
});
afterAll(() => store.close());

describe('order independence', () => {
  it('ingesting the same articles in three orders, and again, gives the same graph', async () => {
    expect(articles.length).toBeGreaterThanOrEqual(12);
    const inOrder = await graphAfter(articles);
    expect(inOrder.nodes.length).toBeGreaterThan(50);
    expect(await graphAfter([...articles].reverse())).toEqual(inOrder);
    expect(await graphAfter(shuffled(articles, 7))).toEqual(inOrder);
    for (const article of shuffled(articles, 11).slice(0, 5)) await ingestArticle(store, article);
    expect(await exportGraph(store)).toEqual(inOrder);
  });
});
