import { fold } from '../domain/text.js';

/**
 * How the answers benchmark compares people's names (corpus README, "answers.jsonl"): equal
 * after folding, or differing only in the order of the syllables after the family name (a swap
 * typo the graph may keep as a second spelling). It is the benchmark's own rule, independent of
 * the resolver's, so that changing the resolver never moves the yardstick.
 */

/** The syllables of a name, folded (no marks, `đ` → `d`, lowercase), punctuation dropped. */
function syllables(name: string): string[] {
  return fold(name)
    .split(/[^a-z0-9]+/)
    .filter((syllable) => syllable !== '');
}

/**
 * The folded name, syllables one space apart.
 *
 * @example foldName('Vũ  Đại Thắng') === 'vu dai thang'
 */
export function foldName(name: string): string {
  return syllables(name).join(' ');
}

/** The family name and the other syllables in a fixed order: one key for every swap of them. */
function swapKey(name: string): string {
  const [family = '', ...rest] = syllables(name);
  return `${family}|${rest.sort().join(' ')}`;
}

/**
 * Whether two spellings name one person for the benchmark: equal folded, or the same family name
 * and the same other syllables in another order.
 *
 * @example sameName('Vũ Tiến Quyết', 'Vũ Quyết Tiến') === true
 * @example sameName('Vũ Tiến Quyết', 'Quyết Vũ Tiến') === false
 */
export function sameName(first: string, second: string): boolean {
  return foldName(first) === foldName(second) || swapKey(first) === swapKey(second);
}

/**
 * The names, each person once: a later spelling the benchmark counts as the same person as an
 * earlier one is dropped (the graph may keep a swap typo as a second person).
 *
 * @example distinctNames(['Vũ Quyết Tiến', 'Lê Văn A', 'Vũ Tiến Quyết']) // ['Vũ Quyết Tiến', 'Lê Văn A']
 */
export function distinctNames(names: readonly string[]): string[] {
  const kept: string[] = [];
  for (const name of names) if (!kept.some((other) => sameName(other, name))) kept.push(name);
  return kept;
}

/** What a set of names lacks and has too much, compared with the expected set. */
export interface NameSetDifference {
  missing: string[];
  extra: string[];
}

/**
 * Compares two sets of people by name: each expected name takes the name of `got` it equals
 * (`sameName`); what is left over on either side is missing or extra. Each side counts every
 * person once (`distinctNames`).
 *
 * @example compareNameSets(['Lê Văn A', 'Trần B'], ['le van a', 'Ngô C']) // { missing: ['Trần B'], extra: ['Ngô C'] }
 */
export function compareNameSets(expected: readonly string[], got: readonly string[]): NameSetDifference {
  const left = distinctNames(got);
  const missing: string[] = [];
  for (const name of distinctNames(expected)) {
    const at = left.findIndex((candidate) => sameName(candidate, name));
    if (at < 0) missing.push(name);
    else left.splice(at, 1);
  }
  return { missing, extra: left };
}

/**
 * Whether two lists name the same people in the same order (each person counted at their first
 * place, see `distinctNames`).
 *
 * @example sameNameOrder(['Lê Văn A', 'Trần B'], ['Le Van A', 'Tran B', 'Le A Van']) === true
 */
export function sameNameOrder(expected: readonly string[], got: readonly string[]): boolean {
  const wanted = distinctNames(expected);
  const order = distinctNames(got);
  return wanted.length === order.length && wanted.every((name, i) => sameName(name, order[i]!));
}
