/** What places a tenure in a post's history. */
export interface Spell {
  id: string;
  startDate: string | null;
  firstAttested: string | null;
}

/** When a tenure is first known: its reported start, else its first attestation. */
const knownFrom = (spell: Spell) => spell.startDate ?? spell.firstAttested;

/**
 * A post's tenures oldest first, by reported start or first attestation; undated ones last,
 * ties by id, so the order is the same whatever order the articles came in.
 */
export function historyOrder<T extends Spell>(spells: readonly T[]): T[] {
  return [...spells].sort((a, b) => {
    const [x, y] = [knownFrom(a), knownFrom(b)];
    if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** The tenures just before and just after `id` in a single-holder post's history. */
export function neighbours<T extends Spell>(spells: readonly T[], id: string): { predecessor: T | null; successor: T | null } {
  const history = historyOrder(spells).filter((spell) => knownFrom(spell) !== null || spell.id === id);
  const index = history.findIndex((spell) => spell.id === id);
  if (index < 0 || knownFrom(history[index]!) === null) return { predecessor: null, successor: null };
  return { predecessor: history[index - 1] ?? null, successor: history[index + 1] ?? null };
}
