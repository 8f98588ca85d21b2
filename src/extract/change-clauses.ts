import type { ChangeKind } from '../domain/extraction.js';
import type { ChangeVerb } from './change-verbs.js';
import type { Doc } from './doc.js';
import { phraseSet } from './lexicon.js';
import type { Sentence } from './sentences.js';

/**
 * The stretch of a sentence each change verb speaks about. A verb's clause runs from the end of
 * the verb before it to the start of the next one. A decision that opens a list with ":" and
 * splits its items with ";" speaks about every item, even after an item that has a verb of its
 * own: "chỉ định: ông A, …, giữ chức Phó Bí thư; giới thiệu để bầu Chủ tịch UBND; ông B, …, giữ
 * chức Phó Bí thư Thường trực" (B is designated, not put up for election), "miễn nhiệm … đối
 * với: ông A, để nghỉ hưu; ông B để nhận nhiệm vụ mới" (B is relieved). The verb inside an item
 * stops at the item's ";", and what follows goes back to the verb that opened the list.
 */

/** One verb and the tokens it is about. */
export interface ChangeClause {
  /** The verb; for a list item given back to its opener, the opener's words at the item's ";". */
  verb: ChangeVerb;
  clauseStart: number;
  scopeEnd: number;
  /** The opener's kind and plan, when the clause is an item given back to it. */
  opener: { kind: ChangeKind; planned: boolean } | null;
}

// "Sau khi bầu thêm hai phó chủ tịch, UBND … gồm …": the verb's clause ends at the comma.
const TEMPORAL = phraseSet(['sau khi', 'trước khi']);

/**
 * The clauses of a sentence's verbs, in order.
 * @param readOpener the kind and plan of a verb read in its own clause.
 */
export function clausesOf(
  doc: Doc,
  sentence: Sentence,
  verbs: readonly ChangeVerb[],
  readOpener: (verb: ChangeVerb, clauseStart: number, scopeEnd: number) => { kind: ChangeKind; planned: boolean },
): ChangeClause[] {
  const clauses: ChangeClause[] = [];
  let opener: { verb: ChangeVerb; clauseStart: number; scopeEnd: number } | null = null;
  verbs.forEach((verb, index) => {
    const clauseStart = verbs[index - 1]?.end ?? sentence.tokenStart;
    const end = verbs[index + 1]?.start ?? sentence.tokenEnd;
    const scopeEnd = scopeEndOf(doc, verb, clauseStart, end);
    const itemEnd = opener === null ? -1 : tokenIn(doc, ';', verb.end, scopeEnd);
    if (opener === null || itemEnd < 0) {
      clauses.push({ verb, clauseStart, scopeEnd, opener: null });
    } else {
      clauses.push({ verb, clauseStart, scopeEnd: itemEnd, opener: null });
      const read = readOpener(opener.verb, opener.clauseStart, opener.scopeEnd);
      const at: ChangeVerb = { kind: read.kind, start: itemEnd, end: itemEnd + 1, words: opener.verb.words };
      clauses.push({ verb: at, clauseStart: itemEnd + 1, scopeEnd, opener: read });
    }
    if (tokenIn(doc, ':', verb.end, scopeEnd) >= 0) opener = { verb, clauseStart, scopeEnd };
  });
  return clauses;
}

function tokenIn(doc: Doc, text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (doc.tokens[k]?.text === text) return k;
  return -1;
}

/** "Sau khi bầu …, <main clause>": the verb's scope ends at the first comma. */
function scopeEndOf(doc: Doc, verb: ChangeVerb, clauseStart: number, end: number): number {
  let temporal = false;
  for (let k = Math.max(clauseStart, verb.start - 3); k < verb.start && !temporal; k++) temporal = TEMPORAL.match(doc.tokens, k) !== null;
  if (!temporal) return end;
  for (let k = verb.end; k < end; k++) if (doc.tokens[k]?.text === ',') return k;
  return end;
}
