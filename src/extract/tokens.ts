/**
 * The token stream every grammar of the extractor reads: words, numbers, single punctuation
 * marks and one newline token per line, each with its offsets in the article body.
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'newline';

export interface Token {
  text: string;
  /** What grammars match on: the body is already NFC with one tone placement, so lowercase is enough. */
  lower: string;
  /** `lower`'s number in the lexicons' vocabulary (below), or -1 when no lexicon uses it. */
  id: number;
  kind: TokenKind;
  start: number;
  end: number;
}

export interface TextRange {
  start: number;
  end: number;
}

// What each code point is, as the regex /[\p{L}\p{M}]+|\p{Nd}+|[^\s]/gu would read it (the two
// low bits), and whether lowercasing changes it (CASED): most tokens are lowercase already, and
// then `lower` is `text` itself, with no second string made.
const SPACE = 0;
const LETTER = 1;
const DIGIT = 2;
const OTHER = 3;
const CLASS_BITS = 3;
const CASED = 4;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const WHITESPACE = /^\s$/u;
const ASCII_CLASSES = Array.from({ length: 128 }, (_, code) => classify(String.fromCharCode(code)));
// Vietnamese text uses a few hundred code points: each is classified by the regexes once.
const CLASSES = new Map<number, number>();

function classify(char: string): number {
  const cased = char.toLowerCase() === char ? 0 : CASED;
  if (LETTER_OR_MARK.test(char)) return LETTER | cased;
  if (DECIMAL_DIGIT.test(char)) return DIGIT | cased;
  return (WHITESPACE.test(char) ? SPACE : OTHER) | cased;
}

function classAt(code: number): number {
  if (code < 128) return ASCII_CLASSES[code] as number;
  let found = CLASSES.get(code);
  if (found === undefined) {
    found = classify(String.fromCodePoint(code));
    CLASSES.set(code, found);
  }
  return found;
}

const KINDS: readonly TokenKind[] = ['punct', 'word', 'number', 'punct'];

// Titles news writes as acronyms, one letter per syllable: "PCT UBND tỉnh" is "Phó Chủ tịch UBND
// tỉnh". Each letter becomes the word it stands for, so the title grammar reads the acronym as
// written ("P" + "C" + "T" read as "phó chủ tịch"), its evidence still the letters.
const TITLE_ACRONYMS = new Map<string, readonly string[]>([
  ['PCT', ['phó', 'chủ', 'tịch']],
  ['PBT', ['phó', 'bí', 'thư']],
  ['CT', ['chủ', 'tịch']],
  ['PGĐ', ['phó', 'giám', 'đốc']],
  ['GĐ', ['giám', 'đốc']],
  ['UVBTV', ['ủy', 'viên', 'ban', 'thường', 'vụ']],
  ['UVBCH', ['ủy', 'viên', 'ban', 'chấp', 'hành']],
  ['TUV', ['tỉnh', 'ủy', 'viên']],
]);
// "Chỉ thị 35-CT/TW": an acronym joined to a hyphen or a slash is a document's code, no title.
const CODE_JOINERS = new Set(['-', '/']);

function titleAcronym(body: string, text: string, start: number, end: number): readonly string[] | undefined {
  const words = TITLE_ACRONYMS.get(text);
  if (words === undefined || CODE_JOINERS.has(body.charAt(start - 1)) || CODE_JOINERS.has(body.charAt(end))) return undefined;
  return words;
}

// Words news writes fused that are two words: "TPHCM" is "TP" (thành phố) + "HCM" (Hồ Chí Minh).
const FUSED_WORDS = new Map([['tphcm', 2]]);
const FUSED_LENGTH = 5;

/**
 * Tokenizes the given lines of `body` (ranges without their line break); a newline token
 * closes every line, so tokens of different lines are never adjacent. Tokens are runs of
 * letters and marks, runs of decimal digits, or any other single non-space code point.
 */
export function tokenize(body: string, lines: readonly TextRange[]): Token[] {
  const tokens: Token[] = [];
  for (const line of lines) {
    let position = line.start;
    while (position < line.end) {
      const code = body.codePointAt(position) as number;
      let bits = classAt(code);
      const kind = bits & CLASS_BITS;
      const start = position;
      position += code > 0xffff ? 2 : 1;
      if (kind === SPACE) continue;
      if (kind !== OTHER) {
        while (position < line.end) {
          const next = body.codePointAt(position) as number;
          const nextBits = classAt(next);
          if ((nextBits & CLASS_BITS) !== kind) break;
          bits |= nextBits;
          position += next > 0xffff ? 2 : 1;
        }
      }
      const text = body.slice(start, position);
      // Only capitalised words can be acronyms: most words are looked up nowhere.
      const acronym = kind === LETTER && (bits & CASED) !== 0 ? titleAcronym(body, text, start, position) : undefined;
      if (acronym !== undefined) {
        acronym.forEach((word, k) => tokens.push({ text: body.charAt(start + k), lower: word, id: wordId(word), kind: 'word', start: start + k, end: start + k + 1 }));
        continue;
      }
      const lower = (bits & CASED) === 0 ? text : text.toLowerCase();
      const fused = kind === LETTER && text.length === FUSED_LENGTH ? FUSED_WORDS.get(lower) : undefined;
      if (fused !== undefined) {
        // "TPHCM" is read as "TP" + "HCM": a level word and the place, as "TP.HCM" is.
        const cut = start + fused;
        tokens.push({ text: body.slice(start, cut), lower: lower.slice(0, fused), id: wordId(lower.slice(0, fused)), kind: 'word', start, end: cut });
        tokens.push({ text: body.slice(cut, position), lower: lower.slice(fused), id: wordId(lower.slice(fused)), kind: 'word', start: cut, end: position });
        continue;
      }
      tokens.push({ text, lower, id: wordId(lower), kind: KINDS[kind] as TokenKind, start, end: position });
    }
    tokens.push({ text: '\n', lower: '\n', id: wordId('\n'), kind: 'newline', start: line.end, end: line.end });
  }
  return tokens;
}

/** "Quảng", "Vũ": a word whose first letter is a capital and whose other letters are not. */
export function isCapitalizedWord(token: Token | undefined): token is Token {
  if (token?.kind !== 'word') return false;
  const { text, lower } = token;
  const first = text.charAt(0);
  if (first === first.toLowerCase() || text.length !== lower.length) return false;
  // text.slice(1) === lower.slice(1), without making two strings for every word read.
  for (let k = 1; k < text.length; k++) if (text.charCodeAt(k) !== lower.charCodeAt(k)) return false;
  return true;
}

/** Whitespace (never a line break) separates the two tokens. */
export function isSpaced(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && right.start > left.end;
}

/** The two tokens touch: "3/4", "2020-2025", "TP.". */
export function isJoined(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && right.start === left.end;
}

/**
 * The vocabulary of the lexicons: every word a `Lexicon` phrase uses, numbered when the lexicon
 * is built. `tokenize` gives each token its word's number, so that a lexicon looks a token up by
 * index instead of hashing its text at every position. Lexicons are module constants, built
 * before any text is read: a word first used by a lexicon built later is unknown (-1) in the
 * tokens read before it.
 */
const IDS = new Map<string, number>();

/** The number of a lowercase word a lexicon uses, or -1. */
export function wordId(word: string): number {
  return IDS.get(word) ?? -1;
}

/** Numbers a lexicon's word (once). */
export function registerWord(word: string): number {
  let id = IDS.get(word);
  if (id === undefined) {
    id = IDS.size;
    IDS.set(word, id);
  }
  return id;
}
