/**
 * Vietnamese text normalisation. Two sources may write the same word with different Unicode
 * (NFC vs NFD) and with the tone mark on a different vowel ("hoà" / "hòa", "uỷ" / "ủy"):
 * everything is compared after `normalizeVietnamese`, and matched or searched after `fold`.
 */

/** The five tone marks, combining (NFD): grave, acute, hook above, tilde, dot below. */
const TONES = '\u0300\u0301\u0309\u0303\u0323';
/**
 * An open syllable ending in oa, oe or uy with the tone on its last vowel (old style), not
 * after "q" (in "quý" the u belongs to the consonant): the tone moves to the first vowel.
 */
const OLD_STYLE_TONE = new RegExp(`(?<![qQ])([oOuU])([aAeEyY])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');

/**
 * NFC, one tone-mark placement (the one Vietnamese government texts use: "Ủy", "hòa", "khỏe"),
 * and single spaces.
 *
 * @example normalizeVietnamese('Uỷ ban nhân dân') === 'Ủy ban nhân dân'
 * @example normalizeVietnamese('hoà') === 'hòa'
 */
export function normalizeVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(OLD_STYLE_TONE, (_, first: string, second: string, tone: string) => `${first}${tone}${second}`)
    .normalize('NFC').replace(/[ \t\u00a0]+/g, ' ');
}

/**
 * Lowercase, no diacritics, đ→d, single spaces: the form names are matched and searched in.
 *
 * @example fold('Vũ Đại Thắng') === 'vu dai thang'
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The readable, stable part of an id.
 *
 * @example slug('Tỉnh ủy Quảng Ninh') === 'tinh-uy-quang-ninh'
 */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The name without diacritics, case kept: for English labels.
 *
 * @example stripDiacritics('Quảng Ninh') === 'Quang Ninh'
 */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}
