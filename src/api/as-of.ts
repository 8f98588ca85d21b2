import { isAtLeast, judgeTenure, type Certainty } from '../domain/certainty.js';
import type { TenureRow } from '../store/rows.js';
import type { HoldingModel } from './models.js';

/** The tenures that held on `on` at least `minimum` surely, each with its certainty and why. */
export function holdingsOn(tenures: readonly TenureRow[], on: string, minimum: Certainty): HoldingModel[] {
  return tenures.flatMap((tenure) => {
    const judgement = judgeTenure(tenure, tenure.bodyEndDate, on);
    return judgement !== null && isAtLeast(judgement.certainty, minimum) ? [{ tenure, ...judgement }] : [];
  });
}
