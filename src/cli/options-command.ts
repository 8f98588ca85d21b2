import type { CommanderError } from 'commander';
import { z } from 'zod';
import { ArticleError } from './article-error.js';

/** A command was called wrongly (a bad option value, a missing input file). Exit code 2. */
export class CommandUsageError extends Error {
  override readonly name = 'CommandUsageError';
  readonly exitCode = 2;
}

/**
 * Validates commander's options with a zod model; every problem names its flag and the value
 * given, all reported together.
 *
 * @throws CommandUsageError, e.g. `--articles "abc": expected a whole number of articles, such as 10000`.
 */
export function parseCommandOptions<Model extends z.ZodType>(model: Model, options: unknown): z.output<Model> {
  const result = model.safeParse(options);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    const flag = `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
    const given = (options as Record<string, unknown> | null)?.[name];
    return `${flag}${typeof given === 'string' ? ` ${JSON.stringify(given)}` : ''}: ${issue.message}`;
  });
  throw new CommandUsageError(problems.join('; '));
}

/** Commander usage errors (missing argument, unknown option) exit 2; help and version exit 0. */
export function exitWithUsageCode(error: CommanderError): never {
  process.exit(error.exitCode === 0 ? 0 : 2);
}

/** One line about a file that was skipped: `path: CODE: what is wrong and how to fix it` (as ingest prints). */
export function fileFailureLine(path: string, error: unknown): string {
  if (error instanceof ArticleError) return `${path}: ${error.code}: ${error.detail}`;
  const code = (error as { code?: unknown }).code;
  return `${path}: ${typeof code === 'string' ? code : ((error as Error).name ?? 'Error')}: ${(error as Error).message ?? String(error)}`;
}

/** The largest `--max-mb`: a file is read whole into memory. */
const MAX_MAX_MB = 1024;

/** `--max-mb <n>` as commander gives it (a string): a positive number of megabytes, at most 1024. */
export const maxMbOption = z
  .string()
  .trim()
  .regex(/^(\d+(\.\d*)?|\.\d+)$/, 'expected a positive number of megabytes, such as 5 or 0.5')
  .transform(Number)
  .pipe(
    z
      .number()
      .positive('expected a positive number of megabytes, such as 5 or 0.5')
      .max(MAX_MAX_MB, `expected at most ${MAX_MAX_MB} megabytes`),
  );
