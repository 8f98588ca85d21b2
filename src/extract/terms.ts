import type { Term } from '../domain/extraction.js';
import { toRoman } from '../domain/numerals.js';
import { numberValue, parseRoman, yearValue } from './numbers.js';
import type { Token } from './tokens.js';

const DASHES = new Set(['-', '–', '—']);

/**
 * ", khóa XXV, nhiệm kỳ 2020-2025" at token `index` (each part optional, any order): the term
 * and the index after it, or null when neither part is there.
 */
export function readTerm(tokens: readonly Token[], index: number): { term: Term; end: number } | null {
  const term: Term = { name: null, startYear: null, endYear: null };
  let end = index;
  let found = false;
  for (let part = 0; part < 2; part++) {
    const at = tokens[end]?.text === ',' ? end + 1 : end;
    const name = readTermName(tokens, at);
    const years = name === null ? readTermYears(tokens, at) : null;
    if (name !== null && term.name === null) {
      term.name = name.name;
      end = name.end;
    } else if (years !== null && term.startYear === null) {
      term.startYear = years.startYear;
      term.endYear = years.endYear;
      end = years.end;
    } else break;
    found = true;
  }
  return found ? { term, end } : null;
}

/** "khóa XXV"; "khóa 10" is the same term as "khóa X", so its name is written in Roman numerals. */
function readTermName(tokens: readonly Token[], index: number): { name: string; end: number } | null {
  const value = numberValue(tokens[index + 1]);
  if (tokens[index]?.lower !== 'khóa' || value === null || value < 1) return null;
  return { name: toRoman(value), end: index + 2 };
}

/** "nhiệm kỳ 2020-2025", "nhiệm kỳ 2020 – 2025" */
function readTermYears(tokens: readonly Token[], index: number): { startYear: number; endYear: number; end: number } | null {
  if (tokens[index]?.lower !== 'nhiệm' || tokens[index + 1]?.lower !== 'kỳ') return null;
  const startYear = yearValue(tokens[index + 2]);
  const endYear = yearValue(tokens[index + 4]);
  if (startYear === null || endYear === null || !DASHES.has(tokens[index + 3]?.text ?? '') || endYear <= startYear) return null;
  return { startYear, endYear, end: index + 5 };
}

/**
 * The term right after a title ("Bí thư Tỉnh ủy khóa XIX, nhiệm kỳ 2020-2025") and the index
 * after it, or null. "khóa XII, XIII" lists the terms the post was held in: the term is the
 * last one listed, the one the bound of a term-bound body depends on.
 */
export function readTitleTerm(tokens: readonly Token[], index: number): { term: Term; end: number } | null {
  const read = readTerm(tokens, index);
  if (read === null) return null;
  let { end } = read;
  let name = read.term.name;
  while (name !== null && tokens[end]?.text === ',' && isRomanNumeral(tokens[end + 1])) {
    name = (tokens[end + 1] as Token).text;
    end += 2;
  }
  return { term: { ...read.term, name }, end };
}

/** "XIII" written in capitals (a word like "Vi" is no numeral). */
export function isRomanNumeral(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.text === token.text.toUpperCase() && parseRoman(token.text) !== null;
}
