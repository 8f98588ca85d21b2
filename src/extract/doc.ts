import { articleLines } from './article-scope.js';
import { splitSentences, type Paragraph, type Sentence } from './sentences.js';
import { tokenize, type Token } from './tokens.js';

/** The article as every later step reads it. */
export interface Doc {
  body: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  /** Index into `sentences` for each token; -1 for newline tokens. */
  sentenceOf: Int32Array;
}

/** Cuts the article out of the page, tokenizes it and splits it into sentences. */
export function readDoc(body: string): Doc {
  const tokens = tokenize(body, articleLines(body));
  const { sentences, paragraphs } = splitSentences(tokens);
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  sentences.forEach((sentence, index) => sentenceOf.fill(index, sentence.tokenStart, sentence.tokenEnd));
  return { body, tokens, sentences, paragraphs, sentenceOf };
}

/** The sentence token `index` is in, if any. */
export function sentenceAt(doc: Doc, index: number): Sentence | undefined {
  return doc.sentences[doc.sentenceOf[index] ?? -1];
}
