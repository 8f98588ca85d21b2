import type { AreaRef } from '../domain/extraction.js';
import { CITY_LEVEL, COMMITTEE_WORDS, PROVINCE_LEVEL, mayStartUnitWord, readLevelWord, readPlace, type LevelWord } from './places.js';
import { PROVINCE_MERGER_2025 } from '../domain/admin-units.generated.js';
import { mergedInto } from '../domain/admin-units.js';
import { provinceOfCity } from './gazetteer.js';
import { CENTRAL_CITY_NAMES, PROVINCE_NAMES, readProvinceName } from './provinces.js';
import type { Token } from './tokens.js';
import { placesInUrl } from './url-places.js';

/** The article's own province and city, and every place name it uses. */
export interface AreaContext {
  province: AreaRef | null;
  city: AreaRef | null;
  /** Place names seen in the article or known provinces: they are places, not people. */
  known: ReadonlySet<string>;
  /**
   * The article's own unit below the city, by level word ("phường" → "Văn Miếu – Quốc Tử
   * Giám"): the one of that level named most, so that "UBND phường" means it.
   */
  locals?: ReadonlyMap<string, { word: LevelWord; area: AreaRef }>;
}

interface Tally {
  name: string;
  count: number;
  first: number;
}

// A level word right after these belongs to a body ("UBND tỉnh"): a person's name may follow it.
const BODY_TAIL_WORDS = new Set(['hđnd', 'ubnd', 'dân', 'mttq', 'quốc', 'nam', 'sự', 'bộ', 'ủy', 'đbqh', 'hội', 'tra', 'vụ', 'hành']);

/**
 * Finds the province and city the article is about from "tỉnh Quảng Ninh", "thành phố Hạ Long",
 * "Tỉnh ủy Quảng Ninh", …: the most mentioned of each (the first on a tie). A city found with a
 * province is `within` it; a centrally-run city ("thành phố Hà Nội") counts as the province.
 * With no province named so, in order: the province of a known city or town named in the text,
 * a path segment of the URL that is a province's slug (".../quang-ninh/..."), the province the
 * site names ("baoquangninh.vn"), the province named most often on its own ("Bản tin Quảng
 * Ninh"). Otherwise none: nothing is guessed. With no city in the text, the city the URL names.
 */
export function findAreaContext(tokens: readonly Token[], url: string | null = null, date: string | null = null): AreaContext {
  const afterMerger = date !== null && date >= PROVINCE_MERGER_2025.inForce;
  const provinces = new Map<string, Tally>();
  const cities = new Map<string, Tally>();
  const towns = new Map<string, Tally>();
  const localTallies = new Map<string, { word: LevelWord; tallies: Map<string, Tally> }>();
  const bare = new Map<string, Tally>();
  const known = new Set(PROVINCE_NAMES);
  for (let i = 0; i < tokens.length; i++) {
    const found = mayStartUnitWord(tokens, i) ? placeAfterUnitWord(tokens, i, known) : null;
    if (found === null) {
      const read = readProvinceName(tokens, i);
      const name = read !== null && BARE_NAME_AFTER.has(tokens[i - 1]?.lower ?? '') ? null : read;
      if (name !== null && !CENTRAL_CITY_NAMES.has(name.name)) count(bare, name.name, i);
      if (name !== null) i = name.end - 1;
      continue;
    }
    known.add(found.name);
    i = found.end - 1;
    // "tỉnh Hải Dương (cũ)": a former unit, named for a career, is not where the article is.
    if (isFormerUnit(tokens, found.end)) continue;
    const isProvince = found.word.level === 'PROVINCE' || (found.word.areaKind === 'CITY' && CENTRAL_CITY_NAMES.has(found.name));
    // After the merger, a province merged into another no longer is one: it is a career's past.
    if (isProvince && afterMerger && (mergedInto(found.name) ?? found.name) !== found.name) continue;
    if (isProvince) count(provinces, found.name, i);
    else if (found.word.areaKind === 'CITY') count(cities, found.name, i);
    else if (found.word.areaKind === 'TOWN') count(towns, found.name, i);
    if (!isProvince && found.word.areaKind !== 'CITY') {
      const local = localTallies.get(found.word.vi) ?? { word: found.word, tallies: new Map<string, Tally>() };
      localTallies.set(found.word.vi, local);
      count(local.tallies, found.name, i);
    }
  }
  const fromUrl = placesInUrl(url);
  const provinceName =
    mostMentioned(provinces) ??
    provinceOfPlaces(cities) ??
    provinceOfPlaces(towns) ??
    fromUrl.pathProvince ??
    fromUrl.siteProvince ??
    mostMentioned(bare);
  const province: AreaRef | null =
    provinceName === null ? null : { name: provinceName, kind: CENTRAL_CITY_NAMES.has(provinceName) ? 'CITY' : 'PROVINCE', within: null };
  // A city of another province ("thành phố Hải Dương" in a text about Hải Phòng) is not the article's.
  const cityName = mostMentioned(cities, (name) => {
    const cityProvince = provinceOfCity(name);
    return provinceName === null || cityProvince === provinceName || (cityProvince === null && !CENTRAL_CITY_NAMES.has(provinceName));
  });
  // With no city in the text, the one the site or the page's slug names, when in the province.
  const urlCity = fromUrl.city !== null && provinceOfCity(fromUrl.city) === provinceName ? fromUrl.city : null;
  const city: AreaRef | null = (cityName ?? urlCity) === null ? null : { name: (cityName ?? urlCity) as string, kind: 'CITY', within: province };
  const locals = new Map<string, { word: LevelWord; area: AreaRef }>();
  for (const [vi, { word, tallies }] of localTallies) {
    const name = mostMentioned(tallies);
    if (name !== null) locals.set(vi, { word, area: { name, kind: word.areaKind, within: city ?? province } });
  }
  return { province, city, known, locals };
}

