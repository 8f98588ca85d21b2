import { effectiveStart, formerBy } from './rival-holders.js';

/** What places a tenure in a post's history. */
export interface Spell {
  id: string;
  startDate: string | null;
  firstAttested: string | null;
  lastAttested?: string | null;
  endDate?: string | null;
  formerOn?: readonly string[];
  /** Tenures an article says came after this one in the post (resolve/stated-successions.ts). */
  precedes?: readonly string[];
}

/**
 * When a tenure is placed: its reported start (unless attested before it: domain/rival-holders.ts),
 * else its first attestation; a tenure known only to have ended goes before whoever is known
 * from the day of its reported end; one known only as someone's former post ("nguyên Chủ tịch",
 * "thay ông Y"), whose end is only bounded, goes before every dated tenure (a post is called former
 * long after it ended far more often than not), ordered by the first day it was called former.
 * Null: undated.
 */
function placedOn(spell: Spell): { tier: number; day: string; rank: number } | null {
  const known = effectiveStart(spell) ?? spell.firstAttested;
  if (known !== null) return { tier: 1, day: known, rank: 1 };
  if (spell.endDate) return { tier: 1, day: spell.endDate, rank: 0 };
  const former = formerBy(spell);
  return former === null ? null : { tier: 0, day: former, rank: 0 };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Tenures by date (see placedOn); undated ones last, ties by id. */
function byDate(a: Spell, b: Spell): number {
  const [x, y] = [placedOn(a), placedOn(b)];
  if (x === null || y === null) return x === y ? compare(a.id, b.id) : x === null ? 1 : -1;
  return x.tier - y.tier || compare(x.day, y.day) || x.rank - y.rank || compare(a.id, b.id);
}

/** Whether both tenures are dated by a start or an attestation, the later one before the earlier. */
function datesContradict(earlier: Spell, later: Spell): boolean {
  const [x, y] = [placedOn(earlier), placedOn(later)];
  return x !== null && y !== null && x.rank === 1 && y.rank === 1 && y.day < x.day;
}

/**
 * A post's tenures oldest first: what articles state ("X thay ông Y", one relieved and another
 * elected) comes first, then the dates (see placedOn); undated ones last; ties by id, so the
 * order is the same whatever order the articles came in. A stated order that the start or
 * attestation dates of both contradict is left out.
 */
export function historyOrder<T extends Spell>(spells: readonly T[]): T[] {
  const byId = new Map(spells.map((spell) => [spell.id, spell]));
  const earlier = new Map<string, T[]>();
  for (const spell of spells) {
    for (const laterId of spell.precedes ?? []) {
      const later = byId.get(laterId);
      if (later !== undefined && later !== spell && !datesContradict(spell, later)) earlier.set(laterId, [...(earlier.get(laterId) ?? []), spell]);
    }
  }
  const order: T[] = [];
  const visited = new Set<string>();
  // Each tenure in date order, after those stated to come before it (a loop of statements is
  // followed once).
  const place = (spell: T) => {
    if (visited.has(spell.id)) return;
    visited.add(spell.id);
    for (const before of [...(earlier.get(spell.id) ?? [])].sort(byDate)) place(before);
    order.push(spell);
  };
  for (const spell of [...spells].sort(byDate)) place(spell);
  return order;
}

/** The tenures just before and just after `id` in a single-holder post's history. */
export function neighbours<T extends Spell>(spells: readonly T[], id: string): { predecessor: T | null; successor: T | null } {
  const history = historyOrder(spells).filter((spell) => placedOn(spell) !== null || spell.id === id);
  const index = history.findIndex((spell) => spell.id === id);
  if (index < 0 || placedOn(history[index]!) === null) return { predecessor: null, successor: null };
  return { predecessor: history[index - 1] ?? null, successor: history[index + 1] ?? null };
}
