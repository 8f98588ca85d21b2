import type { GovernmentEndMention } from '../domain/extraction.js';
import { readUnit } from './bodies.js';
import type { AreaContext } from './context.js';
import type { DateIndex } from './dates.js';
import { sentenceAt, type Doc } from './doc.js';
import { sentenceEvidence } from './evidence.js';
import { phraseSet } from './lexicon.js';

/**
 * "từ 1/7 … kết thúc hoạt động của Thành phố": a date, then "kết thúc hoạt động của" and a unit
 * word; "Thành phố" alone is the article's city. Without a date in the sentence, nothing.
 */

const END_OF_OPERATIONS = phraseSet(['kết thúc hoạt động của', 'chấm dứt hoạt động của']);

/** Every area whose government bodies the article says stop on a date. */
export function findGovernmentEnds(doc: Doc, context: AreaContext, dates: DateIndex): GovernmentEndMention[] {
  const ends: GovernmentEndMention[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const phrase = END_OF_OPERATIONS.match(doc.tokens, i);
    if (phrase === null) continue;
    const sentence = sentenceAt(doc, i);
    const unit = readUnit(doc.tokens, phrase.end, context);
    const area = unit?.unit.area ?? null;
    if (sentence === undefined || unit === null || area === null) continue;
    const date = dates.lastBefore(sentence.tokenStart, i) ?? dates.firstIn(phrase.end, sentence.tokenEnd);
    if (date === null) continue;
    ends.push({ area, date: date.date, evidence: sentenceEvidence(doc, sentence, Math.min(date.start, i), Math.max(date.end, unit.end) - 1) });
    i = unit.end - 1;
  }
  return ends;
}
