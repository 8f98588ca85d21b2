/** Roman numerals as Vietnamese writes term and congress numbers ("khóa XVIII", "lần thứ XIX"). */

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const ROMAN = /^[IVXLCDM]{1,15}$/;
const ARABIC = /^\d{1,6}$/;

/**
 * The value of a well-formed Roman numeral, or null.
 *
 * @example parseRoman('XVI') === 16
 */
export function parseRoman(text: string): number | null {
  if (!ROMAN.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN_VALUES[text.charAt(i)] ?? 0;
    const next = ROMAN_VALUES[text.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === text ? total : null;
}

/**
 * A positive number as a Roman numeral.
 *
 * @example toRoman(10) === 'X'
 */
export function toRoman(value: number): string {
  const steps: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let text = '';
  for (const [step, letters] of steps) {
    while (rest >= step) {
      text += letters;
      rest -= step;
    }
  }
  return text;
}

/**
 * The number of a term as written after "khóa", Roman or Arabic, or null: terms compare by
 * value, not as text ("IX" < "XVIII" although "XVIII" sorts first).
 *
 * @example termNumber('XVIII') === 18
 * @example termNumber('18') === 18
 */
export function termNumber(name: string): number | null {
  if (ARABIC.test(name)) return Number(name);
  return parseRoman(name);
}
