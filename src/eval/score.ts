import { normalizeForMatch } from './normalize.js';

/**
 * Precision, recall and F1 of extracted records against gold records, per category, counted
 * per file and micro-averaged over files (the counts are summed, then the rates computed).
 * Every string is compared after `normalizeForMatch`; within a file, items are matched as
 * multisets: an item written twice in the gold needs two predictions, and a prediction repeated
 * beyond the gold is a false hit each time.
 */

export const CATEGORIES = ['persons', 'person-titles', 'person-roles', 'events', 'participants', 'changes'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What the scorer reads of a record: the gold format's compared fields (gold and extracted alike). */
export interface ComparableRecord {
  file: string;
  mentions: readonly {
    person: string;
    titles: readonly string[];
    resolved: readonly { role: string; org: string | null }[];
  }[];
  events: readonly { name: string; date: string | null; chaired_by: readonly string[]; attended_by: readonly string[] }[];
  changes: readonly { person: string; kind: string; role?: string | null; org?: string | null }[];
}

export interface Tally {
  /** Predicted and in the gold. */
  tp: number;
  /** Predicted, not in the gold. */
  fp: number;
  /** In the gold, not predicted. */
  fn: number;
}

export interface CategoryResult extends Tally, Rates {
  /** The gold items not predicted, as readable labels, in gold order. */
  misses: string[];
  /** The predicted items not in the gold, in prediction order. */
  falseHits: string[];
}

export interface FileScore {
  file: string;
  categories: Record<Category, CategoryResult>;
}

/** Null when undefined: precision with no prediction, recall with no gold item, F1 with neither. */
export interface Rates {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface CategoryScore extends Tally, Rates {
  category: Category;
}

export interface EvalScore {
  files: FileScore[];
  /** One per category, in `CATEGORIES` order. */
  totals: CategoryScore[];
}

interface Item {
  /** What is compared. */
  key: string;
  /** What a person reads in --verbose (as written, in NFC). */
  label: string;
}

const UNKNOWN_BODY = '(body unknown)';

/**
 * The items of each category:
 * - persons: the person's name;
 * - person-titles: (person, title as written);
 * - person-roles: (person, role, body), a null body matching only a null body;
 * - events: the date; an undated event (null) matches an undated gold event whose name starts
 *   with the same two words ("kỳ họp", "hội nghị", "đại hội"), since undated events cannot
 *   be told apart by date;
 * - participants: (event, person, chaired or took part), the event known by its `eventKey`,
 *   from `chaired_by` ("chaired") and `attended_by` ("took part");
 * - changes: (person, kind).
 */
const ITEMS: Record<Category, (record: ComparableRecord) => Item[]> = {
  persons: (record) => record.mentions.map((mention) => ({ key: normalizeForMatch(mention.person), label: mention.person })),
  'person-titles': (record) =>
    record.mentions.flatMap((mention) =>
      mention.titles.map((title) => ({
        key: keyOf(mention.person, title),
        label: `${mention.person} | ${title}`,
      })),
    ),
  'person-roles': (record) =>
    record.mentions.flatMap((mention) =>
      mention.resolved.map((resolved) => ({
        key: keyOf(mention.person, resolved.role, resolved.org ?? UNKNOWN_BODY),
        label: `${mention.person} | ${resolved.role} | ${resolved.org ?? UNKNOWN_BODY}`,
      })),
    ),
  events: (record) => record.events.map((event) => ({ key: eventKey(event), label: eventLabel(event) })),
  participants: (record) =>
    record.events.flatMap((event) => [
      ...event.chaired_by.map((person) => participantItem(event, person, 'chaired')),
      ...event.attended_by.map((person) => participantItem(event, person, 'took part')),
    ]),
  changes: (record) =>
    record.changes.map((change) => ({
      key: keyOf(change.person, change.kind),
      label: `${change.person} | ${change.kind}${change.role ? ` | ${change.role}` : ''}${change.org ? ` | ${change.org}` : ''}`,
    })),
};

function keyOf(...parts: string[]): string {
  return parts.map(normalizeForMatch).join('\u0000');
}

function eventLabel(event: { name: string; date: string | null }): string {
  return `${event.date ?? 'undated'} | ${event.name}`;
}

function participantItem(event: { name: string; date: string | null }, person: string, part: 'chaired' | 'took part'): Item {
  return { key: `${eventKey(event)}\u0000${keyOf(person, part)}`, label: `${eventLabel(event)} | ${part} | ${person}` };
}

/**
 * `2025-04-03` for a dated event; `undated ky hop` for "Kỳ họp thứ 6 HĐND thành phố…" with no date.
 */
export function eventKey(event: { name: string; date: string | null }): string {
  if (event.date !== null) return event.date;
  const head = normalizeForMatch(event.name).split(' ').slice(0, 2).join(' ');
  return `undated ${head}`;
}

/** Multiset matching of two item lists by key. */
function matchItems(gold: readonly Item[], predicted: readonly Item[]): CategoryResult {
  const label = (item: Item) => item.label.normalize('NFC');
  const unmatchedGold = new Map<string, number>();
  for (const item of gold) unmatchedGold.set(item.key, (unmatchedGold.get(item.key) ?? 0) + 1);
  const falseHits: string[] = [];
  let tp = 0;
  for (const item of predicted) {
    const left = unmatchedGold.get(item.key) ?? 0;
    if (left > 0) {
      unmatchedGold.set(item.key, left - 1);
      tp += 1;
    } else {
      falseHits.push(label(item));
    }
  }
  // The last gold items of each key are the ones left over.
  const misses: string[] = [];
  for (const item of [...gold].reverse()) {
    const left = unmatchedGold.get(item.key) ?? 0;
    if (left === 0) continue;
    unmatchedGold.set(item.key, left - 1);
    misses.push(label(item));
  }
  misses.reverse();
  const tally = { tp, fp: falseHits.length, fn: misses.length };
  return { ...tally, ...rates(tally), misses, falseHits };
}

/** Scores one file's extraction against its gold record. */
export function scoreFile(gold: ComparableRecord, predicted: ComparableRecord): FileScore {
  const categories = Object.fromEntries(
    CATEGORIES.map((category) => [category, matchItems(ITEMS[category](gold), ITEMS[category](predicted))]),
  ) as Record<Category, CategoryResult>;
  return { file: gold.file, categories };
}

/**
 * Precision, recall and F1 of a tally.
 *
 * @example rates({ tp: 3, fp: 1, fn: 2 }) // { precision: 0.75, recall: 0.6, f1: 0.666… }
 */
export function rates({ tp, fp, fn }: Tally): Rates {
  return {
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  };
}

/** Scores each (gold, extracted) pair, then sums the counts over files per category. */
export function scoreCorpus(pairs: readonly { gold: ComparableRecord; predicted: ComparableRecord }[]): EvalScore {
  const files = pairs.map(({ gold, predicted }) => scoreFile(gold, predicted));
  const totals = CATEGORIES.map((category): CategoryScore => {
    const tally = { tp: 0, fp: 0, fn: 0 };
    for (const file of files) {
      tally.tp += file.categories[category].tp;
      tally.fp += file.categories[category].fp;
      tally.fn += file.categories[category].fn;
    }
    return { category, ...tally, ...rates(tally) };
  });
  return { files, totals };
}
