import { FOLDED_ABBREVIATIONS } from '../domain/abbreviations.js';
import { fold } from '../domain/text.js';

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
    .flatMap((word) => (FOLDED_ABBREVIATIONS[word] ?? word).split(' '));
  return words.length === 0 ? null : words.map((word) => `+${word}`).join(' ');
}
