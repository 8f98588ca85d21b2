import { Command } from 'commander';
import { z } from 'zod';
import type { Article } from '../domain/article.js';
import { parseEnvironment, type Environment } from '../config/environment.js';
import { DEFAULT_MAX_MB, expandArticlePaths, readArticle } from './article-files.js';
import { createIngestProgress } from './article-progress.js';
import { ingestArticle, type IngestResult } from '../ingest/ingest-article.js';
import { connectFromEnvironment } from './connect-from-environment.js';
import { createLogger } from './logger.js';
import { exitWithUsageCode, fileFailureLine, maxMbOption, parseCommandOptions } from './options-command.js';

/** Some files could not be ingested (each was reported; the others were). Exit code 1. */
export class IngestFailedError extends Error {
  override readonly name = 'IngestFailedError';
  readonly exitCode = 1;
}

/** `officials ingest` options as commander gives them, validated. */
export const IngestOptionsModel = z.object({
  maxMb: maxMbOption,
  progress: z.boolean(),
});

export type IngestOptions = z.infer<typeof IngestOptionsModel>;

/**
 * Validates commander's options for `ingest`.
 *
 * @throws CommandUsageError naming the option, e.g. `--max-mb "abc": expected a positive number…`.
 */
export function parseIngestOptions(options: unknown): IngestOptions {
  return parseCommandOptions(IngestOptionsModel, options);
}

/**
 * What a run of `officials ingest` did. `read` counts every file tried; `readAgain` those whose
 * text was stored but read by an older extractor or failed before; `failed` the bad files and
 * the articles the extractor failed on (stored, marked FAILED).
 */
export interface IngestSummary {
  read: number;
  ingested: number;
  readAgain: number;
  unchanged: number;
  failed: number;
  people: number;
  posts: number;
  tenures: number;
  events: number;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Which count of the summary an article's outcome adds to. */
const SUMMARY_FIELD = { INGESTED: 'ingested', REREAD: 'readAgain', UNCHANGED: 'unchanged', FAILED: 'failed' } as const satisfies Record<
  IngestResult['outcome'],
  keyof IngestSummary
>;

/**
 * The summary printed on stdout.
 *
 * @example
 * formatSummary({ read: 4, ingested: 1, readAgain: 1, unchanged: 1, failed: 1, people: 2, posts: 1, tenures: 2, events: 1 })
 * // 'Articles: 4 read, 1 ingested, 1 read again (older extractor), 1 unchanged (already ingested), 1 failed\n'
 * // + 'Written: 2 people, 1 post, 2 tenures, 1 event\n'
 */
export function formatSummary(summary: IngestSummary): string {
  return (
    `Articles: ${summary.read} read, ${summary.ingested} ingested, ${summary.readAgain} read again (older extractor), ` +
    `${summary.unchanged} unchanged (already ingested), ${summary.failed} failed\n` +
    `Written: ${count(summary.people, 'person', 'people')}, ${count(summary.posts, 'post', 'posts')}, ` +
    `${count(summary.tenures, 'tenure', 'tenures')}, ${count(summary.events, 'event', 'events')}\n`
  );
}

interface Ingester {
  ingest(article: Article): Promise<IngestResult>;
  close(): Promise<void>;
}

/**
 * Connects to Neo4j (connect(): NEO4J_URI, or the local one) and applies the schema. Done when
 * the first article has parsed, so a run whose files are all bad starts no Neo4j and reports at
 * once.
 */
async function openIngester(env: Environment): Promise<Ingester> {
  const log = createLogger(env.LOG_LEVEL);
  const connection = await connectFromEnvironment(env, log);
  try {
    await connection.store.applySchema();
    return { ingest: (article) => ingestArticle(connection.store, article, { log }), close: () => connection.close() };
  } catch (error) {
    await connection.close();
    throw error;
  }
}

/**
 * `officials ingest <file|dir>...`: reads each article file in order, ingests it, and reports
 * each bad file on one line of stderr (it is skipped and writes nothing; the others go on).
 * Prints the summary on stdout, then throws IngestFailedError (exit 1) if any file failed.
 * Trouble with Neo4j itself stops the run (exit 1, via main.ts).
 */
export async function ingest(args: readonly string[], options: IngestOptions, env: Environment): Promise<IngestSummary> {
  const paths = await expandArticlePaths(args);
  const summary: IngestSummary = { read: 0, ingested: 0, readAgain: 0, unchanged: 0, failed: 0, people: 0, posts: 0, tenures: 0, events: 0 };
  let unreadable = 0;
  const progress = createIngestProgress(paths.length, options.progress);
  let ingester: Ingester | undefined;
  try {
    for (const path of paths) {
      summary.read += 1;
      let article: Article;
      try {
        article = await readArticle(path, { maxMb: options.maxMb });
      } catch (error) {
        summary.failed += 1;
        progress.log(fileFailureLine(path, error));
        progress.advance(path);
        continue;
      }
      ingester ??= await openIngester(env);
      try {
        const result = await ingester.ingest(article);
        summary[SUMMARY_FIELD[result.outcome]] += 1;
        if (result.outcome === 'FAILED') {
          unreadable += 1;
          progress.log(`${path}: EXTRACTION_FAILED: ${result.sourceId} stored marked FAILED, without its facts: ${result.extraction.error}`);
        }
        summary.people += result.people;
        summary.posts += result.posts;
        summary.tenures += result.tenures;
        summary.events += result.events;
      } catch (error) {
        summary.failed += 1;
        progress.log(fileFailureLine(path, error));
      }
      progress.advance(path);
    }
  } finally {
    progress.stop();
    await ingester?.close();
  }
  process.stdout.write(formatSummary(summary));
  if (summary.failed > 0) {
    const retry =
      unreadable > 0 ? `; those marked EXTRACTION_FAILED are stored with their text, and \`officials reprocess\` reads them again once the extractor is fixed` : '';
    throw new IngestFailedError(
      `${summary.failed} of ${count(summary.read, 'file', 'files')} could not be ingested: fix the ones listed above and run again (articles already ingested are skipped as unchanged)${retry}`,
    );
  }
  return summary;
}

/** The `ingest` command, for main.ts to add. */
export function ingestCommand(): Command {
  return new Command('ingest')
    .description('ingest news articles: .txt, .json, .html/.htm files, or directories of them (searched recursively)')
    .argument('<file|dir...>', 'article files, or directories holding them')
    .option('--max-mb <n>', 'refuse files larger than N megabytes (1 MB = 1024 KiB)', String(DEFAULT_MAX_MB))
    .option('--no-progress', 'no progress bar on stderr (there is none when stderr is not a terminal)')
    .showHelpAfterError()
    .exitOverride(exitWithUsageCode)
    .action(async (paths: string[], options: unknown) => {
      await ingest(paths, parseIngestOptions(options), parseEnvironment(process.env));
    });
}
