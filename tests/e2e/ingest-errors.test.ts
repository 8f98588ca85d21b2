import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../support/cli.js';

let dir: string;
let env: Record<string, string>;
const at = (name: string) => path.join(dir, name);
const ONE_FAILED = 'Articles: 1 read, 0 ingested, 0 read again (older extractor), 0 unchanged (already ingested), 1 failed\nWritten: 0 people, 0 posts, 0 tenures, 0 events\n';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'officials-ingest-errors-'));
  const neo4j = inject('neo4j');
  env = { NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password };

  writeFileSync(at('rong.txt'), '');
  const binary = randomBytes(2048);
  binary[7] = 0;
  writeFileSync(at('anh.txt'), binary);
  writeFileSync(at('lon.txt'), '');
  truncateSync(at('lon.txt'), 20 * 1024 * 1024);
  mkdirSync(at('lo'));
  writeFileSync(at('lo/1-rong.txt'), '');
  writeFileSync(at('lo/2-sai.json'), '{"text": "Ông Hoàng Văn Nam được bổ nhiệm.", "date": "1/2/2025"}');
  writeFileSync(at('lo/3-hong.json'), '{"text":');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('officials ingest reports bad files without a stack trace', () => {
  it.each([
    { what: 'a missing file', name: 'khong-co.txt', code: 'FILE_NOT_FOUND' },
    { what: 'an empty file', name: 'rong.txt', code: 'EMPTY_ARTICLE' },
    { what: 'a binary file', name: 'anh.txt', code: 'BINARY_FILE' },
    { what: 'a 20 MB file', name: 'lon.txt', code: 'ARTICLE_TOO_LARGE' },
  ])('$what: exit 1, one line with the path and $code, and the summary', async ({ name, code }) => {
    const { code: exitCode, stdout, stderr } = await runCli(['ingest', at(name)], env);
    expect(exitCode).toBe(1);
    expect(stderr).toContain(`${at(name)}: ${code}: `);
    expect(stderr).toContain('officials: 1 of 1 file could not be ingested');
    expect(stderr).not.toContain('\n    at ');
    expect(stdout).toBe(ONE_FAILED);
  });

  it('reports every bad file of a directory, in order, and counts them', async () => {
    const { code, stdout, stderr } = await runCli(['ingest', '--no-progress', at('lo')], env);
    expect(code).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${escape(at('lo/1-rong.txt'))}: EMPTY_ARTICLE: is empty`)),
      `${at('lo/2-sai.json')}: INVALID_ARTICLE: date: expected a date as YYYY-MM-DD (got "1/2/2025")`,
      expect.stringMatching(new RegExp(`^${escape(at('lo/3-hong.json'))}: INVALID_JSON: not valid JSON`)),
      expect.stringMatching(/^officials: 3 of 3 files could not be ingested: /),
    ]);
    expect(stdout).toContain('Articles: 3 read, 0 ingested, 0 read again (older extractor), 0 unchanged (already ingested), 3 failed\n');
  });
});

describe('officials ingest refuses bad arguments with exit code 2', () => {
  it('no arguments: the missing argument and the usage', async () => {
    const { code, stdout, stderr } = await runCli(['ingest'], env);
    expect(code).toBe(2);
    expect(stderr).toContain("error: missing required argument 'file|dir'");
    expect(stderr).toContain('Usage: officials ingest [options] <file|dir...>');
    expect(stdout).toBe('');
  });

  it('--max-mb that is not a positive number', async () => {
    const { code, stderr } = await runCli(['ingest', '--max-mb', 'nam', at('rong.txt')], env);
    expect(code).toBe(2);
    expect(stderr).toBe('officials: --max-mb "nam": expected a positive number of megabytes, such as 5 or 0.5\n');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
