import { ALL_PROVINCES } from '../domain/admin-units.js';
import { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';

/**
 * Vietnam's 63 provinces and centrally-run cities before the 2025 merger and the 34 after it, from
 * the table of administrative units, with the two halves of "Bà Rịa - Vũng Tàu". Used to tell a
 * place from a person where both read alike ("Hà Tĩnh", "Cao Bằng", "Thái Bình").
 */
export const PROVINCE_NAMES: ReadonlySet<string> = new Set([
  ...ALL_PROVINCES.flatMap((province) => province.name.split(' - ')),
]);

/** Cities at province level: their "Thành ủy" is a provincial-level committee. */
export const CENTRAL_CITY_NAMES: ReadonlySet<string> = new Set(ALL_PROVINCES.filter((province) => province.centrallyRun).map((province) => province.name));

/** Cities whose Party committee is named with "Thành phố": "Thành ủy Thành phố Hồ Chí Minh". */
export const NAMED_WITH_CITY_WORD: ReadonlySet<string> = new Set(['Hồ Chí Minh']);

/** Every province name, also with a hyphen between its words ("Thừa Thiên - Huế"). */
const PROVINCE_LEXICON = new Lexicon<string>(
  [...PROVINCE_NAMES, 'Bà Rịa - Vũng Tàu'].flatMap((name) => {
    const words = name.split(' ');
    const variants: [string, string][] = [[name, name]];
    for (let k = 1; k < words.length && !name.includes('-'); k++) {
      variants.push([[...words.slice(0, k), '-', ...words.slice(k)].join(' '), name]);
    }
    return variants;
  }),
);

/** The province named at token `index` (capitalised, as written), or null. */
export function readProvinceName(tokens: readonly Token[], index: number): { name: string; end: number } | null {
  const first = tokens[index];
  if (first === undefined || first.kind !== 'word' || first.text.charAt(0) === first.lower.charAt(0)) return null;
  const match = PROVINCE_LEXICON.match(tokens, index);
  if (match === null) return null;
  // "Hà Nam Ninh" is not "Hà Nam": the name must end where the capitalised run ends.
  const next = tokens[match.end];
  if (next?.kind === 'word' && next.text.charAt(0) !== next.lower.charAt(0) && next.start === (tokens[match.end - 1]?.end ?? 0) + 1) return null;
  return { name: match.value, end: match.end };
}

/**
 * "Thanh Hóa" in "cựu Bí thư Thanh Hóa Trịnh Văn Chiến": a province's name right before a
 * person's, which `isNameAt` reads at the index after it.
 */
export function readProvinceNameBeforeName(tokens: readonly Token[], index: number, isNameAt: (index: number) => boolean): { name: string; end: number } | null {
  const first = tokens[index];
  if (first === undefined || first.kind !== 'word' || first.text.charAt(0) === first.lower.charAt(0)) return null;
  const match = PROVINCE_LEXICON.match(tokens, index);
  return match === null || !isNameAt(match.end) ? null : { name: match.value, end: match.end };
}
