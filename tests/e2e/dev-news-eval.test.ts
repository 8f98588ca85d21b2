import { describe, it } from 'vitest';
import { expectF1AtLeast } from '../support/eval-floors.js';

/**
 * Floors under the extractor's F1 on the second development set (real news pages rewritten and annotated
 * without the extractor: H01-H12 first written as the held-out set of issue 9, H13-H24 added in round 3,
 * H25-H40 the second held-out set, all since used to find failure families). Measured F1 minus 0.03,
 * rounded down: raise them as the extractor improves.
 */
const MINIMUM_F1 = {
  persons: 0.96,
  'person-titles': 0.88,
  'person-roles': 0.85,
  events: 0.82,
  participants: 0.78,
  changes: 0.86,
} as const;

describe('extraction quality on the second development set (tests/fixtures/dev-news)', () => {
  it('keeps F1 at or above the targets in every category', async () => {
    await expectF1AtLeast('dev-news', MINIMUM_F1);
  });
});
