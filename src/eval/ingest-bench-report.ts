/** What `officials bench ingest` measured, and how it is printed. */
import { formatCorpusSize, formatLatency, formatMachine, grouped, percentile, type MachineInfo } from './bench-stats.js';
import type { NamedPerson } from './bench-samples.js';

export interface IngestBenchResult {
  articles: number;
  seed: number;
  /** UTF-8 bytes of all the article bodies, normalised. */
  bytes: number;
  /** People written, and how many of them more than one article names. */
  people: number;
  recurringPeople: number;
  neo4j: { version: string; edition: string };
  /** Articles ingested (and a merge made) before the timed pass, then deleted. */
  warmupArticles: number;
  /** Wall time of the timed pass over all articles, in milliseconds. */
  totalMs: number;
  /** Each article's `ingestArticle` time, in milliseconds, in corpus order. */
  perArticleMs: readonly number[];
  /** Requests of each kind made before the timed ones. */
  warmupRequests: number;
  holders: { ms: readonly number[]; answered: number };
  timeline: { ms: readonly number[]; entries: number };
  /** Null when the corpus names fewer than two people. */
  merge: { ms: number; readAgain: number; into: NamedPerson; merged: NamedPerson } | null;
}

const label = (text: string) => `  ${`${text}:`.padEnd(18)} `;
const latency = (ms: readonly number[]) => `${percentile(ms, 50).toFixed(2)} ms, p95 ${percentile(ms, 95).toFixed(2)} ms`;
const articles = (n: number) => `${grouped(n)} ${n === 1 ? 'article' : 'articles'}`;

/** The report: the machine, the corpus, Neo4j, then ingest throughput, read latency and the merge. */
export function formatIngestBench(result: IngestBenchResult, machine: MachineInfo): string {
  const seconds = result.totalMs / 1000;
  const { holders, timeline, merge } = result;
  const lines = [
    formatMachine(machine),
    `Corpus: ${grouped(result.articles)} synthetic articles with a recurring cast (seed ${result.seed}), ` +
      `${formatCorpusSize(result.articles, result.bytes)}; ${grouped(result.people)} people, ${grouped(result.recurringPeople)} of them in 2 or more articles`,
    `Neo4j: ${result.neo4j.version} ${result.neo4j.edition}, empty at the start and emptied at the end`,
    `Warm-up: ${articles(result.warmupArticles)} ingested and a merge made, not timed, then deleted`,
    `Timed: ingestArticle() over all ${articles(result.articles)}, one after another (extract, resolve, one write transaction each): ${seconds.toFixed(2)} s`,
    `${label('articles/s')}${(result.articles / Math.max(seconds, 1e-9)).toFixed(1)}`,
    `${label('ms per article')}${formatLatency(result.perArticleMs, 2)}`,
    `Reads on the filled graph: the in-process GraphQL API, one request at a time, after ${result.warmupRequests} untimed of each kind`,
    `${label('holders p50')}${latency(holders.ms)} (${grouped(holders.ms.length)} (organization, role, date) near the tenures written; ${grouped(holders.answered)} with a holder)`,
    `${label('timeline p50')}${latency(timeline.ms)} (${grouped(timeline.ms.length)} people; ${(timeline.entries / Math.max(1, timeline.ms.length)).toFixed(1)} entries on average)`,
  ];
  if (merge) {
    lines.push(
      `Correction: applyCorrection merging ${merge.merged.name} (${articles(merge.merged.articles)}) into ${merge.into.name} (${articles(merge.into.articles)})`,
      `${label('merge ms')}${merge.ms.toFixed(1)} (${articles(merge.readAgain)} read again)`,
    );
  } else {
    lines.push('Correction: none timed (the corpus names fewer than two people)');
  }
  return `${lines.join('\n')}\n`;
}
