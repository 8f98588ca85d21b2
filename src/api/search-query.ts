import { fold } from '../domain/text.js';

/** Abbreviations people type when searching, as the folded words of the names they stand for. */
const ABBREVIATIONS: Record<string, string> = {
  hdnd: 'hoi dong nhan dan',
  ubnd: 'uy ban nhan dan',
  tw: 'trung uong',
  tp: 'thanh pho',
  bch: 'ban chap hanh',
  btv: 'ban thuong vu',
  mttq: 'mat tran to quoc',
  tt: 'thuong truc',
  dbqh: 'dai bieu quoc hoi',
};

/**
 * A Lucene query over folded names that needs every word of `text`, diacritics and case
 * ignored, abbreviations expanded; null when `text` has no letter or digit.
 *
 * @example searchQuery('HĐND Hạ Long') === '+hoi +dong +nhan +dan +ha +long'
 */
export function searchQuery(text: string): string | null {
  const words = fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .flatMap((word) => (ABBREVIATIONS[word] ?? word).split(' '));
  return words.length === 0 ? null : words.map((word) => `+${word}`).join(' ');
}
