import { describe, expect, it } from 'vitest';
import { BenchExtractOptionsModel, BenchIngestOptionsModel, benchCommand } from '../../../src/cli/bench.js';
import { CommandUsageError, parseCommandOptions } from '../../../src/cli/options-command.js';
import { thrownBy } from '../../support/thrown.js';

const usageError = (parse: () => unknown) => thrownBy(CommandUsageError, parse);

const subcommand = (name: string) => benchCommand().commands.find((command) => command.name() === name)!;

describe('officials bench ingest options', () => {
  it('defaults to 500 articles and seed 1', () => {
    expect(parseCommandOptions(BenchIngestOptionsModel, subcommand('ingest').opts())).toEqual({ articles: 500, seed: 1 });
  });

  it('reads --articles and --seed as whole numbers', () => {
    expect(parseCommandOptions(BenchIngestOptionsModel, { articles: '20', seed: '0' })).toEqual({ articles: 20, seed: 0 });
    expect(parseCommandOptions(BenchIngestOptionsModel, { articles: ' 100000 ', seed: '4294967295' })).toEqual({ articles: 100_000, seed: 4_294_967_295 });
  });

  it.each([
    { articles: '0', seed: '1', message: '--articles "0": expected at least 1' },
    { articles: '100001', seed: '1', message: '--articles "100001": expected at most 100,000' },
    { articles: 'năm trăm', seed: '1', message: '--articles "năm trăm": expected a whole number of articles, such as 500' },
    { articles: '2.5', seed: '1', message: '--articles "2.5": expected a whole number of articles, such as 500' },
    { articles: '20', seed: '-1', message: '--seed "-1": expected a whole number (the generator seed), such as 1' },
    { articles: '20', seed: '4294967296', message: '--seed "4294967296": expected at most 4,294,967,295' },
  ])('refuses --articles $articles --seed $seed with exit code 2: $message', ({ articles, seed, message }) => {
    const error = usageError(() => parseCommandOptions(BenchIngestOptionsModel, { articles, seed }));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(message);
  });

  it('reports a bad --articles and a bad --seed together', () => {
    expect(usageError(() => parseCommandOptions(BenchIngestOptionsModel, { articles: '0', seed: 'x' })).message).toBe(
      '--articles "0": expected at least 1; --seed "x": expected a whole number (the generator seed), such as 1',
    );
  });
});

describe('officials bench extract options', () => {
  it('defaults to 10,000 articles and seed 1, and allows up to a million', () => {
    expect(parseCommandOptions(BenchExtractOptionsModel, subcommand('extract').opts())).toEqual({ articles: 10_000, seed: 1 });
    expect(parseCommandOptions(BenchExtractOptionsModel, { articles: '1000000', seed: '1' })).toEqual({ articles: 1_000_000, seed: 1 });
  });
});
