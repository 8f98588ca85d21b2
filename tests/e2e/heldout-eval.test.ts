import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const HELDOUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'heldout');

/**
 * Floors under the extractor's F1 on the held-out set (real news pages rewritten, annotated without the
 * extractor; issue 9). They are the figures measured when the set was renewed, minus 0.02, rounded down to
 * 0.05 steps (persons 1.00, person-titles 0.66, person-roles 0.63, events 0.57, changes 0.64), so the test
 * guards against regressions. They sit below issue 4's targets, which the previous fictional set was held to
 * (persons 0.95, person-titles 0.9, person-roles 0.85, events 0.8, changes 0.8): raise them as the extractor
 * improves, never by tuning rules to these files.
 */
const MINIMUM_F1 = { persons: 0.95, 'person-titles': 0.6, 'person-roles': 0.6, events: 0.55, changes: 0.6 } as const;

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
