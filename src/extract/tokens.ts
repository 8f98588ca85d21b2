/**
 * The token stream every grammar of the extractor reads: words, numbers, single punctuation
 * marks and one newline token per line, each with its offsets in the article body.
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'newline';

export interface Token {
  text: string;
  /** What grammars match on: the body is already NFC with one tone placement, so lowercase is enough. */
  lower: string;
  kind: TokenKind;
  start: number;
  end: number;
}

export interface TextRange {
  start: number;
  end: number;
}

// Three flat alternatives, no nesting: linear on any input.
const TOKEN = /[\p{L}\p{M}]+|\p{Nd}+|[^\s]/gu;
const LETTER_FIRST = /^[\p{L}\p{M}]/u;
const DIGIT_FIRST = /^\p{Nd}/u;

/**
 * Tokenizes the given lines of `body` (ranges without their line break); a newline token
 * closes every line, so tokens of different lines are never adjacent.
 */
export function tokenize(body: string, lines: readonly TextRange[]): Token[] {
  const tokens: Token[] = [];
  for (const line of lines) {
    const text = body.slice(line.start, line.end);
    for (const match of text.matchAll(TOKEN)) {
      const value = match[0];
      const start = line.start + match.index;
      tokens.push({ text: value, lower: value.toLowerCase(), kind: kindOf(value), start, end: start + value.length });
    }
    tokens.push({ text: '\n', lower: '\n', kind: 'newline', start: line.end, end: line.end });
  }
  return tokens;
}

function kindOf(value: string): TokenKind {
  if (DIGIT_FIRST.test(value)) return 'number';
  return LETTER_FIRST.test(value) ? 'word' : 'punct';
}

/** "Quảng", "Vũ": a word whose first letter is a capital and whose other letters are not. */
export function isCapitalizedWord(token: Token | undefined): token is Token {
  if (token?.kind !== 'word') return false;
  const first = token.text.charAt(0);
  return first !== first.toLowerCase() && token.text.slice(1) === token.lower.slice(1);
}

/** Whitespace (never a line break) separates the two tokens. */
export function isSpaced(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && right.start > left.end;
}

/** The two tokens touch: "3/4", "2020-2025", "TP.". */
export function isJoined(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && right.start === left.end;
}
