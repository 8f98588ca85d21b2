import type { BodyRef } from '../domain/extraction.js';
import { areaFor, type AreaContext } from './context.js';
import { phraseSet } from './lexicon.js';
import { CITY_LEVEL, PROVINCE_LEVEL } from './places.js';
import { CENTRAL_CITY_NAMES, readProvinceName } from './provinces.js';
import type { Token } from './tokens.js';

/**
 * Management boards, named by what they manage: "Ban Quản lý Khu kinh tế Hải Phòng", "Ban Quản
 * lý các Khu công nghiệp tỉnh", "Ban Quản lý dự án Cảng Nghi Sơn, Thanh Hóa". The name runs to
 * the province that closes it (after a comma too), or to the end of the phrase.
 */

const HEAD = phraseSet(['ban quản lý']);
// Words that end the name: the sentence goes on ("được bổ nhiệm", "kiêm", "thay ông …").
const NAME_ENDS = new Set(['được', 'đã', 'sẽ', 'là', 'và', 'với', 'tại', 'cho', 'của', 'về', 'trong', 'để', 'thay', 'kiêm', 'nay', 'từ', 'khi']);
const MAX_NAME_WORDS = 10;

/** Whether a management board's name may start at token `index`: a cheap test. */
export function mayStartManagementBoard(tokens: readonly Token[], index: number): boolean {
  return HEAD.startsAt(tokens, index);
}

/** The management board named at token `index`, or null. */
export function readManagementBoard(tokens: readonly Token[], index: number, context: AreaContext): { body: BodyRef; end: number } | null {
  const head = HEAD.match(tokens, index);
  if (head === null) return null;
  const words: string[] = [];
  for (let k = head.end; k < head.end + MAX_NAME_WORDS; k++) {
    const token = tokens[k];
    if (token === undefined) break;
    const province = words.length === 0 ? null : readProvinceName(tokens, token.text === ',' ? k + 1 : k);
    if (province !== null) return board(words, province.name, token.text === ',' ? ', ' : ' ', province.end, context);
    if ((token.kind !== 'word' && token.text !== '-') || NAME_ENDS.has(token.lower)) break;
    words.push(token.text);
  }
  if (words.length === 0 || words.at(-1) === '-') return null;
  return { body: { kind: 'STATE_BODY', level: 'PROVINCE', area: null, name: `Ban Quản lý ${words.join(' ')}`, nameEn: 'Management Board' }, end: head.end + words.length };
}

function board(words: readonly string[], province: string, joint: string, end: number, context: AreaContext): { body: BodyRef; end: number } {
  const word = CENTRAL_CITY_NAMES.has(province) ? CITY_LEVEL : PROVINCE_LEVEL;
  const area = areaFor(context, word, province);
  return { body: { kind: 'STATE_BODY', level: 'PROVINCE', area, name: `Ban Quản lý ${words.join(' ')}${joint}${province}`, nameEn: `${province} Management Board` }, end };
}
