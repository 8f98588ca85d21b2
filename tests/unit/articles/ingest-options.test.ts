import { describe, expect, it } from 'vitest';
import { formatSummary, parseIngestOptions } from '../../../src/cli/ingest.js';
import { CommandUsageError } from '../../../src/cli/options-command.js';

describe('officials ingest options', () => {
  it('reads --max-mb as a number of megabytes', () => {
    expect(parseIngestOptions({ maxMb: '5', progress: true })).toEqual({ maxMb: 5, progress: true });
    expect(parseIngestOptions({ maxMb: '0.5', progress: false })).toEqual({ maxMb: 0.5, progress: false });
  });

  it.each(['abc', '0', '-3', '', '1e3', '2000'])('refuses --max-mb %j with exit code 2, naming the flag and the value', (maxMb) => {
    let error: unknown;
    try {
      parseIngestOptions({ maxMb, progress: true });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CommandUsageError);
    expect((error as CommandUsageError).exitCode).toBe(2);
    expect((error as CommandUsageError).message).toMatch(new RegExp(`^--max-mb ${JSON.stringify(maxMb)}: expected `));
  });
});

describe('the ingest summary', () => {
  it('counts articles and what was written, in words that agree with the numbers', () => {
    expect(formatSummary({ read: 5, ingested: 2, readAgain: 1, unchanged: 1, failed: 1, people: 1, posts: 3, tenures: 1, events: 0 })).toBe(
      'Articles: 5 read, 2 ingested, 1 read again (older extractor), 1 unchanged (already ingested), 1 failed\nWritten: 1 person, 3 posts, 1 tenure, 0 events\n',
    );
  });
});
