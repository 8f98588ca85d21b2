import { describe, expect, it } from 'vitest';
import { CommandUsageError } from '../../../src/cli/options-command.js';
import { formatReprocessSummary, parseReprocessOptions, reprocessLines, selectionOf } from '../../../src/cli/reprocess.js';
import { EXTRACTOR_VERSION } from '../../../src/extract/index.js';
import { thrownBy } from '../../support/thrown.js';

describe('officials reprocess options', () => {
  it.each([
    { given: { progress: true }, parsed: { all: false, progress: true } },
    { given: { all: true, progress: false }, parsed: { all: true, progress: false } },
    { given: { olderThan: ' 1 ', progress: true }, parsed: { all: false, olderThan: 1, progress: true } },
    { given: { olderThan: String(EXTRACTOR_VERSION), progress: true }, parsed: { all: false, olderThan: EXTRACTOR_VERSION, progress: true } },
  ])('accepts $given', ({ given, parsed }) => {
    expect(parseReprocessOptions(given)).toEqual(parsed);
  });

  it.each([
    { given: { olderThan: 'abc' }, message: '--older-than "abc": expected an extractor version, a whole number such as 2' },
    { given: { olderThan: '1.5' }, message: '--older-than "1.5": expected an extractor version, a whole number such as 2' },
    { given: { olderThan: '0' }, message: '--older-than "0": expected an extractor version of at least 1' },
    {
      given: { olderThan: String(EXTRACTOR_VERSION + 1) },
      message: `--older-than "${EXTRACTOR_VERSION + 1}": the current extractor is version ${EXTRACTOR_VERSION}: give at most ${EXTRACTOR_VERSION}, or --all to read every source again`,
    },
    { given: { all: true, olderThan: '1' }, message: '--all: give --all or --older-than, not both' },
  ])('refuses $given with exit code 2 and the flag named', ({ given, message }) => {
    const error = thrownBy(CommandUsageError, () => parseReprocessOptions({ progress: true, ...given }));
    expect(error.message).toBe(message);
    expect(error.exitCode).toBe(2);
  });
});

describe('which sources reprocess selects', () => {
  it.each([
    { options: { all: false }, selection: { olderThan: 5 } },
    { options: { all: false, olderThan: 3 }, selection: { olderThan: 3 } },
    { options: { all: true }, selection: { olderThan: null } },
  ])('$options with the current version 5 → $selection', ({ options, selection }) => {
    expect(selectionOf(options, 5)).toEqual(selection);
  });

  it('defaults to the current extractor version', () => {
    expect(selectionOf({ all: false })).toEqual({ olderThan: EXTRACTOR_VERSION });
  });
});

describe('what reprocess prints', () => {
  it('the summary', () => {
    expect(formatReprocessSummary({ version: 2, total: 9, selected: 4, readAgain: 1, unchanged: 1, failed: 1, skipped: 1 })).toBe(
      'Extractor version 2: 4 of 9 sources selected\nSources: 1 read again, 1 unchanged, 1 failed, 1 skipped\n',
    );
    expect(formatReprocessSummary({ version: 3, total: 1, selected: 0, readAgain: 0, unchanged: 0, failed: 0, skipped: 0 })).toBe(
      'Extractor version 3: 0 of 1 source selected\nSources: 0 read again, 0 unchanged, 0 failed, 0 skipped\n',
    );
  });

  it('one line per source that failed or was skipped, with its code; none for the others', () => {
    expect(reprocessLines({ sourceId: 'source:a', outcome: 'REREAD', code: null, error: null, alsoFailed: [] })).toEqual([]);
    expect(
      reprocessLines({
        sourceId: 'source:a',
        outcome: 'FAILED',
        code: 'EXTRACTION_FAILED',
        error: 'RangeError: boom',
        alsoFailed: [{ sourceId: 'source:b', error: 'RangeError: bang' }],
      }),
    ).toEqual([
      'source:a: EXTRACTION_FAILED: RangeError: boom',
      'source:b: EXTRACTION_FAILED: RangeError: bang (read again for the people it shares with source:a; marked FAILED)',
    ]);
  });
});
