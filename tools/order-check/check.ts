/**
 * Checks that the graph depends neither on the order articles arrive in nor on reading them
 * twice: ingests every article under the given paths into a throwaway local Neo4j in file order
 * and exports the graph (src/store/export-graph.ts); empties it and ingests them in reverse order,
 * then the first half again; and compares the two exports. Prints what differs; exits 1 if
 * anything does.
 *
 * Usage: npx tsx tools/order-check/check.ts <article files or directories>
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_MB, expandArticlePaths, readArticle } from '../../src/cli/article-files.js';
import { createLogger } from '../../src/cli/logger.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { connect } from '../../src/store/connect.js';
import { exportGraph, type GraphExport } from '../../src/store/export-graph.js';
import type { Store } from '../../src/store/store.js';
import type { Article } from '../../src/domain/article.js';

async function ingestInOrder(store: Store, articles: readonly Article[]): Promise<GraphExport> {
  for (const article of articles) await ingestArticle(store, article);
  return exportGraph(store);
}

/** The entries of one export missing from the other, as lines. */
function differences(a: GraphExport, b: GraphExport): string[] {
  const lines = (graph: GraphExport) =>
    new Set([...graph.nodes.map((node) => JSON.stringify(node)), ...graph.relationships.map((relationship) => JSON.stringify(relationship))]);
  const [left, right] = [lines(a), lines(b)];
  return [...[...left].filter((line) => !right.has(line)).map((line) => `- ${line}`), ...[...right].filter((line) => !left.has(line)).map((line) => `+ ${line}`)];
}

const paths = await expandArticlePaths(process.argv.slice(2));
if (paths.length === 0) {
  console.error('Usage: npx tsx tools/order-check/check.ts <article files or directories>');
  process.exit(2);
}
const articles = await Promise.all(paths.map((path) => readArticle(path, { maxMb: DEFAULT_MAX_MB })));
const dataDir = await mkdtemp(join(tmpdir(), 'officials-order-check-'));
const connection = await connect({ username: 'neo4j', password: '', waitSeconds: 120, dataDir, log: createLogger('warn') });
try {
  const { store } = connection;
  await store.applySchema();
  const forward = await ingestInOrder(store, articles);
  await store.write('deleteEverything');
  const reversed = [...articles].reverse();
  const backward = await ingestInOrder(store, [...reversed, ...reversed.slice(0, Math.ceil(reversed.length / 2))]);
  const diff = differences(forward, backward);
  console.log(`${articles.length} articles: ${forward.nodes.length} nodes, ${forward.relationships.length} relationships in file order;`);
  console.log(`reverse order, then half of them again: ${diff.length === 0 ? 'the same graph' : `${diff.length} differences`}`);
  for (const line of diff.slice(0, 40)) console.log(line);
  process.exitCode = diff.length === 0 ? 0 : 1;
} finally {
  await connection.close();
  await rm(dataDir, { recursive: true, force: true });
}
