import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { freshGraph, testStore } from '../support/neo4j.js';

const neo4j = inject('neo4j');
const RUNNING = { NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, LOG_LEVEL: 'warn' };
const NO_DATABASE = {};

let dir: string;
const at = (name: string) => path.join(dir, name);

const HOLDERS = {
  id: 'T-H1',
  kind: 'holders',
  organization: 'Tỉnh ủy Lai Châu',
  role: 'Bí thư',
  on: '2024-04-02',
  min_certainty: 'CONFIRMED',
  expect: ['Đinh Công Hoàn'],
  files: ['hop.txt'],
};
const WRONG = { ...HOLDERS, id: 'T-H2', role: 'Phó Bí thư', expect: ['Tống Thị Yến'] };

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'officials-eval-answers-'));
  writeFileSync(path.join(dir, 'hop.txt'), 'date: 2024-04-02\n\nSáng 2/4, đồng chí Đinh Công Hoàn, Bí thư Tỉnh ủy Lai Châu chủ trì hội nghị Ban Thường vụ Tỉnh ủy.\n');
  writeFileSync(at('questions.jsonl'), `${JSON.stringify(HOLDERS)}\n${JSON.stringify(WRONG)}\n`);
  writeFileSync(at('bad.jsonl'), `${JSON.stringify(HOLDERS)}\n${JSON.stringify({ ...HOLDERS, id: 'T-H3', min_certainty: 'SURE' })}\n`);
  writeFileSync(at('elsewhere.jsonl'), `${JSON.stringify({ ...HOLDERS, files: ['khong-co.txt'] })}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('officials eval-answers', () => {
  it('refuses a bad questions line with its number and field (exit 2), before any database', async () => {
    const { code, stderr } = await runCli(['eval-answers', '--corpus', dir, '--questions', at('bad.jsonl')], NO_DATABASE);
    expect(code).toBe(2);
    expect(stderr).toContain('line 2: min_certainty: expected one of CONFIRMED, INFERRED, POSSIBLE');
  });

  it('refuses questions resting on files the corpus lacks (exit 1), and a missing corpus or questions file (exit 2)', async () => {
    const missingFile = await runCli(['eval-answers', '--corpus', dir, '--questions', at('elsewhere.jsonl')], NO_DATABASE);
    expect(missingFile.code).toBe(1);
    expect(missingFile.stderr).toContain(`${path.join(dir, 'khong-co.txt')}: FILE_NOT_FOUND`);
    const noCorpus = await runCli(['eval-answers', '--corpus', at('nowhere'), '--questions', at('questions.jsonl')], NO_DATABASE);
    expect(noCorpus.code).toBe(2);
    expect(noCorpus.stderr).toContain('no such directory');
    const noQuestions = await runCli(['eval-answers', '--corpus', dir], NO_DATABASE);
    expect(noQuestions.code).toBe(2);
    expect(noQuestions.stderr).toContain("required option '--questions <file.jsonl>' not specified");
  }, 120_000);

  it('with --use-running ingests into the running Neo4j and prints the table, or JSON with every wrong answer', async () => {
    const store = testStore();
    await freshGraph(store);
    await store.close();

    const table = await runCli(['eval-answers', '--use-running', '--corpus', dir, '--questions', at('questions.jsonl')], RUNNING);
    expect(table.code).toBe(0);
    expect(table.stdout).toBe('Answered exactly:\nkind     right  total      %\nholders      1      2  50.0%\noverall      1      2  50.0%\n');

    const json = await runCli(['eval-answers', '--use-running', '--json', '--corpus', dir, '--questions', at('questions.jsonl')], RUNNING);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { totals: unknown[]; wrong: Array<{ id: string; expected: string[]; got: string[]; files: string[] }> };
    expect(report.totals).toContainEqual({ kind: 'overall', right: 1, total: 2 });
    expect(report.wrong).toEqual([expect.objectContaining({ id: 'T-H2', expected: ['Tống Thị Yến'], got: [], files: ['hop.txt'] })]);
  }, 180_000);
});
