import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { formatEvalReport } from '../eval/format-scores.js';
import { parseGoldLines, type GoldRecord } from '../eval/gold-model.js';
import type { ExtractedRecord } from '../eval/gold-record.js';
import { scoreCorpus, type EvalScore } from '../eval/score.js';
import { DEFAULT_MAX_MB, readArticle } from './article-files.js';
import { extractRecord } from './extract.js';
import { CommandUsageError, exitWithUsageCode, fileFailureLine, parseCommandOptions } from './options-command.js';

/** Corpus files the gold names could not be read (all are listed). Exit code 1. */
export class EvalCorpusError extends Error {
  override readonly name = 'EvalCorpusError';
  readonly exitCode = 1;
}

export const EvalOptionsModel = z.object({
  corpus: z.string().trim().min(1, 'expected the directory holding the article files the gold names'),
  gold: z.string().trim().min(1, 'expected a gold file: one JSON object per line'),
  verbose: z.boolean(),
  byFile: z.boolean(),
  json: z.boolean(),
});
export type EvalOptions = z.infer<typeof EvalOptionsModel>;

async function readGold(path: string): Promise<GoldRecord[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? `no such file (looked for ${resolve(path)})` : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new CommandUsageError(`--gold ${JSON.stringify(path)}: ${why}: pass the gold JSON Lines file`);
  }
  return parseGoldLines(text, path);
}

async function checkCorpusDirectory(path: string): Promise<void> {
  const stats = await stat(path).catch(() => undefined);
  if (stats?.isDirectory()) return;
  const why = stats === undefined ? `no such directory (looked for ${resolve(path)})` : 'is not a directory';
  throw new CommandUsageError(`--corpus ${JSON.stringify(path)}: ${why}: pass the directory the gold's "file" names are relative to`);
}

/**
 * Extracts every article the gold names (`<corpus>/<file>`) and scores it. All corpus files
 * are read before anything is scored, so that every missing one is reported at once.
 *
 * @throws CommandUsageError (exit 2) for a missing gold file or corpus directory,
 *   GoldFormatError (exit 2) naming each bad gold line, EvalCorpusError (exit 1) listing the
 *   corpus files that cannot be read.
 */
export async function evaluate(options: Pick<EvalOptions, 'corpus' | 'gold'>): Promise<EvalScore> {
  const gold = await readGold(options.gold);
  await checkCorpusDirectory(options.corpus);
  const pairs: { gold: GoldRecord; predicted: ExtractedRecord }[] = [];
  const failures: string[] = [];
  for (const record of gold) {
    const path = join(options.corpus, record.file);
    try {
      const article = await readArticle(path, { maxMb: DEFAULT_MAX_MB });
      pairs.push({ gold: record, predicted: extractRecord(record.file, article) });
    } catch (error) {
      failures.push(fileFailureLine(path, error));
    }
  }
  if (failures.length > 0) {
    throw new EvalCorpusError(
      `${failures.length} of the ${gold.length} files in ${options.gold} cannot be read from ${options.corpus}:\n  ${failures.join('\n  ')}\n` +
        'check --corpus (the "file" names are relative to it) and the names in the gold',
    );
  }
  return scoreCorpus(pairs);
}

/**
 * `officials eval`: prints the score table (with --verbose every miss and false hit first, with
 * --by-file a table of each file's counts), or JSON (totals and each file's scores, misses and
 * false hits).
 */
export async function evalCommandAction(options: EvalOptions): Promise<void> {
  const score = await evaluate(options);
  process.stdout.write(options.json ? `${JSON.stringify(score, null, 2)}\n` : formatEvalReport(score, options));
}

/** The `eval` command, for main.ts to add. */
export function evalCommand(): Command {
  return new Command('eval')
    .description('score the extractor against hand-made gold annotations: precision, recall and F1 per category')
    .requiredOption('--corpus <dir>', 'the directory holding the article files the gold names')
    .requiredOption('--gold <file.jsonl>', 'the gold annotations: one JSON object per article file (see README, "Measuring extraction")')
    .option('--verbose', 'list every miss and false hit, by file', false)
    .option('--by-file', 'also print TP/FP/FN for each file and category', false)
    .option('--json', 'print the scores (totals, and per file the scores, misses and false hits) as JSON', false)
    .showHelpAfterError()
    .exitOverride(exitWithUsageCode)
    .action(async (options: unknown) => {
      await evalCommandAction(parseCommandOptions(EvalOptionsModel, options));
    });
}
