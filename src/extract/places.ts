import type { AreaKind, Level } from '../domain/organization.js';
import { isPlaceOfLevel } from './gazetteer.js';
import { Lexicon } from './lexicon.js';
import { isPersonName } from './names.js';
import { readProvinceName } from './provinces.js';
import { isCapitalizedWord, isJoined, isSpaced, type Token } from './tokens.js';

/** A word for a kind of administrative unit: "tỉnh", "thành phố", "huyện", "xã". */
export interface LevelWord {
  /** As written in canonical names: "thành phố". */
  vi: string;
  /** The adjective in English names: "City", "Provincial". */
  en: string;
  level: Level;
  areaKind: AreaKind;
  /** The unit's Party committee: "Thành ủy", "Đảng ủy xã". */
  committee: string;
}

export const PROVINCE_LEVEL: LevelWord = { vi: 'tỉnh', en: 'Provincial', level: 'PROVINCE', areaKind: 'PROVINCE', committee: 'Tỉnh ủy' };
export const CITY_LEVEL: LevelWord = { vi: 'thành phố', en: 'City', level: 'CITY', areaKind: 'CITY', committee: 'Thành ủy' };
export const DISTRICT: LevelWord = { vi: 'huyện', en: 'District', level: 'DISTRICT', areaKind: 'DISTRICT', committee: 'Huyện ủy' };
export const URBAN_DISTRICT: LevelWord = { vi: 'quận', en: 'District', level: 'DISTRICT', areaKind: 'DISTRICT', committee: 'Quận ủy' };
export const TOWN: LevelWord = { vi: 'thị xã', en: 'Town', level: 'DISTRICT', areaKind: 'TOWN', committee: 'Thị ủy' };
const COMMUNE: LevelWord = { vi: 'xã', en: 'Commune', level: 'COMMUNE', areaKind: 'COMMUNE', committee: 'Đảng ủy xã' };
const WARD: LevelWord = { vi: 'phường', en: 'Ward', level: 'COMMUNE', areaKind: 'WARD', committee: 'Đảng ủy phường' };
const TOWNSHIP: LevelWord = { vi: 'thị trấn', en: 'Township', level: 'COMMUNE', areaKind: 'TOWN', committee: 'Đảng ủy thị trấn' };

/** "tỉnh", "thành phố" / "TP", "huyện", …: a unit named by the place that follows, or the article's own. */
const LEVEL_WORDS = new Lexicon<LevelWord>([
  ['tỉnh', PROVINCE_LEVEL],
  ['thành phố', CITY_LEVEL],
  ['huyện', DISTRICT],
  ['quận', URBAN_DISTRICT],
  ['thị xã', TOWN],
  ['xã', COMMUNE],
  ['phường', WARD],
  ['thị trấn', TOWNSHIP],
]);

/** "Tỉnh ủy", "Thành ủy", …: a Party committee named after its unit. */
export const COMMITTEE_WORDS = new Lexicon<LevelWord>([
  ['tỉnh ủy', PROVINCE_LEVEL],
  ['thành ủy', CITY_LEVEL],
  ['huyện ủy', DISTRICT],
  ['quận ủy', URBAN_DISTRICT],
  ['thị ủy', TOWN],
]);

/** Whether a level word or a committee word ("tỉnh", "Tỉnh ủy") may start at `index`: a cheap test. */
export function mayStartUnitWord(tokens: readonly Token[], index: number): boolean {
  return LEVEL_WORDS.startsAt(tokens, index) || COMMITTEE_WORDS.startsAt(tokens, index);
}

/** The level word at `index` ("TP." with its full stop), or null. */
export function readLevelWord(tokens: readonly Token[], index: number): { word: LevelWord; end: number } | null {
  const match = LEVEL_WORDS.match(tokens, index);
  if (match === null) return null;
  const last = tokens[match.end - 1];
  const dot = tokens[match.end];
  const end = last?.lower === 'tp' && dot?.text === '.' && isJoined(last, dot) ? match.end + 1 : match.end;
  return { word: match.value, end };
}

/** Short names written for a place: "TP HCM", "TP.HCM". */
export const PLACE_ALIASES: ReadonlyMap<string, string> = new Map([['HCM', 'Hồ Chí Minh']]);

