import type { BodyEndMention, GovernmentEndMention } from '../domain/extraction.js';
import { readBody, readUnit } from './bodies.js';
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

// "… kết thúc hoạt động từ ngày 1/7/2025" with the bodies named before it, not "… của <unit>".
const STOPS_OPERATING = phraseSet(['kết thúc hoạt động', 'chấm dứt hoạt động']);

/** Every body the article names as stopping on a date ("Tỉnh ủy X, UBND tỉnh X kết thúc hoạt động từ 1/7/2025"). */
export function findBodyEnds(doc: Doc, context: AreaContext, dates: DateIndex): BodyEndMention[] {
  const ends: BodyEndMention[] = [];
  // Tokens before this were read for bodies already: each token is read once (linear time).
  let readUpTo = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const phrase = STOPS_OPERATING.match(doc.tokens, i);
    if (phrase === null || END_OF_OPERATIONS.match(doc.tokens, i) !== null) continue;
    const sentence = sentenceAt(doc, i);
    if (sentence === undefined) continue;
    const date = dates.firstIn(phrase.end, sentence.tokenEnd) ?? dates.lastBefore(sentence.tokenStart, i);
    if (date === null) continue;
    for (let j = Math.max(sentence.tokenStart, readUpTo); j < i; j++) {
      const match = readBody(doc.tokens, j, context);
      if (match === null || match.body === null) continue;
      ends.push({ body: match.body, date: date.date, evidence: sentenceEvidence(doc, sentence, j, Math.max(date.end, phrase.end) - 1) });
      j = match.end - 1;
    }
    readUpTo = phrase.end;
    i = phrase.end - 1;
  }
  return ends;
}
