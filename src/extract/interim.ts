import { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';

/**
 * Titles that are nobody's post: an interim duty ("phân công ông A thực hiện nhiệm vụ, quyền hạn
 * của Chủ tịch HĐND tỉnh", "phụ trách, điều hành UBND tỉnh") and a vacant post ("cho đến khi
 * kiện toàn chức danh Chủ tịch UBND tỉnh"). Interim duties are neither titles nor changes.
 */

// Phrases that end right before such a title.
const BEFORE_TITLE = new Lexicon<true>(
  [
    'thực hiện', 'thực hiện quyền', 'thực hiện nhiệm vụ', 'thực hiện nhiệm vụ của', 'thực hiện nhiệm vụ , quyền hạn của',
    'thực hiện nhiệm vụ và quyền hạn của', 'thực hiện chức trách', 'thực hiện chức trách của', 'phụ trách', 'điều hành', 'phụ trách , điều hành',
    'phụ trách điều hành', 'quyền hạn của',
    // "quyền Trưởng ban": acting in a post that is no post of its own (titles.ts reads those that are).
    'quyền',
  ].map((phrase) => [phrase, true] as const),
);
const LONGEST_BEFORE = 8;

// "cho đến khi …": what follows in the clause is a post to be filled.
const UNTIL = new Lexicon<true>(['cho đến khi', 'cho tới khi', 'đến khi', 'tới khi'].map((phrase) => [phrase, true] as const));
const UNTIL_WINDOW = 8;
const CLAUSE_ENDS = new Set([',', ';', '.', '\n', '(', ')']);

/** Whether the title that starts at token `start` is an interim duty or a vacant post. */
export function isInterimTitleAt(tokens: readonly Token[], start: number): boolean {
  for (let k = Math.max(0, start - LONGEST_BEFORE); k < start; k++) {
    if (BEFORE_TITLE.matchAll(tokens, k).some((match) => match.end === start)) return true;
  }
  for (let k = start - 1; k >= Math.max(0, start - UNTIL_WINDOW); k--) {
    if (CLAUSE_ENDS.has(tokens[k]?.text ?? '')) return false;
    if (UNTIL.match(tokens, k) !== null) return true;
  }
  return false;
}
