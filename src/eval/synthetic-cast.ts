/**
 * The synthetic corpus with a recurring cast, for timing the store (`officials bench ingest`).
 * `syntheticArticle` draws every name afresh from some 16,000 names, and a person is a name in
 * a province, so almost no one is named twice; real officials are named in article after
 * article, and that is what makes a graph (tenures attested many times, careers, merges that
 * read many articles again). Here every place a meeting is held in (the province or city its
 * name gives) has a cast of CAST_SIZE people, and each person an article names is replaced by
 * one of its place's cast, the first of the cast more often than the last (as a province's
 * Secretary is named more often than a department director). Article i still depends on
 * (seed, i) alone.
 */
import { syntheticArticle, type SyntheticArticle } from './synthetic-corpus.js';

/** People per place. With 500 articles, a province's cast member is named in 3 to 4 articles on average. */
export const CAST_SIZE = 50;

/** murmur3's 32-bit finaliser: spreads a number's bits. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over a string's UTF-16 code units: a well-spread 32-bit number for a string. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A number in [0, 1) that depends on the three numbers only. */
const unit = (a: number, b: number, c: number) => mix(mix(mix(a) ^ b) ^ Math.imul(c + 1, 0x9e3779b9)) / 4294967296;

/**
 * The place an article's meeting is held in, as its name writes it, or '' if none is found.
 *
 * @example placeOf('Kỳ họp thứ 7 HĐND tỉnh Nghệ An khóa XVIII') === 'Nghệ An'
 * @example placeOf('Hội nghị BCH Đảng bộ TP Hạ Long lần thứ 12') === 'Hạ Long'
 */
export function placeOf(event: string): string {
  return / (?:tỉnh|TP) (.+?) (?:lần thứ|khóa) /u.exec(`${event} `)?.[1] ?? '';
}

const casts = new Map<string, readonly string[]>();

/**
 * The cast of a place: the first CAST_SIZE different people named in synthetic articles
 * generated for it (under a seed made of the corpus seed and the place), so its names are
 * drawn as the corpus draws them.
 */
export function castOf(seed: number, place: string): readonly string[] {
  const key = `${seed}\u0000${place}`;
  const known = casts.get(key);
  if (known) return known;
  const castSeed = (seed ^ hashText(place)) >>> 0;
  const names = new Set<string>();
  for (let index = 0; names.size < CAST_SIZE; index++) {
    for (const name of syntheticArticle(castSeed, index).persons) if (names.size < CAST_SIZE) names.add(name);
  }
  const cast = [...names];
  casts.set(key, cast);
  return cast;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The synthetic article at `index` for `seed`, its people replaced by members of its place's
 * cast: different people of the article stay different people.
 */
export function castArticle(seed: number, index: number): SyntheticArticle {
  const article = syntheticArticle(seed, index);
  const cast = castOf(seed, placeOf(article.event));
  const taken = new Set<number>();
  const renamed = new Map<string, string>();
  for (const [k, person] of article.persons.entries()) {
    // u² favours the first of the cast; a member taken already gives way to the next one.
    let member = Math.floor(cast.length * unit(seed, index, k) ** 2);
    while (taken.has(member)) member = (member + 1) % cast.length;
    taken.add(member);
    renamed.set(person, cast[member] as string);
  }
  // One pass over the text, longest names first, whole words only: no name is renamed twice.
  const names = [...renamed.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
  return {
    ...article,
    text: article.text.replace(pattern, (name) => renamed.get(name) ?? name),
    persons: article.persons.map((person) => renamed.get(person) ?? person),
  };
}

/**
 * `count` articles of the recurring-cast corpus for `seed`.
 *
 * @example castCorpus(3, 1).length === 3
 */
export function castCorpus(count: number, seed: number): SyntheticArticle[] {
  return Array.from({ length: count }, (_, index) => castArticle(seed, index));
}
