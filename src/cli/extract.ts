import { Command } from 'commander';
import { z } from 'zod';
import type { Article } from '../domain/article.js';
import { formatRecord } from '../eval/format-record.js';
import { toGoldRecord, type ExtractedRecord } from '../eval/gold-record.js';
import { extract } from '../extract/index.js';
import { DEFAULT_MAX_MB, expandArticlePaths, readArticle } from './article-files.js';
import { exitWithUsageCode, fileFailureLine, maxMbOption, parseCommandOptions } from './options-command.js';

/** Some files could not be read (each was reported; the others were extracted). Exit code 1. */
export class ExtractFailedError extends Error {
  override readonly name = 'ExtractFailedError';
  readonly exitCode = 1;
}

export const ExtractOptionsModel = z.object({ json: z.boolean(), maxMb: maxMbOption });
export type ExtractOptions = z.infer<typeof ExtractOptionsModel>;

/** Extracts one article read from a file into the gold format (`file` is the path as given). */
export function extractRecord(file: string, article: Article): ExtractedRecord {
  return toGoldRecord(file, article, extract(article.text, { date: article.date, title: article.title, url: article.url }));
}

/**
 * `officials extract <file|dir>...`: reads each article file as ingest does, extracts, and
 * prints one record per file in input order: JSON Lines in the gold format with --json, a
 * readable summary without. No database. A bad file is reported on one line of stderr and
 * skipped; then ExtractFailedError (exit 1).
 */
export async function extractFiles(args: readonly string[], options: ExtractOptions): Promise<void> {
  const paths = await expandArticlePaths(args);
  let failed = 0;
  let printed = 0;
  for (const path of paths) {
    let article: Article;
    try {
      article = await readArticle(path, { maxMb: options.maxMb });
    } catch (error) {
      failed += 1;
      process.stderr.write(`${fileFailureLine(path, error)}\n`);
      continue;
    }
    const record = extractRecord(path, article);
    // Without --json, a blank line between files.
    process.stdout.write(options.json ? `${JSON.stringify(record)}\n` : `${printed > 0 ? '\n' : ''}${formatRecord(record)}`);
    printed += 1;
  }
  if (failed > 0) {
    throw new ExtractFailedError(
      `${failed} of ${paths.length} ${paths.length === 1 ? 'file' : 'files'} could not be read: fix the ones listed above and run again`,
    );
  }
}

/** The `extract` command, for main.ts to add. */
export function extractCommand(): Command {
  return new Command('extract')
    .description('print what the extractor finds in article files (people, titles, events, changes); no database')
    .argument('<file|dir...>', 'article files (.txt, .json, .html/.htm), or directories holding them')
    .option('--json', 'one JSON object per file (JSON Lines), in the gold annotation format', false)
    .option('--max-mb <n>', 'refuse files larger than N megabytes (1 MB = 1024 KiB)', String(DEFAULT_MAX_MB))
    .showHelpAfterError()
    .exitOverride(exitWithUsageCode)
    .action(async (paths: string[], options: unknown) => {
      await extractFiles(paths, parseCommandOptions(ExtractOptionsModel, options));
    });
}
