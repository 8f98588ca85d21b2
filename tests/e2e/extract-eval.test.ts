import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoldRecordModel } from '../../src/eval/gold-model.js';
import { runCli } from '../support/cli.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'eval');
const CORPUS = path.join(FIXTURES, 'corpus');
const GOLD = path.join(FIXTURES, 'gold.jsonl');
const MEETING = path.join(CORPUS, 'hoi-nghi.txt');
const ELECTION = path.join(CORPUS, 'bau-chu-tich.txt');

let dir: string;
const at = (name: string) => path.join(dir, name);
const NO_DATABASE = {};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'officials-extract-eval-'));
  // The gold with one person the articles do not name.
  const [meeting, ...rest] = readFileSync(GOLD, 'utf8').trimEnd().split('\n');
  const wrong = JSON.parse(meeting ?? '{}') as { mentions: unknown[] };
  wrong.mentions.push({ person: 'Nguyễn Văn Không Có', titles: [], resolved: [] });
  writeFileSync(at('wrong-gold.jsonl'), `${[JSON.stringify(wrong), ...rest].join('\n')}\n`);
  writeFileSync(at('bad-gold.jsonl'), `${meeting}\n{"file": "bau-chu-tich.txt", "mentions": [], "events": [], "changes": [{"person": "Hoàng Minh Tuấn", "kind": "promoted"}]}\n`);
  writeFileSync(at('missing-gold.jsonl'), `${meeting}\n{"file": "khong-co.txt", "mentions": [], "events": [], "changes": []}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The row of a category in the printed table, as its cells. */
function row(stdout: string, category: string): string[] | undefined {
  return stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find((cells) => cells[0] === category);
}

describe('officials extract', () => {
  it('--json prints one gold-format record per file, in order, with exactly the persons named', async () => {
    const { code, stdout, stderr } = await runCli(['extract', '--json', MEETING, ELECTION], NO_DATABASE);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const records = stdout.trimEnd().split('\n').map((line) => GoldRecordModel.parse(JSON.parse(line)));
    expect(records.map((record) => record.file)).toEqual([MEETING, ELECTION]);
    expect(records.map((record) => record.mentions.map((mention) => mention.person))).toEqual([
      ['Đặng Văn Khôi', 'Lưu Thị Hạnh'],
      ['Hoàng Minh Tuấn', 'Trương Quốc Bảo'],
    ]);
    expect(records[0]?.date).toBe('2025-04-03');
    expect(records[0]?.mentions[0]?.titles).toEqual(['Ủy viên TW Đảng', 'Bí thư Tỉnh ủy']);
  });

  it('without --json prints a readable summary per file', async () => {
    const { code, stdout } = await runCli(['extract', MEETING], NO_DATABASE);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^${MEETING.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(2025-04-03\\)\\n  People: 2\\n    Đặng Văn Khôi\\n      Ủy viên TW Đảng\\n`));
  });

  it('reports a bad file on one line, goes on with the others, and exits 1', async () => {
    const { code, stdout, stderr } = await runCli(['extract', '--json', at('khong-co.txt'), MEETING], NO_DATABASE);
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${at('khong-co.txt')}: FILE_NOT_FOUND: `)),
      'officials: 1 of 2 files could not be read: fix the ones listed above and run again',
    ]);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('officials extract --max-mb', () => {
  it('refuses a file over the limit with ARTICLE_TOO_LARGE, and reads it when the limit is raised', async () => {
    const { code, stderr } = await runCli(['extract', '--json', '--max-mb', '0.0001', MEETING], NO_DATABASE);
    expect(code).toBe(1);
    expect(stderr).toContain('ARTICLE_TOO_LARGE');
    const raised = await runCli(['extract', '--json', '--max-mb', '1', MEETING], NO_DATABASE);
    expect(raised.code).toBe(0);
  });

  it('refuses a --max-mb that is not a positive number with exit code 2', async () => {
    const { code, stderr } = await runCli(['extract', '--max-mb', 'nhieu', MEETING], NO_DATABASE);
    expect(code).toBe(2);
    expect(stderr).toContain('--max-mb "nhieu": expected a positive number of megabytes');
  });
});

describe('officials eval', () => {
  it('prints the score table: all right on the fixture corpus', async () => {
    const { code, stdout, stderr } = await runCli(['eval', '--corpus', CORPUS, '--gold', GOLD], NO_DATABASE);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Scored 2 files');
    expect(row(stdout, 'category')).toEqual(['category', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1']);
    expect(row(stdout, 'persons')).toEqual(['persons', '4', '0', '0', '1.00', '1.00', '1.00']);
  });

  it('--verbose shows a wrong gold entry as a miss of its file, and the table counts it', async () => {
    const { code, stdout } = await runCli(['eval', '--verbose', '--corpus', CORPUS, '--gold', at('wrong-gold.jsonl')], NO_DATABASE);
    expect(code).toBe(0);
    expect(stdout).toContain('hoi-nghi.txt\n  persons: miss Nguyễn Văn Không Có\n');
    expect(row(stdout, 'persons')).toEqual(['persons', '4', '0', '1', '1.00', '0.80', '0.89']);
  });

  it('--by-file prints a row of TP/FP/FN per file and category before the totals', async () => {
    const { code, stdout } = await runCli(['eval', '--by-file', '--corpus', CORPUS, '--gold', at('wrong-gold.jsonl')], NO_DATABASE);
    expect(code).toBe(0);
    expect(row(stdout, 'file')).toEqual(['file', 'persons', 'person-titles', 'person-roles', 'events', 'participants', 'changes']);
    expect(row(stdout, 'hoi-nghi.txt')?.[1]).toBe('2/0/1');
    expect(row(stdout, 'participants')?.[0]).toBe('participants');
  });

  it('--json prints the totals and each file\'s misses', async () => {
    const { code, stdout } = await runCli(['eval', '--json', '--corpus', CORPUS, '--gold', at('wrong-gold.jsonl')], NO_DATABASE);
    expect(code).toBe(0);
    const score = JSON.parse(stdout) as {
      totals: { category: string; tp: number; fn: number }[];
      files: { file: string; categories: { persons: { misses: string[] } } }[];
    };
    expect(score.totals[0]).toMatchObject({ category: 'persons', tp: 4, fn: 1 });
    expect(score.files.map((file) => [file.file, file.categories.persons.misses])).toEqual([
      ['hoi-nghi.txt', ['Nguyễn Văn Không Có']],
      ['bau-chu-tich.txt', []],
    ]);
  });

  it('refuses a bad gold line with exit code 2, naming the line and the field', async () => {
    const { code, stdout, stderr } = await runCli(['eval', '--corpus', CORPUS, '--gold', at('bad-gold.jsonl')], NO_DATABASE);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`officials: ${at('bad-gold.jsonl')} is not valid gold`);
    expect(stderr).toContain('  line 2: changes[0].kind: expected one of elected, re-elected,');
    expect(stderr).not.toContain('\n    at ');
  });

  it('names a corpus file the gold lists but that is missing, and exits 1', async () => {
    const { code, stdout, stderr } = await runCli(['eval', '--corpus', CORPUS, '--gold', at('missing-gold.jsonl')], NO_DATABASE);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${path.join(CORPUS, 'khong-co.txt')}: FILE_NOT_FOUND: `);
  });

  it('refuses a missing --gold file or --corpus directory with exit code 2', async () => {
    const gold = await runCli(['eval', '--corpus', CORPUS, '--gold', at('khong-co.jsonl')], NO_DATABASE);
    expect(gold.code).toBe(2);
    expect(gold.stderr).toMatch(/^officials: --gold ".*khong-co\.jsonl": no such file/);
    const corpus = await runCli(['eval', '--corpus', at('khong-co'), '--gold', GOLD], NO_DATABASE);
    expect(corpus.code).toBe(2);
    expect(corpus.stderr).toMatch(/^officials: --corpus ".*khong-co": no such directory/);
  });
});

describe('officials bench extract', () => {
  it('times a small synthetic corpus and prints the machine and the rates', async () => {
    const { code, stdout } = await runCli(['bench', 'extract', '--articles', '30', '--seed', '2'], NO_DATABASE);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Machine: .+, \d+ cores?, Node v\d+/);
    expect(stdout).toContain('Corpus: 30 synthetic articles (seed 2)');
    expect(stdout).toMatch(/articles\/s: +[\d,]+\n/);
    expect(stdout).toMatch(/ms per article: +p50 [\d.]+, p95 [\d.]+/);
  });

  it('refuses a bad --articles with exit code 2', async () => {
    const { code, stderr } = await runCli(['bench', 'extract', '--articles', '0'], NO_DATABASE);
    expect(code).toBe(2);
    expect(stderr).toBe('officials: --articles "0": expected at least 1\n');
  });
});
