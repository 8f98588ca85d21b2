import { certaintyOn, isAtLeast, type Certainty } from '../domain/certainty.js';
import type { TenureRow } from '../store/rows.js';
import type { HoldingModel } from './models.js';

/** The tenures that held on `on` at least `minimum` surely, each with its certainty. */
export function holdingsOn(tenures: readonly TenureRow[], on: string, minimum: Certainty): HoldingModel[] {
  return tenures.flatMap((tenure) => {
    const certainty = certaintyOn(tenure, tenure.bodyEndDate, on);
    return certainty !== null && isAtLeast(certainty, minimum) ? [{ tenure, certainty }] : [];
  });
}
