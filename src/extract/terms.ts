import type { Term } from '../domain/extraction.js';
import { numberValue, yearValue } from './numbers.js';
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

/** "khóa XXV" */
function readTermName(tokens: readonly Token[], index: number): { name: string; end: number } | null {
  const name = tokens[index + 1];
  if (tokens[index]?.lower !== 'khóa' || numberValue(name) === null || name === undefined) return null;
  return { name: name.text, end: index + 2 };
}

/** "nhiệm kỳ 2020-2025", "nhiệm kỳ 2020 – 2025" */
function readTermYears(tokens: readonly Token[], index: number): { startYear: number; endYear: number; end: number } | null {
  if (tokens[index]?.lower !== 'nhiệm' || tokens[index + 1]?.lower !== 'kỳ') return null;
  const startYear = yearValue(tokens[index + 2]);
  const endYear = yearValue(tokens[index + 4]);
  if (startYear === null || endYear === null || !DASHES.has(tokens[index + 3]?.text ?? '') || endYear <= startYear) return null;
  return { startYear, endYear, end: index + 5 };
}
