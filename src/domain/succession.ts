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
  /** Whether an article names the person as holding the post (not only as having held it). */
  namedCurrent?: boolean;
  /** The articles quoted for the tenure: their publication date, or for an undated one the period its text tells. */
  sources?: readonly SourceTime[];
}

export interface SourceTime {
  publishedOn: string | null;
  periodFrom: string | null;
  periodTo: string | null;
}

/**
 * What the articles tell of when a tenure was held, beyond its own dates: each fact is "held on
 * some day between lo and hi" (null: unbounded). A day it is attested or starts is such a day;
 * an article calling it former, or any article quoted for it, bounds a day from above (its
 * publication date); an undated article bounds it by the period its text tells (from both sides
 * when the tenure is named only as held now and has no date of its own, else from above).
 * `hi` is the earliest upper bound of any fact, `lo` the latest lower bound: two tenures of a
 * single-holder post never overlap, so one with a day before a day of the other came first.
 */
function heldBounds(spell: Spell): { lo: string | null; hi: string | null } {
  const start = effectiveStart(spell);
  const own = start ?? spell.firstAttested;
  const facts: { lo: string | null; hi: string | null }[] = [];
  if (start !== null) facts.push({ lo: start, hi: start });
  if (spell.firstAttested) facts.push({ lo: spell.lastAttested ?? spell.firstAttested, hi: spell.firstAttested });
  if (spell.endDate) facts.push({ lo: null, hi: spell.endDate });
  for (const day of spell.formerOn ?? []) facts.push({ lo: null, hi: day });
  for (const source of spell.sources ?? []) {
    if (source.publishedOn !== null) facts.push({ lo: null, hi: source.publishedOn });
    else if (source.periodFrom !== null && source.periodTo !== null) {
      facts.push({ lo: own === null && spell.namedCurrent !== false ? source.periodFrom : null, hi: source.periodTo });
    }
  }
  const los = facts.flatMap((fact) => (fact.lo === null ? [] : [fact.lo]));
  const his = facts.flatMap((fact) => (fact.hi === null ? [] : [fact.hi]));
  return { lo: los.length ? los.reduce((a, b) => (a > b ? a : b)) : null, hi: his.length ? his.reduce((a, b) => (a < b ? a : b)) : null };
}

/**
 * Whether what the articles tell puts `a` before `b` (see heldBounds), for a pair of which one at
 * least has no date of its own to place it by (placedOn): between two dated tenures their dates decide.
 */
function boundsPutBefore(a: Spell, b: Spell, bounds: ReadonlyMap<string, { lo: string | null; hi: string | null }>): boolean {
  if (placedOn(a) !== null && placedOn(b) !== null) return false;
  const [x, y] = [bounds.get(a.id), bounds.get(b.id)];
  return x !== undefined && y !== undefined && x.hi !== null && y.lo !== null && x.hi < y.lo;
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
 * elected) comes first, then the dates (see placedOn); a tenure without a date of its own goes
 * before one that what its articles tell ends before (their publication dates, or the period an
 * undated article's text tells: heldBounds), else last; ties by id, so the order is the same
 * whatever order the articles came in. A stated order that the start or attestation dates of
 * both contradict is left out, and so is an order by bounds that a stated one contradicts.
 */
export function historyOrder<T extends Spell>(spells: readonly T[]): T[] {
  const byId = new Map(spells.map((spell) => [spell.id, spell]));
  const earlier = new Map<string, T[]>();
  const stated = new Set<string>();
  for (const spell of spells) {
    for (const laterId of spell.precedes ?? []) {
      const later = byId.get(laterId);
      if (later !== undefined && later !== spell && !datesContradict(spell, later)) {
        earlier.set(laterId, [...(earlier.get(laterId) ?? []), spell]);
        stated.add(`${spell.id}>${laterId}`);
      }
    }
  }
  const bounds = new Map(spells.map((spell) => [spell.id, heldBounds(spell)]));
  for (const a of spells) {
    for (const b of spells) {
      if (a === b || stated.has(`${b.id}>${a.id}`) || stated.has(`${a.id}>${b.id}`) || !boundsPutBefore(a, b, bounds)) continue;
      earlier.set(b.id, [...(earlier.get(b.id) ?? []), a]);
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
