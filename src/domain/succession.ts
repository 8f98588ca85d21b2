import { effectiveStart, formerBy } from './rival-holders.js';

/** What places a tenure in a post's history. */
export interface Spell {
  id: string;
  startDate: string | null;
  firstAttested: string | null;
  lastAttested?: string | null;
  formerOn?: readonly string[];
}

/**
 * When a tenure is placed: its reported start (unless attested before it: domain/rival-holders.ts), else its first attestation, else the day an
 * article calls the post former (it had ended by then, so it goes before whoever is known from
 * that day: "X thay ông Y" makes Y's post former on the day of X's start). Null: undated.
 */
function placedOn(spell: Spell): { day: string; rank: number } | null {
  const known = effectiveStart(spell) ?? spell.firstAttested;
  if (known !== null) return { day: known, rank: 1 };
  const former = formerBy(spell);
  return former === null ? null : { day: former, rank: 0 };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A post's tenures oldest first, by reported start, first attestation or the day they were
 * called former; undated ones last, ties by id, so the order is the same whatever order the
 * articles came in.
 */
export function historyOrder<T extends Spell>(spells: readonly T[]): T[] {
  return [...spells].sort((a, b) => {
    const [x, y] = [placedOn(a), placedOn(b)];
    if (x === null || y === null) return x === y ? compare(a.id, b.id) : x === null ? 1 : -1;
    return compare(x.day, y.day) || x.rank - y.rank || compare(a.id, b.id);
  });
}

/** The tenures just before and just after `id` in a single-holder post's history. */
export function neighbours<T extends Spell>(spells: readonly T[], id: string): { predecessor: T | null; successor: T | null } {
  const history = historyOrder(spells).filter((spell) => placedOn(spell) !== null || spell.id === id);
  const index = history.findIndex((spell) => spell.id === id);
  if (index < 0 || placedOn(history[index]!) === null) return { predecessor: null, successor: null };
  return { predecessor: history[index - 1] ?? null, successor: history[index + 1] ?? null };
}
