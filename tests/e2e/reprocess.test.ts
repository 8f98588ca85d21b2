import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../src/extract/index.js';
import { runCli } from '../support/cli.js';
import { freshGraph, testStore } from '../support/neo4j.js';

const neo4j = inject('neo4j');
const env = { NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password };
const store = testStore();
let dir: string;

const summary = (selected: number, total: number, counts: string) =>
  `Extractor version ${EXTRACTOR_VERSION}: ${selected} of ${total} sources selected\nSources: ${counts}\n`;

beforeAll(async () => {
  await freshGraph(store);
  dir = mkdtempSync(path.join(tmpdir(), 'officials-reprocess-'));
  writeFileSync(path.join(dir, 'a.txt'), 'title: Hội nghị\ndate: 2024-06-05\n\nNgày 5/6, đồng chí Lê Văn Nam, Bí thư Tỉnh ủy Thanh Hóa chủ trì hội nghị.\n');
  writeFileSync(path.join(dir, 'b.txt'), 'title: Kỳ họp\ndate: 2024-07-01\n\nÔng Trần Hữu Phúc, Chủ tịch HĐND tỉnh Thanh Hóa phát biểu.\n');
  expect((await runCli(['ingest', '--no-progress', dir], env)).code).toBe(0);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await store.close();
});

describe('officials reprocess', () => {
  it('selects nothing when every source was read by the current version', async () => {
    const { code, stdout } = await runCli(['reprocess', '--no-progress'], env);
    expect(code).toBe(0);
    expect(stdout).toBe(summary(0, 2, '0 read again, 0 unchanged, 0 failed, 0 skipped'));
  });

  it('reads again a source an older version read and one that failed, then selects nothing', async () => {
    // As an older version and a failed reading would have left them.
    await store.driver.executeQuery(
      `MATCH (s:Source) WITH s ORDER BY s.id WITH collect(s) AS sources
       WITH sources[0] AS older, sources[1] AS failed
       SET older.extractorVersion = 1,
           failed.extractionStatus = 'FAILED', failed.extractionError = 'RangeError: boom', failed.extractionDigest = null`,
    );
    const first = await runCli(['reprocess', '--no-progress'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(summary(2, 2, '1 read again, 1 unchanged, 0 failed, 0 skipped'));
    const second = await runCli(['reprocess', '--no-progress'], env);
    expect(second.stdout).toBe(summary(0, 2, '0 read again, 0 unchanged, 0 failed, 0 skipped'));
  });

  it('--all and --older-than select as they say', async () => {
    expect((await runCli(['reprocess', '--all', '--no-progress'], env)).stdout).toBe(summary(2, 2, '0 read again, 2 unchanged, 0 failed, 0 skipped'));
    expect((await runCli(['reprocess', '--older-than', '1', '--no-progress'], env)).stdout).toBe(summary(0, 2, '0 read again, 0 unchanged, 0 failed, 0 skipped'));
  });

  it.each([
    { args: ['--older-than', 'abc'], message: 'officials: --older-than "abc": expected an extractor version, a whole number such as 2\n' },
    { args: ['--all', '--older-than', '1'], message: 'officials: --all: give --all or --older-than, not both\n' },
  ])('refuses $args with exit code 2', async ({ args, message }) => {
    const { code, stdout, stderr } = await runCli(['reprocess', ...args], env);
    expect(code).toBe(2);
    expect(stderr).toBe(message);
    expect(stdout).toBe('');
  });
});
