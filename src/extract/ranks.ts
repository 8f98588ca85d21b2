import type { RankMention } from '../domain/extraction.js';
import type { Doc } from './doc.js';
import { tokenEvidence } from './evidence.js';
import { phraseSet } from './lexicon.js';

/**
 * Military and police ranks written before a name: "Thượng tướng Nguyễn Văn A", "các trung tướng
 * A, B". A rank is neither a title nor part of one; it anchors the name like an honorific and is
 * kept on the person's mention.
 */
export const RANKS = phraseSet([
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng',
  'đại tá', 'thượng tá', 'trung tá', 'thiếu tá',
  'đại úy', 'thượng úy', 'trung úy', 'thiếu úy',
  'đô đốc', 'phó đô đốc', 'chuẩn đô đốc',
]);

// "các thượng tướng A, B": the rank is written once for the list.
const PLURAL = new Set(['các', 'những', 'hai', 'ba', 'bốn', 'năm']);
const LONGEST_RANK = 3;

export interface RankSpan {
  mention: RankMention;
  /** First token of the rank. */
  start: number;
  /** Written once for the names listed after it ("các thượng tướng A, B"). */
  shared: boolean;
}

/** The rank that ends right before token `nameStart`, or null. */
export function rankBefore(doc: Doc, nameStart: number): RankSpan | null {
  for (let length = 2; length <= LONGEST_RANK; length++) {
    const start = nameStart - length;
    if (start < 0 || RANKS.match(doc.tokens, start)?.end !== nameStart) continue;
    // "phó đô đốc" is longer than "đô đốc": the longest rank that ends here.
    const longer = start > 0 && RANKS.match(doc.tokens, start - 1)?.end === nameStart;
    if (longer) continue;
    const evidence = tokenEvidence(doc, start, nameStart - 1);
    return { mention: { asWritten: evidence.quote, evidence }, start, shared: PLURAL.has(doc.tokens[start - 1]?.lower ?? '') };
  }
  return null;
}
