import { CERTAINTIES, isAtLeast, judgeTenure, type Certainty } from '../domain/certainty.js';
import type { TenureRow } from '../store/rows.js';
import type { HoldingModel } from './models.js';

/** The tenures that held on `on` at least `minimum` surely, each with its certainty and why. */
export function holdingsOn(tenures: readonly TenureRow[], on: string, minimum: Certainty): HoldingModel[] {
  return tenures.flatMap((tenure) => {
    const judgement = judgeTenure(tenure, tenure.bodyEndDate, on);
    return judgement !== null && isAtLeast(judgement.certainty, minimum) ? [{ tenure, ...judgement }] : [];
  });
}

const sureness = (holding: HoldingModel) => CERTAINTIES.indexOf(holding.certainty);

/**
 * Who held `role` on `on`, from the tenures of the roles counted as it (domain/roles.ts
 * rolesCountedAs): one holding per person, the surest, and of `role` itself when as sure (a
 * standing deputy also named a deputy is one deputy). In the order of `tenures`.
 */
export function holdersOn(tenures: readonly TenureRow[], role: string, on: string, minimum: Certainty): HoldingModel[] {
  const holdings = holdingsOn(tenures, on, minimum);
  const best = new Map<string, HoldingModel>();
  for (const holding of holdings) {
    const kept = best.get(holding.tenure.personId);
    const better =
      kept === undefined || sureness(holding) > sureness(kept) || (sureness(holding) === sureness(kept) && holding.tenure.postRole === role && kept.tenure.postRole !== role);
    if (better) best.set(holding.tenure.personId, holding);
  }
  const chosen = new Set(best.values());
  return holdings.filter((holding) => chosen.has(holding));
}
