import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Command } from 'commander';
import type { Logger } from 'pino';
import { z } from 'zod';
import { parseEnvironment, type Environment } from '../config/environment.js';
import { answersReportJson, formatAnswersReport } from '../eval/format-answers.js';
import { parseQuestionLines, type Question } from '../eval/question-model.js';
import { connect, type Connection } from '../store/connect.js';
import { DEFAULT_MAX_MB, expandArticlePaths, readArticle } from './article-files.js';
import { runAnswersBenchmark, type AnswersBenchmarkResult, type CorpusArticle } from './answers-benchmark.js';
import { connectFromEnvironment } from './connect-from-environment.js';
import { createLogger } from './logger.js';
import { CommandUsageError, exitWithUsageCode, fileFailureLine, parseCommandOptions } from './options-command.js';

/** Corpus files the questions rest on are missing or cannot be read (all are listed). Exit code 1. */
export class AnswersCorpusError extends Error {
  override readonly name = 'AnswersCorpusError';
  readonly code = 'CORPUS_FILES_MISSING';
  readonly exitCode = 1;
}

export const EvalAnswersOptionsModel = z.object({
  corpus: z.string().trim().min(1, 'expected the directory holding the article files the questions name'),
  questions: z.string().trim().min(1, 'expected a questions file: one JSON object per line'),
  useRunning: z.boolean(),
  verbose: z.boolean(),
  json: z.boolean(),
});
export type EvalAnswersOptions = z.infer<typeof EvalAnswersOptionsModel>;

async function readQuestions(path: string): Promise<Question[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? `no such file (looked for ${resolve(path)})` : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new CommandUsageError(`--questions ${JSON.stringify(path)}: ${why}: pass the questions JSON Lines file`);
  }
  return parseQuestionLines(text, path);
}

/**
 * Every article file under `directory`, named relative to it. A file that cannot be read is
 * logged and skipped, unless a question rests on it: then AnswersCorpusError names every such
 * file (and every file the questions name that is not there).
 */
async function readCorpus(directory: string, questions: readonly Question[], log: Logger): Promise<CorpusArticle[]> {
  const stats = await stat(directory).catch(() => undefined);
  if (!stats?.isDirectory()) {
    const why = stats === undefined ? `no such directory (looked for ${resolve(directory)})` : 'is not a directory';
    throw new CommandUsageError(`--corpus ${JSON.stringify(directory)}: ${why}: pass the directory the questions' "files" are relative to`);
  }
  const corpus: CorpusArticle[] = [];
  const unreadable = new Map<string, string>();
  for (const path of await expandArticlePaths([directory])) {
    const file = relative(directory, path);
    try {
      corpus.push({ file, article: await readArticle(path, { maxMb: DEFAULT_MAX_MB }) });
    } catch (error) {
      unreadable.set(file, fileFailureLine(path, error));
    }
  }
  const held = new Set(corpus.map(({ file }) => file));
  const needed = [...new Set(questions.flatMap((question) => question.files))].filter((file) => !held.has(file));
  if (needed.length > 0) {
    const lines = needed.map((file) => unreadable.get(file) ?? `${join(directory, file)}: FILE_NOT_FOUND: no such article file`);
    throw new AnswersCorpusError(
      `${needed.length} of the files the questions rest on cannot be read from ${directory}:\n  ${lines.join('\n  ')}\n` +
        'check --corpus (the "files" are relative to it) and the names in the questions',
    );
  }
  for (const line of unreadable.values()) log.warn(`skipped: ${line}`);
  return corpus;
}

/**
 * A fresh local Neo4j in a temporary directory, whatever NEO4J_URI says; closing it stops the
 * server and deletes its store.
 */
async function throwawayDatabase(env: Environment, log: Logger): Promise<Connection> {
  const dataDir = await mkdtemp(join(tmpdir(), 'officials-eval-answers-'));
  try {
    const connection = await connect({ username: 'neo4j', password: '', waitSeconds: env.NEO4J_WAIT_SECONDS, dataDir, log });
    return {
      ...connection,
      async close() {
        await connection.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Reads the questions and the corpus, ingests the corpus into a throwaway Neo4j (or, with
 * `useRunning`, the one the environment names, as `officials ingest` does), asks every question
 * through the GraphQL API and scores the answers.
 *
 * @throws CommandUsageError (exit 2) for a missing questions file or corpus directory,
 *   QuestionsFormatError (exit 2) naming each bad line, AnswersCorpusError (exit 1) naming the
 *   files the questions rest on that cannot be read.
 */
export async function evaluateAnswers(options: Pick<EvalAnswersOptions, 'corpus' | 'questions' | 'useRunning'>, env: Environment): Promise<AnswersBenchmarkResult> {
  const log = createLogger(env.LOG_LEVEL);
  const questions = await readQuestions(options.questions);
  const corpus = await readCorpus(options.corpus, questions, log);
  const connection = options.useRunning ? await connectFromEnvironment(env, log) : await throwawayDatabase(env, log);
  try {
    log.info(`Ingesting ${corpus.length} articles into ${connection.uri}, then asking ${questions.length} questions`);
    const result = await runAnswersBenchmark(connection.store, corpus, questions, log);
    for (const file of result.ingest.extractionFailed) log.warn(`${file}: EXTRACTION_FAILED: stored without facts; its questions will miss them`);
    return result;
  } finally {
    await connection.close();
  }
}

/** `officials eval-answers`: prints the table (with --verbose every wrong answer first), or JSON. */
export async function evalAnswersCommandAction(options: EvalAnswersOptions, env: Environment): Promise<void> {
  const result = await evaluateAnswers(options, env);
  process.stdout.write(options.json ? `${JSON.stringify(answersReportJson(result), null, 2)}\n` : formatAnswersReport(result, options));
}

/** The `eval-answers` command, for main.ts to add. */
export function evalAnswersCommand(): Command {
  return new Command('eval-answers')
    .description('ingest a corpus and ask questions with known answers through the GraphQL API: how many it answers exactly, per kind')
    .requiredOption('--corpus <dir>', 'the directory holding the article files (the questions\' "files" are relative to it)')
    .requiredOption('--questions <file.jsonl>', 'the questions: one JSON object per line (see the corpus README, "answers.jsonl")')
    .option('--use-running', 'ingest into and ask the Neo4j the environment names (NEO4J_URI, or the local one under DATA_DIR) instead of a throwaway one', false)
    .option('--verbose', 'list every wrong answer: what was expected, what came back, the files it rests on', false)
    .option('--json', 'print the table and the wrong answers as JSON', false)
    .showHelpAfterError()
    .exitOverride(exitWithUsageCode)
    .action(async (options: unknown) => {
      await evalAnswersCommandAction(parseCommandOptions(EvalAnswersOptionsModel, options), parseEnvironment(process.env));
    });
}