/** "(cũ)" right after a unit: the unit as it was before a merger. */
function isFormerUnit(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.text === '(' && tokens[index + 1]?.lower === 'cũ' && tokens[index + 2]?.text === ')';
}

function placeAfterUnitWord(tokens: readonly Token[], index: number, known: ReadonlySet<string>): { name: string; word: LevelWord; end: number } | null {
  const committee = COMMITTEE_WORDS.match(tokens, index);
  if (committee !== null) {
    const place = readPlace(tokens, committee.end, known, true, committee.value);
    return place === null ? null : { ...place, word: committee.value };
  }
  const level = readLevelWord(tokens, index);
  if (level === null) return null;
  const afterBody = BODY_TAIL_WORDS.has(tokens[index - 1]?.lower ?? '');
  const place = readPlace(tokens, level.end, known, afterBody, level.word);
  return place === null ? null : { ...place, word: level.word };
}

// "Chủ tịch Hồ Chí Minh", "đường Lê Lợi": a name after these is no place of the article.
const BARE_NAME_AFTER = new Set(['đường', 'phố', 'cầu', 'sông', 'núi', 'tịch', 'bác']);

function provinceOfPlaces(tallies: Map<string, Tally>): string | null {
  const provinces = new Map<string, Tally>();
  for (const tally of tallies.values()) {
    const province = provinceOfCity(tally.name);
    if (province !== null) for (let k = 0; k < tally.count; k++) count(provinces, province, tally.first);
  }
  return mostMentioned(provinces);
}

function count(tallies: Map<string, Tally>, name: string, position: number): void {
  const tally = tallies.get(name);
  if (tally === undefined) tallies.set(name, { name, count: 1, first: position });
  else tally.count++;
}

function mostMentioned(tallies: Map<string, Tally>, admits: (name: string) => boolean = () => true): string | null {
  let best: Tally | null = null;
  for (const tally of tallies.values()) {
    if (!admits(tally.name)) continue;
    if (best === null || tally.count > best.count || (tally.count === best.count && tally.first < best.first)) best = tally;
  }
  return best?.name ?? null;
}

/**
 * The area a unit word refers to: the named place, reusing the context's own objects, or —
 * with no name — the article's province ("tỉnh") or city ("thành phố").
 */
export function areaFor(context: AreaContext, word: LevelWord, name: string | null): AreaRef | null {
  if (name === null) return areaOfLevel(context, word);
  if (context.province?.name === name) return context.province;
  if (context.city?.name === name) return context.city;
  if (word.level === 'PROVINCE' || CENTRAL_CITY_NAMES.has(name)) return { name, kind: CENTRAL_CITY_NAMES.has(name) ? 'CITY' : word.areaKind, within: null };
  return { name, kind: word.areaKind, within: context.province };
}

function areaOfLevel(context: AreaContext, word: LevelWord): AreaRef | null {
  // In an article about a centrally-run city, "tỉnh" names no province the article knows.
  if (word.areaKind === 'PROVINCE') return context.province?.kind === 'PROVINCE' ? context.province : null;
  // In a centrally-run city's article, "Thành ủy" and "UBND thành phố" are the city's own.
  if (word.areaKind === 'CITY') return context.province?.kind === 'CITY' ? context.province : context.city;
  return context.locals?.get(word.vi)?.area ?? null;
}

/**
 * The article's province-level unit, for bodies only a province has ("Sở Nội vụ", the National
 * Assembly delegation): "tỉnh Nghệ An", or for a centrally-run city "thành phố Hải Phòng".
 */
export function provinceUnit(context: AreaContext): { word: LevelWord; area: AreaRef } | null {
  const { province } = context;
  if (province === null) return null;
  return { word: province.kind === 'CITY' ? CITY_LEVEL : PROVINCE_LEVEL, area: province };
}

/**
 * The one commune-level unit (phường, xã, thị trấn) the article names, if it names just one:
 * in a ward's article, "Bí thư Đảng ủy" is the ward's.
 */
export function communeOfArticle(context: AreaContext): { word: LevelWord; area: AreaRef } | null {
  const communes = [...(context.locals?.values() ?? [])].filter((local) => local.word.level === 'COMMUNE');
  return communes.length === 1 ? (communes[0] ?? null) : null;
}
