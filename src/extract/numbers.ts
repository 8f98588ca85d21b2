import { parseRoman } from '../domain/numerals.js';
import type { Token } from './tokens.js';

/** Numbers as Vietnamese news writes them: Arabic or Roman ordinals ("lần thứ XVI"), years. */

// Roman numerals live in the domain: the store compares terms by them too.
export { parseRoman };

/** A number token ("63") or a Roman numeral ("XVI"): its value, or null. */
export function numberValue(token: Token | undefined): number | null {
  if (token === undefined) return null;
  if (token.kind === 'number') return token.text.length <= 6 ? Number(token.text) : null;
  return token.kind === 'word' ? parseRoman(token.text) : null;
}

/** A four-digit year between 1900 and 2100, or null. */
export function yearValue(token: Token | undefined): number | null {
  if (token?.kind !== 'number' || token.text.length !== 4) return null;
  const year = Number(token.text);
  return year >= 1900 && year <= 2100 ? year : null;
}

export interface Ordinal {
  value: number;
  /** As written: "63", "XVI". */
  text: string;
  /** Written "lần thứ" (else just "thứ"). */
  withLan: boolean;
  end: number;
}

/** "lần thứ 63", "thứ XVI", "thứ Mười bảy" at token `index`, or null. */
export function readOrdinal(tokens: readonly Token[], index: number): Ordinal | null {
  const withLan = tokens[index]?.lower === 'lần';
  const thu = withLan ? index + 1 : index;
  if (tokens[thu]?.lower !== 'thứ') return null;
  const number = tokens[thu + 1];
  // "thứ nhất" is "first" ("thứ một" is not said).
  if (number?.lower === 'nhất') return { value: 1, text: number.text, withLan, end: thu + 2 };
  const value = numberValue(number);
  if (value === null || value < 1 || number === undefined) {
    const spelled = readSpelledNumber(tokens, thu + 1);
    return spelled === null ? null : { value: spelled.value, text: spelled.text, withLan, end: spelled.end };
  }
  return { value, text: number.text, withLan, end: thu + 2 };
}

const DIGITS: Readonly<Record<string, number>> = {
  một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};

/** "Mười bảy", "hai mươi mốt", "Tư": a number from 1 to 99 in words. */
function readSpelledNumber(tokens: readonly Token[], index: number): { value: number; text: string; end: number } | null {
  let position = index;
  let tens = 0;
  const first = tokens[position]?.lower ?? '';
  if (first === 'mười') {
    tens = 1;
    position++;
  } else if (DIGITS[first] !== undefined && tokens[position + 1]?.lower === 'mươi') {
    tens = DIGITS[first] ?? 0;
    position += 2;
  }
  const unit = DIGITS[tokens[position]?.lower ?? ''];
  if (unit !== undefined && !(tens === 0 && (tokens[position]?.lower === 'mốt' || tokens[position]?.lower === 'lăm'))) position++;
  const value = tens * 10 + (position > index && unit !== undefined && position - 1 >= index && DIGITS[tokens[position - 1]?.lower ?? ''] === unit ? unit : 0);
  if (position === index || value < 1) return null;
  return { value, text: tokens.slice(index, position).map((token) => token.text).join(' '), end: position };
}
