import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { z } from 'zod';
import { normalizeVietnamese } from '../domain/text.js';
import { formatBench, type BenchResult, type MachineInfo } from '../eval/bench-stats.js';
import { syntheticCorpus } from '../eval/synthetic-corpus.js';
import { extract } from '../extract/index.js';
import { exitWithUsageCode, parseCommandOptions } from './options-command.js';

/** The most articles a run generates (about 4 GB of text beyond this would not fit in memory). */
const MAX_ARTICLES = 1_000_000;
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

/** The `bench` command and its `extract` subcommand, for main.ts to add. */
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
  return new Command('bench')
    .description('benchmarks (no database): `bench extract`')
    .showHelpAfterError()
    .exitOverride(exitWithUsageCode)
    .addCommand(extractBench);
}
