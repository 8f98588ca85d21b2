import { Command } from 'commander';
import { z } from 'zod';
import { parseEnvironment, type Environment } from '../config/environment.js';
import { CURRENT_EXTRACTOR, EXTRACTOR_VERSION, type Extractor } from '../extract/index.js';
import { countSourcesToReprocess, reprocessSource, sourceIdsToReprocess, type SourceReprocessed, type SourceSelection } from '../ingest/reprocess.js';
import { createIngestProgress } from './article-progress.js';
import { connectFromEnvironment } from './connect-from-environment.js';
import { createLogger } from './logger.js';
import { exitWithUsageCode, parseCommandOptions } from './options-command.js';

/** Some sources could not be read again (each was reported; the others were). Exit code 1. */
export class ReprocessFailedError extends Error {
  override readonly name = 'ReprocessFailedError';
  readonly exitCode = 1;
}

/** `officials reprocess` options as commander gives them, validated. */
export const ReprocessOptionsModel = z
  .object({
    all: z.boolean().default(false),
    olderThan: z
      .string()
      .trim()
      .regex(/^\d+$/, 'expected an extractor version, a whole number such as 2')
      .transform(Number)
      .pipe(
        z
          .number()
          .min(1, 'expected an extractor version of at least 1')
          .max(EXTRACTOR_VERSION, `the current extractor is version ${EXTRACTOR_VERSION}: give at most ${EXTRACTOR_VERSION}, or --all to read every source again`),
      )
      .optional(),
    progress: z.boolean().default(true),
  })
  .refine((options) => !(options.all && options.olderThan !== undefined), { path: ['all'], message: 'give --all or --older-than, not both' });

export type ReprocessOptions = z.infer<typeof ReprocessOptionsModel>;

/**
 * Validates commander's options for `reprocess`.
 *
 * @throws CommandUsageError naming the option, e.g. `--older-than "abc": expected an extractor version…`.
 */
export function parseReprocessOptions(options: unknown): ReprocessOptions {
  return parseCommandOptions(ReprocessOptionsModel, options);
}

/**
 * The sources the options select: `--all` every one; `--older-than N` those read by a version
 * below N; by default those read by a version below the current one. Those the extractor
 * failed on are selected too (but with `--all`, which takes them anyway).
 *
 * @example selectionOf({ all: false, progress: true }, 2) // { olderThan: 2 }
 */
export function selectionOf(options: Pick<ReprocessOptions, 'all' | 'olderThan'>, currentVersion = EXTRACTOR_VERSION): SourceSelection {
  return { olderThan: options.all ? null : (options.olderThan ?? currentVersion) };
}

/** What a run of `officials reprocess` did; `selected` and `total` as counted before it started. */
export interface ReprocessSummary {
  version: number;
  total: number;
  selected: number;
  readAgain: number;
  unchanged: number;
  failed: number;
  skipped: number;
}

/**
 * The summary printed on stdout.
 *
 * @example
 * formatReprocessSummary({ version: 2, total: 9, selected: 4, readAgain: 1, unchanged: 1, failed: 1, skipped: 1 })
 * // 'Extractor version 2: 4 of 9 sources selected\n'
 * // + 'Sources: 1 read again, 1 unchanged, 1 failed, 1 skipped\n'
 */
export function formatReprocessSummary(summary: ReprocessSummary): string {
  return (
    `Extractor version ${summary.version}: ${summary.selected} of ${summary.total} ${summary.total === 1 ? 'source' : 'sources'} selected\n` +
    `Sources: ${summary.readAgain} read again, ${summary.unchanged} unchanged, ${summary.failed} failed, ${summary.skipped} skipped\n`
  );
}

/** The lines about a source that failed or was skipped (and the other sources that failed with it): `id: CODE: why`. */
export function reprocessLines(result: SourceReprocessed): string[] {
  const lines = result.code === null ? [] : [`${result.sourceId}: ${result.code}: ${result.error}`];
  for (const other of result.alsoFailed) {
    lines.push(`${other.sourceId}: EXTRACTION_FAILED: ${other.error} (read again for the people it shares with ${result.sourceId}; marked FAILED)`);
  }
  return lines;
}

const SUMMARY_FIELD = { REREAD: 'readAgain', UNCHANGED: 'unchanged', FAILED: 'failed', SKIPPED: 'skipped' } as const;

/**
 * `officials reprocess [--all | --older-than N]`: reads the selected sources again from the
 * text each keeps, one transaction per source, paging through their ids; reports each source
 * that failed or was skipped on one line of stderr and prints the summary on stdout, then
 * throws ReprocessFailedError (exit 1) if any failed. `extractor` is the current one but for tests.
 */
export async function reprocess(options: ReprocessOptions, env: Environment, extractor: Extractor = CURRENT_EXTRACTOR): Promise<ReprocessSummary> {
  const log = createLogger(env.LOG_LEVEL);
  const connection = await connectFromEnvironment(env, log);
  const selection = selectionOf(options, extractor.version);
  const failedIds = new Set<string>();
  let summary: ReprocessSummary | undefined;
  try {
    const { store } = connection;
    await store.applySchema();
    const { selected, total } = await countSourcesToReprocess(store, selection);
    summary = { version: extractor.version, total, selected, readAgain: 0, unchanged: 0, failed: 0, skipped: 0 };
    const progress = createIngestProgress(selected, options.progress, process.stderr, 'reprocessing');
    try {
      for await (const sourceId of sourceIdsToReprocess(store, selection)) {
        const result = await reprocessSource(store, sourceId, extractor);
        if (result.outcome !== 'FAILED') summary[SUMMARY_FIELD[result.outcome]] += 1;
        if (result.outcome === 'FAILED') failedIds.add(sourceId);
        for (const other of result.alsoFailed) failedIds.add(other.sourceId);
        if (result.code !== null) log.error({ sourceId, code: result.code, error: result.error }, 'A source was not read again');
        for (const line of reprocessLines(result)) progress.log(line);
        progress.advance(sourceId);
      }
    } finally {
      progress.stop();
    }
    summary.failed = failedIds.size;
  } finally {
    await connection.close();
  }
  process.stdout.write(formatReprocessSummary(summary));
  if (summary.failed > 0) {
    throw new ReprocessFailedError(
      `${summary.failed} ${summary.failed === 1 ? 'source' : 'sources'} could not be read by extractor version ${summary.version}: see the lines above. They are marked FAILED (Source.extraction, \`sources(status: FAILED)\`), keep the facts an earlier reading gave, and the next \`officials reprocess\` reads them again.`,
    );
  }
  return summary;
}

/** The `reprocess` command, for main.ts to add. */
export function reprocessCommand(): Command {
  return new Command('reprocess')
    .description(
      `read stored articles again with the current extractor (version ${EXTRACTOR_VERSION}): by default those an older version read or it failed on`,
    )
    .option('--all', 'read every stored article again')
    .option('--older-than <version>', 'read again the articles an extractor older than <version> read (and those it failed on)')
    .option('--no-progress', 'no progress bar on stderr (there is none when stderr is not a terminal)')
    .showHelpAfterError()
    .exitOverride(exitWithUsageCode)
    .action(async (options: unknown) => {
      await reprocess(parseReprocessOptions(options), parseEnvironment(process.env));
    });
}
