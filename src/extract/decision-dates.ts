import type { DateIndex, DateSpan } from './dates.js';
import type { Doc } from './doc.js';
import { phraseSet } from './lexicon.js';
import type { Sentence } from './sentences.js';

/**
 * The day of a decision a sentence carries out: "… công bố Quyết định số 2568-QĐNS/TW ngày 28/11.
 * Theo quyết định này, ông A được điều động …" — the change is the decision's, dated 28/11, not
 * the day of the ceremony that announced it.
 */

// "Theo quyết định này", "Theo các quyết định trên", "Theo đó": the decision just named.
const REFERS_BACK = phraseSet([
  'theo đó',
  'theo quyết định này',
  'theo quyết định đó',
  'theo quyết định trên',
  'theo các quyết định này',
  'theo các quyết định trên',
  'theo nghị quyết này',
  'theo nghị quyết trên',
]);
const DECISION = phraseSet(['quyết định', 'nghị quyết']);
// "Quyết định số 2568-QĐNS/TW ngày 28/11": the number between the word and its day.
const MAX_NUMBER_TOKENS = 10;

/** The day of the decision named in the sentence before `sentence` when `sentence` opens by referring to it; null otherwise. */
export function referredDecisionDate(doc: Doc, sentence: Sentence, previous: Sentence | undefined, dates: DateIndex): DateSpan | null {
  if (previous === undefined || REFERS_BACK.match(doc.tokens, sentence.tokenStart) === null) return null;
  for (let k = previous.tokenStart; k < previous.tokenEnd; k++) {
    const decision = DECISION.match(doc.tokens, k);
    if (decision === null) continue;
    const date = dates.firstIn(decision.end, Math.min(previous.tokenEnd, decision.end + MAX_NUMBER_TOKENS));
    if (date !== null && date.date.precision === 'DAY' && isNumbering(doc, decision.end, date.start)) return date;
  }
  return null;
}

/** Tokens [from, to) are the decision's number: "số 2568-QĐNS/TW ngày", nothing said between. */
function isNumbering(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const token = doc.tokens[k];
    if (token === undefined || token.text === ',' || token.kind === 'newline') return false;
    if (token.kind === 'word' && !['số', 'ngày'].includes(token.lower) && token.text === token.lower) return false;
  }
  return true;
}
