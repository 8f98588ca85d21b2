import { isSpaced, type Token } from './tokens.js';

/** A line of the article; its first words may give the time the whole paragraph is about. */
export interface Paragraph {
  tokenStart: number;
  /** Exclusive; the paragraph's newline token is not part of it. */
  tokenEnd: number;
}

export interface Sentence {
  tokenStart: number;
  tokenEnd: number;
  /** Body offsets from the first to the last token (final punctuation included). */
  start: number;
  end: number;
  paragraph: number;
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
// "TP. Hạ Long", "Nguyễn V. A": a full stop after these does not end the sentence.
const ABBREVIATED = new Set(['tp', 'tx', 'tt', 'q', 'p', 'ts', 'ths', 'gs', 'pgs', 'bs']);

/** Splits the token stream into paragraphs (lines) and sentences. */
export function splitSentences(tokens: readonly Token[]): { sentences: Sentence[]; paragraphs: Paragraph[] } {
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let paragraphStart = 0;
  let sentenceStart = 0;
  const close = (end: number): void => {
    const first = tokens[sentenceStart];
    const last = tokens[end - 1];
    if (end > sentenceStart && first !== undefined && last !== undefined) {
      sentences.push({ tokenStart: sentenceStart, tokenEnd: end, start: first.start, end: last.end, paragraph: paragraphs.length });
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind === 'newline') {
      close(i);
      if (i > paragraphStart) paragraphs.push({ tokenStart: paragraphStart, tokenEnd: i });
      paragraphStart = i + 1;
      sentenceStart = i + 1;
    } else if (endsSentence(tokens, i)) {
      close(i + 1);
      sentenceStart = i + 1;
    }
  }
  return { sentences, paragraphs };
}

function endsSentence(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (token.kind !== 'punct' || !SENTENCE_END.has(token.text)) return false;
  const next = tokens[index + 1];
  if (next === undefined || next.kind === 'newline') return true;
  if (!isSpaced(token, next)) return false;
  if (next.kind === 'word' && next.text.charAt(0) === next.lower.charAt(0)) return false;
  const previous = tokens[index - 1];
  return !(token.text === '.' && previous !== undefined && ABBREVIATED.has(previous.lower) && previous.end === token.start);
}
