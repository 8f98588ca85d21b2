import { phraseSet } from './lexicon.js';
import { startsWithRoleWord } from './role-words.js';
import type { Token } from './tokens.js';

/**
 * Career histories written as a list after an introduction: "ông A đã kinh qua nhiều vị trí công
 * tác tại tỉnh B: <title>; <title>; …", "… trải qua nhiều cương vị như: <title>, <title>". The
 * verb of the introduction links the list to the subject before it; its words say whether the
 * posts are past ("kinh qua", "từng", "trước đây").
 */

/** Where the positions of token kinds are known: the person covering each token (-1 for none), 1 where a title starts. */
export interface ListSpans {
  personAt: Int32Array;
  titleStarts: Uint8Array;
}

// Verbs that introduce the posts someone held ("làm" is not one: "làm việc với lãnh đạo các huyện như: …").
const LIST_VERBS = phraseSet([
  'kinh qua', 'trải qua', 'đảm nhiệm', 'đảm nhận', 'giữ', 'nắm giữ', 'giữ chức', 'giữ các chức', 'giữ các chức vụ',
]);
// What closes the introduction right before the first title: "như:", "như", ":".
const OPENERS = new Set([':', 'như']);
// Words of the past in or just before the introduction: the whole list is of former posts.
export const PAST_WORDS = phraseSet(['từng', 'đã từng', 'kinh qua', 'trải qua', 'trước đây', 'trước đó', 'đã giữ']);
const MAX_INTRODUCTION = 18;
const PAST_REACH = 3;
const SENTENCE_BREAKS = new Set(['.', ';', '!', '?', '\n']);

/** The introduction of a list whose first title starts at `titleStart`: where its verb starts, and whether it speaks of the past. */
export interface ListIntroduction {
  verbStart: number;
  past: boolean;
}

/**
 * "kinh qua nhiều vị trí công tác ở X (cũ) như: <title>": the list verb before the title's
 * opener, with no person, title or sentence break between; null when the title opens no list.
 */
export function listIntroductionBefore(tokens: readonly Token[], spans: ListSpans, titleStart: number, floor: number): ListIntroduction | null {
  if (!OPENERS.has(tokens[titleStart - 1]?.lower ?? '')) return null;
  for (let k = titleStart - 2; k >= Math.max(floor, titleStart - MAX_INTRODUCTION); k--) {
    const token = tokens[k] as Token;
    if (SENTENCE_BREAKS.has(token.text) || (spans.personAt[k] ?? -1) >= 0 || spans.titleStarts[k] === 1) return null;
    const verb = LIST_VERBS.match(tokens, k);
    if (verb === null || verb.end >= titleStart) continue;
    return { verbStart: k, past: hasPastWord(tokens, Math.max(floor, k - PAST_REACH), titleStart) };
  }
  return null;
}

function hasPastWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PAST_WORDS.match(tokens, k) !== null) return true;
  return false;
}

const ITEM_JOINERS = new Set([',', ';']);
const MAX_ITEM = 16;

/**
 * Whether the title starting at `next` goes on a list whose last title ended at `end`, past one
 * item the title grammar could not read ("…; Giám đốc Công ty Cấp nước tỉnh; <title>"): the item
 * starts with a role word right after a joiner, names no one, and a joiner closes it.
 */
export function continuesPastItem(tokens: readonly Token[], spans: ListSpans, end: number, next: number): boolean {
  if (!ITEM_JOINERS.has(tokens[end]?.text ?? '') || !startsWithRoleWord(tokens, end + 1)) return false;
  if (next - end > MAX_ITEM || !ITEM_JOINERS.has(tokens[next - 1]?.text ?? '')) return false;
  for (let k = end + 1; k < next - 1; k++) {
    const token = tokens[k] as Token;
    if (SENTENCE_BREAKS.has(token.text) || (spans.personAt[k] ?? -1) >= 0 || spans.titleStarts[k] === 1) return false;
  }
  return true;
}

/**
 * "từng làm Giám đốc Công ty Xi măng X, <title>": where an item the title grammar could not read
 * starts, right before the title at `titleStart` (after a joiner), when it starts with a role word;
 * the caller checks that a cue comes before it. Null when the title follows no such item.
 */
export function unreadItemBefore(tokens: readonly Token[], spans: ListSpans, titleStart: number, floor: number, isCueEnd: (index: number) => boolean): number | null {
  if (!ITEM_JOINERS.has(tokens[titleStart - 1]?.text ?? '')) return null;
  for (let k = titleStart - 2; k >= Math.max(floor, titleStart - MAX_ITEM); k--) {
    const token = tokens[k] as Token;
    if (SENTENCE_BREAKS.has(token.text) || (spans.personAt[k] ?? -1) >= 0 || spans.titleStarts[k] === 1) return null;
    if (startsWithRoleWord(tokens, k) && isCueEnd(k)) return k;
  }
  return null;
}
