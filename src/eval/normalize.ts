import { FOLDED_ABBREVIATIONS } from '../domain/abbreviations.js';

/**
 * The one form `officials eval` compares names, titles, roles and bodies in (corpus README,
 * "How officials eval should compare"). It is the evaluation's own rule, independent of the
 * extractor's normalisation, so that improving the extractor never moves the yardstick.
 */

/** The abbreviations expanded before comparing, as they read after folding (no marks, lowercase). */
export const MATCH_ABBREVIATIONS = FOLDED_ABBREVIATIONS;

// "T.Ư" / "TƯ" (Trung ương) is recognised only in capitals before folding: folded, "tư" is "tu",
// an ordinary word ("từ", "tư", "tự").
const TRUNG_UONG = /(?<![\p{L}\p{N}])T\.?Ư(?![\p{L}\p{N}])/gu;

// "Đảng" in a body's name is the Communist Party of Vietnam: "Ban Chấp hành Trung ương Đảng" and
// "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam" are one body, written short or in full.
const FULL_PARTY_NAME = /\bdang cong san viet nam\b/g;

/**
 * NFC; "T.Ư" → "Trung ương"; tone marks and other diacritics removed, `đ` → `d`; lowercase;
 * every run of punctuation and spaces becomes one space; each abbreviation of
 * `MATCH_ABBREVIATIONS` standing as a word is expanded; "Đảng Cộng sản Việt Nam" reads as "Đảng".
 *
 * @example normalizeForMatch('Phó Bí thư TT Thành uỷ') === 'pho bi thu thuong truc thanh uy'
 * @example normalizeForMatch('Chủ tịch UBND TP. Hạ Long') === normalizeForMatch('Chủ tịch Ủy ban nhân dân thành phố Hạ Long')
 * @example normalizeForMatch('Ủy viên T.Ư Đảng') === 'uy vien trung uong dang'
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(TRUNG_UONG, 'Trung ương')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => MATCH_ABBREVIATIONS[word] ?? word)
    .join(' ')
    .replace(FULL_PARTY_NAME, 'dang');
}
