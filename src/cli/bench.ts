import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { z } from 'zod';
import { parseEnvironment } from '../config/environment.js';
import { normalizeVietnamese } from '../domain/text.js';
import { formatBench, type BenchResult, type MachineInfo } from '../eval/bench-stats.js';
import { formatIngestBench } from '../eval/ingest-bench-report.js';
import { syntheticCorpus } from '../eval/synthetic-corpus.js';
import { extract } from '../extract/index.js';
import { benchIngest } from './bench-ingest.js';
import { exitWithUsageCode, parseCommandOptions } from './options-command.js';

/** The most articles a run generates (about 4 GB of text beyond this would not fit in memory). */
const MAX_ARTICLES = 1_000_000;
/**
 * The most articles `bench ingest` writes: at tens of articles a second that is about an hour,
 * and the graph is emptied at the end in one transaction.
 */
const MAX_INGEST_ARTICLES = 100_000;
/** Warm-up: this share of the corpus, within [WARMUP_MIN, WARMUP_MAX] articles (fewer if the corpus is smaller). */
const WARMUP_SHARE = 0.05;
const WARMUP_MIN = 100;
const WARMUP_MAX = 1000;

const wholeNumber = (what: string, example: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `expected a whole number ${what}, such as ${example}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `expected at least ${min}`)
        .max(max, `expected at most ${max.toLocaleString('en-US')}`),
    );

export const BenchExtractOptionsModel = z.object({
  articles: wholeNumber('of articles', '10000', 1, MAX_ARTICLES),
  seed: wholeNumber('(the generator seed)', '1', 0, 0xffff_ffff),
});
export type BenchExtractOptions = z.infer<typeof BenchExtractOptionsModel>;

export const BenchIngestOptionsModel = z.object({
  articles: wholeNumber('of articles', '500', 1, MAX_INGEST_ARTICLES),
  seed: wholeNumber('(the generator seed)', '1', 0, 0xffff_ffff),
});
export type BenchIngestOptions = z.infer<typeof BenchIngestOptionsModel>;

function machine(): MachineInfo {
  const all = cpus();
  return { cpu: all[0]?.model.trim() ?? 'unknown CPU', cores: all.length, node: process.version, platform: `${process.platform} ${process.arch}` };
}

/**
 * Generates the synthetic corpus (normalised as ingest would, outside the timing), warms the
 * extractor up on its first articles, then times `extract` on every article, one after
 * another on this one thread.
 */
export function benchExtract(options: BenchExtractOptions): BenchResult {
  const corpus = syntheticCorpus(options.articles, options.seed).map((article) => ({
    date: article.date,
    body: normalizeVietnamese(article.text),
  }));
  const bytes = corpus.reduce((sum, article) => sum + Buffer.byteLength(article.body, 'utf8'), 0);
  const warmup = Math.min(corpus.length, Math.max(WARMUP_MIN, Math.min(WARMUP_MAX, Math.round(corpus.length * WARMUP_SHARE))));
  let found = 0;
  for (const article of corpus.slice(0, warmup)) found += extract(article.body, { date: article.date }).persons.length;
  const perArticleMs: number[] = new Array<number>(corpus.length);
  const started = performance.now();
  for (const [index, article] of corpus.entries()) {
    const before = performance.now();
    found += extract(article.body, { date: article.date }).persons.length;
    perArticleMs[index] = performance.now() - before;
  }
  const totalMs = performance.now() - started;
  // Uses the results, so that no engine can skip the work.
  if (found < 0) throw new Error('unreachable');
  return { articles: corpus.length, seed: options.seed, bytes, warmupArticles: warmup, totalMs, perArticleMs };
}

/** The `bench` command and its `extract` and `ingest` subcommands, for main.ts to add. */
export function benchCommand(): Command {
  const extractBench = new Command('extract')
    .description('time the extractor on a deterministic synthetic corpus of Vietnamese articles: articles/s, MB/s, ms per article')
    .option('--articles <n>', 'how many articles to generate and extract', '10000')
    .option('--seed <s>', 'the generator seed: the same seed gives the same corpus', '1')
    .showHelpAfterError()
    .exitOverride(exitWithUsageCode)
    .action((options: unknown) => {
      const parsed = parseCommandOptions(BenchExtractOptionsModel, options);
      process.stdout.write(formatBench(benchExtract(parsed), machine()));
    });
  const ingestBench = new Command('ingest')
    .description(
      'time the store on a synthetic corpus with a recurring cast: ingest (articles/s, ms per article), holders and timeline reads, one merge; ' +
        'needs an empty database (NEO4J_URI, or the local Neo4j under DATA_DIR) and empties it again',
    )
    .option('--articles <n>', 'how many articles to generate and ingest', '500')
    .option('--seed <s>', 'the generator seed: the same seed gives the same corpus', '1')
    .showHelpAfterError()
    .exitOverride(exitWithUsageCode)
    .action(async (options: unknown) => {
      const parsed = parseCommandOptions(BenchIngestOptionsModel, options);
      const result = await benchIngest(parsed, parseEnvironment(process.env));
      process.stdout.write(formatIngestBench(result, machine()));
    });
  return new Command('bench')
    .description('benchmarks: `bench extract` (no database), `bench ingest` (an empty Neo4j)')
    .showHelpAfterError()
    .exitOverride(exitWithUsageCode)
    .addCommand(extractBench)
    .addCommand(ingestBench);
}
