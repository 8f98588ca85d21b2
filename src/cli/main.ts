import { Command } from 'commander';
import { parseEnvironment } from '../config/environment.js';
import { benchCommand } from './bench.js';
import { evalCommand } from './eval.js';
import { evalAnswersCommand } from './eval-answers.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { keysCommand } from './keys.js';
import { PACKAGE_VERSION } from './package-version.js';
import { reprocessCommand } from './reprocess.js';
import { serve } from './serve.js';

/** Prints an error as a person should read it: its message and causes, no stack trace. */
function report(error: unknown): number {
  const exitCode = typeof (error as { exitCode?: unknown }).exitCode === 'number' ? (error as { exitCode: number }).exitCode : 1;
  const lines = [`officials: ${(error as Error).message ?? String(error)}`];
  for (let cause = (error as Error).cause; cause instanceof Error; cause = cause.cause) {
    lines.push(`  caused by: ${cause.message}`);
  }
  if (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace') lines.push(String((error as Error).stack));
  process.stderr.write(`${lines.join('\n')}\n`);
  return exitCode;
}

const program = new Command('officials')
  .description('officials-graph: who held which public post when in Vietnam')
  .version(PACKAGE_VERSION)
  .showHelpAfterError();

program
  .command('serve')
  .description('serve the GraphQL API (and GraphiQL) on HOST:PORT; starts a local Neo4j when NEO4J_URI is unset')
  .action(() => serve(parseEnvironment(process.env)));

program.addCommand(ingestCommand());
program.addCommand(reprocessCommand());
program.addCommand(extractCommand());
program.addCommand(evalCommand());
program.addCommand(evalAnswersCommand());
program.addCommand(benchCommand());
program.addCommand(keysCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exit(report(error));
}
