import { performance } from 'node:perf_hooks';
import type { Environment } from '../config/environment.js';
import { ArticleModel, type Article } from '../domain/article.js';
import { EMPTY_SNAPSHOT, type MergePeople } from '../domain/corrections.js';
import { holdersQuestions, mergePair, namedPeople, timelinePeople, type NamedPerson } from '../eval/bench-samples.js';
import type { IngestBenchResult } from '../eval/ingest-bench-report.js';
import { castCorpus } from '../eval/synthetic-cast.js';
import { applyCorrection } from '../ingest/apply-correction.js';
import { articleGraphBuilder } from '../ingest/graph-of-article.js';
import { ingestArticle } from '../ingest/ingest-article.js';
import { repository } from '../store/repository.js';
import type { Store } from '../store/store.js';
import { benchReader } from './bench-reads.js';
import type { BenchIngestOptions } from './bench.js';
import { connectFromEnvironment } from './connect-from-environment.js';
import { createLogger } from './logger.js';

/** How many `holders` and `timeline` requests are timed, and how many of each go first untimed. */
const HOLDERS_QUESTIONS = 200;
const TIMELINE_PEOPLE = 100;
const WARMUP_REQUESTS = 10;
/**
 * Articles ingested (and one merge made) before the timed pass, then deleted: Neo4j plans each
 * query the first time it sees it, which takes seconds in all.
 */
const WARMUP_ARTICLES = 20;

/**
 * The graph holds articles or corrections: the bench would mix its articles with them, and it
 * empties the whole graph when done. Exit code 2.
 */
export class GraphNotEmptyError extends Error {
  override readonly name = 'GraphNotEmptyError';
  readonly exitCode = 2;
}

/** Refuses any graph with an article (Source) or a correction in it; nothing is written. */
async function requireEmptyGraph(store: Store, where: string): Promise<void> {
  const sources = await repository.countSources(store);
  const corrections = (await repository.corrections(store)).length;
  if (sources === 0 && corrections === 0) return;
  const count = (n: number, what: string) => (n === 0 ? [] : [`${n} ${what}${n === 1 ? '' : 's'}`]);
  const held = [...count(sources, 'article'), ...count(corrections, 'correction')].join(' and ');
  throw new GraphNotEmptyError(
    `the graph at ${where} holds ${held}, and bench ingest writes its own articles and then empties the whole graph, so it runs only on an empty database: ` +
      'run it with an empty DATA_DIR (e.g. DATA_DIR=$(mktemp -d) npm run bench -- ingest), or point NEO4J_DATABASE or NEO4J_URI at an empty database',
  );
}

/** The corpus as `ingest` reads it: the text normalised (ArticleModel), the meeting as title. */
function benchArticles(options: BenchIngestOptions): Article[] {
  return castCorpus(options.articles, options.seed).map((article) =>
    ArticleModel.parse({ title: article.event, date: article.date, text: article.text }),
  );
}

/** Times `ingestArticle` on each article in turn. */
async function timeIngest(store: Store, articles: readonly Article[]) {
  const perArticleMs: number[] = [];
  const started = performance.now();
  for (const article of articles) {
    const before = performance.now();
    await ingestArticle(store, article);
    perArticleMs.push(performance.now() - before);
  }
  return { totalMs: performance.now() - started, perArticleMs };
}

/** Times one merge of `merged` into `into`, counting the articles it reads again first. */
async function timeMerge(store: Store, into: NamedPerson, merged: NamedPerson, correctionId: string) {
  const naming = new Set([
    ...(await repository.sourceIdsNamingPerson(store, into.id)),
    ...(await repository.sourceIdsNamingPerson(store, merged.id)),
  ]);
  const correction: MergePeople = {
    id: correctionId,
    at: new Date().toISOString(),
    by: 'officials bench ingest',
    note: 'timing a merge of the two most-named people; the graph is emptied afterwards',
    kind: 'MERGE_PEOPLE',
    intoId: into.id,
    personIds: [merged.id],
  };
  const before = performance.now();
  await applyCorrection(store, correction);
  return { ms: performance.now() - before, readAgain: naming.size, into, merged };
}

/**
 * The people of some articles as the graph holds them now: read again with the graph's snapshot
 * (people found to be one share an id).
 */
async function peopleOf(store: Store, articles: readonly Article[]) {
  const builders = articles.map(articleGraphBuilder);
  const naturalIds = builders.flatMap((build) => build(EMPTY_SNAPSHOT).people.flatMap((person) => person.naturalIds));
  const snapshot = await repository.snapshot(store, naturalIds);
  const graphs = builders.map((build) => build(snapshot));
  return { graphs, people: namedPeople(graphs) };
}

/** Ingests `articles` and makes one merge, untimed, then empties the graph again. */
async function warmUp(store: Store, articles: readonly Article[]): Promise<void> {
  await timeIngest(store, articles);
  const pair = mergePair((await peopleOf(store, articles)).people);
  if (pair) await timeMerge(store, pair.into, pair.merged, 'correction:bench-ingest-warm-up');
  await store.write('deleteEverything');
}

/** Fills the empty graph with the corpus, timing the writes, then the reads, then a merge. */
async function measure(store: Store, options: BenchIngestOptions): Promise<IngestBenchResult> {
  const articles = benchArticles(options);
  const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text, 'utf8'), 0);
  const neo4j = await store.serverComponents();
  await store.applySchema();
  const warmupArticles = Math.min(articles.length, WARMUP_ARTICLES);
  await warmUp(store, articles.slice(0, warmupArticles));
  const { totalMs, perArticleMs } = await timeIngest(store, articles);

  // What was written, read again outside the timing.
  const { graphs, people } = await peopleOf(store, articles);
  const reader = benchReader(store);
  const holders = await reader.holders(holdersQuestions(graphs, options.seed, HOLDERS_QUESTIONS), WARMUP_REQUESTS);
  const timeline = await reader.timelines(timelinePeople(people, options.seed, TIMELINE_PEOPLE), WARMUP_REQUESTS);
  const pair = mergePair(people);
  const merge = pair ? await timeMerge(store, pair.into, pair.merged, `correction:bench-ingest-${options.seed}`) : null;
  return {
    articles: articles.length,
    seed: options.seed,
    bytes,
    people: people.length,
    recurringPeople: people.filter((person) => person.articles > 1).length,
    neo4j,
    warmupArticles,
    totalMs,
    perArticleMs,
    warmupRequests: WARMUP_REQUESTS,
    holders: { ms: holders.ms, answered: holders.found },
    timeline: { ms: timeline.ms, entries: timeline.found },
    merge,
  };
}

/**
 * `officials bench ingest`: connects as `ingest` does, refuses a graph that is not empty
 * (GraphNotEmptyError, exit 2), warms Neo4j up (WARMUP_ARTICLES ingested, a merge, all
 * deleted), then ingests the recurring-cast synthetic corpus one article at a time, times
 * `holders` and `person { timeline }` through the API and one merge, and empties the graph
 * again, whatever happened.
 */
export async function benchIngest(options: BenchIngestOptions, env: Environment): Promise<IngestBenchResult> {
  const connection = await connectFromEnvironment(env, createLogger(env.LOG_LEVEL));
  try {
    const where = `${connection.uri}${env.NEO4J_DATABASE ? ` (database ${env.NEO4J_DATABASE})` : ''}`;
    await requireEmptyGraph(connection.store, where);
    try {
      return await measure(connection.store, options);
    } finally {
      await connection.store.write('deleteEverything');
    }
  } finally {
    await connection.close();
  }
}
