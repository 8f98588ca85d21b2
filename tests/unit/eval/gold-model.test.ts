import { describe, expect, it } from 'vitest';
import { GoldFormatError, parseGoldLines } from '../../../src/eval/gold-model.js';

const line = (record: object) => JSON.stringify(record);
const EMPTY = { mentions: [], events: [], changes: [] };

function problemsOf(text: string): string[] {
  try {
    parseGoldLines(text, 'gold.jsonl');
  } catch (error) {
    expect(error).toBeInstanceOf(GoldFormatError);
    expect((error as GoldFormatError).exitCode).toBe(2);
    expect((error as GoldFormatError).message).toMatch(/^gold\.jsonl is not valid gold/);
    return [...(error as GoldFormatError).problems];
  }
  throw new Error('expected a GoldFormatError');
}

describe('parseGoldLines', () => {
  it('reads one record per line, skipping blank lines and keeping fields it does not check', () => {
    const text = `${line({ file: 'a.txt', date: 'unknown', ...EMPTY, notes: 'x' })}\n\n${line({ file: 'b.txt', date: '2025-04-03', ...EMPTY })}\n`;
    const records = parseGoldLines(text, 'gold.jsonl');
    expect(records.map((record) => record.file)).toEqual(['a.txt', 'b.txt']);
    expect(records[0]?.notes).toBe('x');
  });

  it('names the line and the field of each problem, all together', () => {
    const text = [
      line({ file: 'a.txt', ...EMPTY }),
      'not json',
      line({ file: 'b.txt', ...EMPTY, changes: [{ person: 'Lê Văn A', kind: 'promoted', role: null, org: null, date: null }] }),
      line({ file: 'c.txt', ...EMPTY, events: [{ name: 'Hội nghị', date: '3/4/2025', chaired_by: [], attended_by: [] }] }),
      line({ file: 'd.txt', events: [], changes: [] }),
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      expect.stringMatching(/^line 2: not valid JSON \(/),
      'line 3: changes[0].kind: expected one of elected, re-elected, appointed, transferred, relieved, resigned, retired, dismissed',
      'line 4: events[0].date: expected a date as YYYY-MM-DD',
      expect.stringMatching(/^line 5: mentions: /),
    ]);
  });

  it('refuses a file annotated twice, naming both lines', () => {
    expect(problemsOf(`${line({ file: 'a.txt', ...EMPTY })}\n${line({ file: 'a.txt', ...EMPTY })}`)).toEqual([
      'line 2: file "a.txt" is already annotated on line 1: keep one line per file',
    ]);
  });

  it('refuses a file with no records', () => {
    expect(problemsOf('\n\n')).toEqual(['no records: expected one JSON object per line']);
  });

  it('accepts "proposed" as the only modality', () => {
    const change = { person: 'Lê Văn A', kind: 'relieved', role: 'Phó Chủ tịch', org: 'Quốc hội', date: null };
    expect(parseGoldLines(line({ file: 'a.txt', ...EMPTY, changes: [{ ...change, modality: 'proposed' }] }), 'g')[0]?.changes[0]?.modality).toBe('proposed');
    expect(problemsOf(line({ file: 'a.txt', ...EMPTY, changes: [{ ...change, modality: 'maybe' }] }))).toEqual([
      expect.stringMatching(/^line 1: changes\[0\]\.modality: /),
    ]);
  });
});
