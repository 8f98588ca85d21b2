import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const HELDOUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'heldout');

/** The figures issue 4 asks of the extractor, on articles written for the project and never tuned on. */
const MINIMUM_F1 = { persons: 0.95, 'person-titles': 0.9, 'person-roles': 0.85, events: 0.8, changes: 0.8 } as const;

describe('extraction quality on the held-out set (tests/fixtures/heldout)', () => {
  it('keeps F1 at or above the targets in every category', async () => {
    const { code, stdout, stderr } = await runCli(
      ['eval', '--corpus', path.join(HELDOUT, 'corpus'), '--gold', path.join(HELDOUT, 'gold.jsonl'), '--json'],
      {},
    );
    expect(code, stderr).toBe(0);
    const { totals } = JSON.parse(stdout) as { totals: Array<{ category: string; f1: number | null }> };
    const f1 = Object.fromEntries(totals.map((total) => [total.category, total.f1 ?? 0]));
    for (const [category, minimum] of Object.entries(MINIMUM_F1)) {
      expect(f1[category], `${category} F1 (all: ${JSON.stringify(f1)})`).toBeGreaterThanOrEqual(minimum);
    }
  });
});
