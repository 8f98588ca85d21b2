import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { runCli } from './cli.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Runs `officials eval --json` on `tests/fixtures/<set>` and expects each category's F1 at or above its floor. */
export async function expectF1AtLeast(set: string, floors: Readonly<Record<string, number>>): Promise<void> {
  const folder = path.join(FIXTURES, set);
  const { code, stdout, stderr } = await runCli(
    ['eval', '--corpus', path.join(folder, 'corpus'), '--gold', path.join(folder, 'gold.jsonl'), '--json'],
    {},
  );
  expect(code, stderr).toBe(0);
  const { totals } = JSON.parse(stdout) as { totals: Array<{ category: string; f1: number | null }> };
  const f1 = Object.fromEntries(totals.map((total) => [total.category, total.f1 ?? 0]));
  for (const [category, minimum] of Object.entries(floors)) {
    expect(f1[category], `${category} F1 (all: ${JSON.stringify(f1)})`).toBeGreaterThanOrEqual(minimum);
  }
}