const MAX_RUN = 7;
// "HĐND tỉnh Khóa X": the term, capitalised as often as not, never starts or ends a place name.
const NEVER_IN_PLACE_NAMES = new Set(['khóa', 'khoá']);
const MAX_PLACE_SYLLABLES = 3;
// After a body word a name may follow the place: "Bí thư Tỉnh ủy Quảng Ninh Vũ Đại Thắng".
const PLACE_LENGTHS_BEFORE_A_NAME = [2, 3, 1];

/**
 * The place name at token `index` ("Quảng Ninh", "Hạ Long"), told apart from a person's name
 * that may follow it: a known place prefix wins; else, when `mayPrecedeName`, a run that reads
 * as a full name (or a lone word) is no place at all; else a run followed by a full name is
 * split before it. After a level `word`, a unit of that level in the table of administrative
 * units is a known place ("Quận ủy Ngô Quyền", "phường Hai Bà Trưng").
 */
export function readPlace(
  tokens: readonly Token[],
  index: number,
  known: ReadonlySet<string>,
  mayPrecedeName: boolean,
  word: LevelWord | null = null,
): { name: string; end: number } | null {
  const alias = PLACE_ALIASES.get(tokens[index]?.text ?? '');
  if (alias !== undefined) return { name: alias, end: index + 1 };
  // "tỉnh Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế": a province written with a dash, whole.
  const province = readProvinceName(tokens, index);
  if (province !== null && hasDash(tokens, index, province.end)) return province;
  const dashed = word === null ? null : readDashedPlace(tokens, index, word);
  if (dashed !== null) return dashed;
  const run: string[] = [];
  for (let j = index; run.length < MAX_RUN && isCapitalizedWord(tokens[j]) && !NEVER_IN_PLACE_NAMES.has(tokens[j]?.lower ?? '') && (j === index || isSpaced(tokens[j - 1], tokens[j])); j++) {
    run.push((tokens[j] as Token).text);
  }
  if (run.length === 0) return null;
  const take = (length: number) => ({ name: run.slice(0, length).join(' '), end: index + length });
  for (let length = Math.min(MAX_PLACE_SYLLABLES, run.length); length >= 1; length--) {
    const name = run.slice(0, length).join(' ');
    if (known.has(name) || (word !== null && isPlaceOfLevel(name, word.vi))) return take(length);
  }
  if (mayPrecedeName && isPersonName(run)) return null;
  // One capitalised word after a body ("HĐND Thành phố Phát biểu", a caption) is rarely a place.
  if (mayPrecedeName && run.length === 1) return null;
  if (run.length >= 3) {
    for (const length of PLACE_LENGTHS_BEFORE_A_NAME) {
      if (length < run.length && isPersonName(run.slice(length))) return take(length);
    }
  }
  return take(Math.min(run.length, MAX_PLACE_SYLLABLES));
}

const DASHES = new Set(['-', '–', '—']);

function hasDash(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (DASHES.has(tokens[k]?.text ?? '')) return true;
  return false;
}

/** Capitalised words from `index` on, spaced apart: at most MAX_PLACE_SYLLABLES. */
function capitalizedRun(tokens: readonly Token[], index: number): string[] {
  const run: string[] = [];
  for (let j = index; run.length < MAX_PLACE_SYLLABLES && isCapitalizedWord(tokens[j]) && (j === index || isSpaced(tokens[j - 1], tokens[j])); j++) {
    run.push((tokens[j] as Token).text);
  }
  return run;
}

/**
 * "Văn Miếu – Quốc Tử Giám", "Phan Rang - Tháp Chàm": a unit whose name joins two names with a
 * dash, when the table has a unit of that level so named. The name keeps the dash as written.
 */
function readDashedPlace(tokens: readonly Token[], index: number, word: LevelWord): { name: string; end: number } | null {
  const left = capitalizedRun(tokens, index);
  const dash = tokens[index + left.length];
  if (left.length === 0 || dash === undefined || !DASHES.has(dash.text)) return null;
  const right = capitalizedRun(tokens, index + left.length + 1);
  for (let length = right.length; length >= 1; length--) {
    const tail = right.slice(0, length).join(' ');
    if (isPlaceOfLevel(`${left.join(' ')} - ${tail}`, word.vi)) {
      return { name: `${left.join(' ')} ${dash.text} ${tail}`, end: index + left.length + 1 + length };
    }
  }
  return null;
}
