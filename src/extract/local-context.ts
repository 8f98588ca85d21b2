import type { AreaRef } from '../domain/extraction.js';
import { readUnit } from './bodies.js';
import type { AreaContext } from './context.js';
import type { Doc } from './doc.js';
import { provinceOfCity } from './gazetteer.js';
import { CENTRAL_CITY_NAMES, readProvinceName } from './provinces.js';
import { firstStartingAtOrAfter } from './spans.js';

/**
 * A sentence that opens on a place ("Cùng ngày, ở Thừa Thiên - Huế, ông … tái đắc cử Bí thư
 * Tỉnh ủy", "Trong thời gian công tác tại thành phố Cẩm Phả, ông …") moves the story there: from
 * that place on, "Tỉnh ủy" or "UBND thành phố" without a name mean the named place, until
 * another sentence opens on another place.
 */

/** The context in force from token `start` on. */
interface Shift {
  start: number;
  context: AreaContext;
}

// The place phrase must close a short opening adverbial: within this many tokens of the sentence start.
const MAX_OPENING = 12;
const PLACE_PREPOSITIONS = new Set(['ở', 'tại']);

/** The article's context at each token, with the shifts the text makes. */
export class ContextMap {
  private constructor(
    private readonly main: AreaContext,
    private readonly shifts: readonly Shift[],
  ) {}

  static of(doc: Doc, main: AreaContext): ContextMap {
    const shifts: Shift[] = [];
    for (const sentence of doc.sentences) {
      const last = Math.min(sentence.tokenEnd, sentence.tokenStart + MAX_OPENING);
      for (let i = sentence.tokenStart; i < last; i++) {
        if (!PLACE_PREPOSITIONS.has(doc.tokens[i]?.lower ?? '')) continue;
        const shift = openingPlace(doc, i + 1, main);
        if (shift !== null) {
          shifts.push({ start: i, context: shift });
          break;
        }
      }
      const list = listPlace(doc, sentence.tokenStart, sentence.tokenEnd, main);
      if (list !== null) {
        const before = shifts[shifts.length - 1]?.context ?? main;
        shifts.push({ start: list.start, context: list.context }, { start: sentence.tokenEnd, context: before });
      }
    }
    return new ContextMap(main, shifts);
  }

  /** The context in force at token `index`. */
  at(index: number): AreaContext {
    if (this.shifts.length === 0) return this.main;
    const shift = this.shifts[firstStartingAtOrAfter(this.shifts, index + 1) - 1];
    return shift?.context ?? this.main;
  }
}

// "kinh qua nhiều vị trí ở Kiên Giang (cũ) như: …", "… của tỉnh Hà Tĩnh: …": a list of posts in a province.
const LIST_PLACE_WORDS = new Set(['ở', 'tại', 'của']);
const LIST_OPENERS = new Set([':', 'như']);

/**
 * A province named right before a list ("ở Kiên Giang (cũ) như: Trưởng Ban Tổ chức Tỉnh ủy, …"):
 * the list's bare "Tỉnh ủy", "UBND tỉnh" are that province's, to the end of the sentence.
 */
function listPlace(doc: Doc, from: number, to: number, main: AreaContext): Shift | null {
  const { tokens } = doc;
  for (let i = from; i < to; i++) {
    if (!LIST_PLACE_WORDS.has(tokens[i]?.lower ?? '')) continue;
    const level = tokens[i + 1]?.lower === 'tỉnh' ? 1 : 0;
    const province = readProvinceName(tokens, i + 1 + level);
    if (province === null || CENTRAL_CITY_NAMES.has(province.name)) continue;
    let end = province.end;
    if (tokens[end]?.text === '(' && tokens[end + 2]?.text === ')') end += 3;
    if (LIST_OPENERS.has(tokens[end]?.lower ?? '')) return { start: i, context: withProvince(main, province.name) };
  }
  return null;
}

/** "Thừa Thiên - Huế ,", "thành phố Cẩm Phả (Quảng Ninh) ,": the context it sets, or null. */
function openingPlace(doc: Doc, index: number, main: AreaContext): AreaContext | null {
  const { tokens } = doc;
  const province = readProvinceName(tokens, index);
  const unit = province === null ? readUnit(tokens, index, main) : null;
  let end = province?.end ?? unit?.end ?? index;
  if (tokens[end]?.text === '(') {
    while (end < index + MAX_OPENING && tokens[end] !== undefined && tokens[end]?.text !== ')') end++;
    end++;
  }
  if (tokens[end]?.text !== ',') return null;
  if (province !== null) return withProvince(main, province.name);
  const area = unit?.unit.area ?? null;
  if (area === null || unit === null) return null;
  if (area.kind === 'PROVINCE' || CENTRAL_CITY_NAMES.has(area.name)) return withProvince(main, area.name);
  if (area.kind !== 'CITY') return null;
  const provinceName = provinceOfCity(area.name);
  const within = provinceName === null || provinceName === main.province?.name ? main.province : provinceArea(provinceName);
  return { ...main, province: within, city: { name: area.name, kind: 'CITY', within } };
}

function withProvince(main: AreaContext, name: string): AreaContext {
  if (main.province?.name === name) return main;
  return { ...main, province: provinceArea(name), city: null };
}

function provinceArea(name: string): AreaRef {
  return { name, kind: CENTRAL_CITY_NAMES.has(name) ? 'CITY' : 'PROVINCE', within: null };
}
