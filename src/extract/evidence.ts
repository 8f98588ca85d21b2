import type { Evidence } from '../domain/extraction.js';
import type { Doc } from './doc.js';
import type { Sentence } from './sentences.js';
import type { Token } from './tokens.js';

// A longer "sentence" is no sentence (a page without full stops): quote the phrase itself.
const MAX_SENTENCE_QUOTE = 1000;

/** The quote `body.slice(start, end)` with its offsets. */
export function evidenceOf(body: string, start: number, end: number): Evidence {
  return { quote: body.slice(start, end), start, end };
}

/** The text from token `first` to token `last` (inclusive). */
export function tokenEvidence(doc: Doc, first: number, last: number): Evidence {
  const start = (doc.tokens[first] as Token).start;
  return evidenceOf(doc.body, start, Math.max(start, (doc.tokens[last] as Token).end));
}

/** The sentence, or when it is too long to be one, the tokens `first`…`last` within it. */
export function sentenceEvidence(doc: Doc, sentence: Sentence, first: number, last: number): Evidence {
  if (sentence.end - sentence.start <= MAX_SENTENCE_QUOTE) return evidenceOf(doc.body, sentence.start, sentence.end);
  return tokenEvidence(doc, first, last);
}
