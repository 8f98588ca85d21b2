import type { BodyRef } from '../domain/extraction.js';
import { areaFor, type AreaContext } from './context.js';
import { Lexicon } from './lexicon.js';
import { CITY_LEVEL, DISTRICT, PROVINCE_LEVEL, readPlace, TOWN, URBAN_DISTRICT, type LevelWord } from './places.js';
import type { Token } from './tokens.js';

/**
 * The Youth Union of a unit, named like its Party committee with "đoàn" for "ủy": "Tỉnh Đoàn Hà
 * Tĩnh", "Thành đoàn Hà Nội", "huyện đoàn" (the article's district). Without a place it is the
 * article's unit of that level, or unknown.
 */

interface UnionWord {
  word: LevelWord;
  /** As written in canonical names: "Tỉnh Đoàn". */
  head: string;
}

const UNION_WORDS = new Lexicon<UnionWord>([
  ['tỉnh đoàn', { word: PROVINCE_LEVEL, head: 'Tỉnh Đoàn' }],
  ['thành đoàn', { word: CITY_LEVEL, head: 'Thành đoàn' }],
  ['huyện đoàn', { word: DISTRICT, head: 'Huyện đoàn' }],
  ['quận đoàn', { word: URBAN_DISTRICT, head: 'Quận đoàn' }],
  ['thị đoàn', { word: TOWN, head: 'Thị đoàn' }],
]);

/** Whether a Youth Union's name may start at token `index`: a cheap test. */
export function mayStartYouthUnion(tokens: readonly Token[], index: number): boolean {
  return UNION_WORDS.startsAt(tokens, index);
}

/** The Youth Union named at token `index` (its body null when no unit is known), or null. */
export function readYouthUnion(tokens: readonly Token[], index: number, context: AreaContext): { body: BodyRef | null; spelled: string; end: number } | null {
  const match = UNION_WORDS.match(tokens, index);
  if (match === null) return null;
  const { word, head } = match.value;
  const place = readPlace(tokens, match.end, context.known, true, word);
  const area = areaFor(context, word, place?.name ?? null);
  const end = place?.end ?? match.end;
  if (area === null) return { body: null, spelled: head, end };
  const body: BodyRef = { kind: 'MASS_ORGANIZATION', level: word.level, area, name: `${head} ${area.name}`, nameEn: `${area.name} ${word.en} Youth Union` };
  return { body, spelled: body.name, end };
}
