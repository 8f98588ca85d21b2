import { phraseSet } from './lexicon.js';
import type { Token } from './tokens.js';

/**
 * "sẽ bầu", "dự kiến bổ nhiệm", "đề nghị Quốc hội miễn nhiệm", "trình … phê chuẩn": a change
 * that is only planned. The nouns are not plans: "theo trình tự", "phê chuẩn đề nghị của Thủ
 * tướng" (the proposal was approved), "tờ trình", "quá trình công tác".
 */
const PLANNED = phraseSet(['sẽ', 'dự kiến', 'đề nghị', 'đề xuất', 'trình', 'xem xét', 'giới thiệu']);
const NOUN_AFTER = new Set(['tự', 'độ', 'của', 'bày', 'diễn']);
// "quá trình", "chương trình", "tiến trình", "quy trình": nouns, not "trình" (to submit).
const NOUN_BEFORE = new Set(['tờ', 'phê', 'chuẩn', 'theo', 'thuận', 'qua', 'lộ', 'công', 'quá', 'chương', 'tiến', 'quy', 'hành', 'giáo', 'phương']);

/** Whether a word that makes a change only planned starts at token `index`. */
export function isPlannedWordAt(tokens: readonly Token[], index: number): boolean {
  const match = PLANNED.match(tokens, index);
  if (match === null) return false;
  return !NOUN_AFTER.has(tokens[match.end]?.lower ?? '') && !NOUN_BEFORE.has(tokens[index - 1]?.lower ?? '');
}

/** Whether tokens [from, to) hold a planning word. */
export function hasPlannedWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (isPlannedWordAt(tokens, k)) return true;
  return false;
}
