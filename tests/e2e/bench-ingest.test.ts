import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ArticleModel } from '../../src/domain/article.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { exportGraph } from '../../src/store/export-graph.js';
import type { Store } from '../../src/store/store.js';
import { runCli } from '../support/cli.js';
import { resetGraph, testStore } from '../support/neo4j.js';

const neo4j = inject('neo4j');
const env = { NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, LOG_LEVEL: 'warn' };
let store: Store;

beforeAll(async () => {
  store = testStore();
  await store.applySchema();
  await resetGraph(store);
});
afterAll(async () => {
  await resetGraph(store);
  await store.close();
});

describe('officials bench ingest', () => {
  it('fills an empty graph, times ingest, reads and a merge, and leaves the graph empty', async () => {
    const { code, stdout, stderr } = await runCli(['bench', 'ingest', '--articles', '20'], env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Machine: .+, \d+ cores?, Node v\d+/);
    expect(stdout).toMatch(/\nCorpus: 20 synthetic articles with a recurring cast \(seed 1\), [\d.]+ MB, .*; [\d,]+ people, [\d,]+ of them in 2 or more articles\n/);
    expect(stdout).toMatch(/\nWarm-up: 20 articles ingested and a merge made, not timed, then deleted\n/);
    expect(stdout).toMatch(/\n {2}articles\/s: +[\d,]+\.\d\n/);
    expect(stdout).toMatch(/\n {2}ms per article: +p50 [\d.]+, p95 [\d.]+, max [\d.]+\n/);
    expect(stdout).toMatch(/\n {2}holders p50: +[\d.]+ ms, p95 [\d.]+ ms \(\d+ \(organization, role, date\)/);
    expect(stdout).toMatch(/\n {2}timeline p50: +[\d.]+ ms, p95 [\d.]+ ms \(\d+ people;/);
    expect(stdout).toMatch(/\nCorrection: applyCorrection merging .+ \(\d+ articles?\) into .+ \(\d+ articles?\)\n {2}merge ms: +[\d.]+ \([1-9]\d* articles? read again\)\n$/);
    expect(await exportGraph(store)).toEqual({ nodes: [], relationships: [] });
  }, 240_000);

  it('refuses a graph that holds an article with exit code 2, and writes nothing', async () => {
    const article = ArticleModel.parse({ date: '2024-06-05', text: 'Ngày 5/6, đồng chí Lê Văn Nam, Bí thư Tỉnh ủy Thanh Hóa chủ trì hội nghị.' });
    await ingestArticle(store, article);
    const before = await exportGraph(store);
    expect(before.nodes.filter((node) => node.label === 'Source')).toHaveLength(1);

    const { code, stdout, stderr } = await runCli(['bench', 'ingest', '--articles', '20'], env);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `officials: the graph at ${neo4j.uri} holds 1 article, and bench ingest writes its own articles and then empties the whole graph, ` +
        'so it runs only on an empty database: run it with an empty DATA_DIR (e.g. DATA_DIR=$(mktemp -d) npm run bench -- ingest), ' +
        'or point NEO4J_DATABASE or NEO4J_URI at an empty database\n',
    );
    expect(await exportGraph(store)).toEqual(before);
  }, 60_000);
});
