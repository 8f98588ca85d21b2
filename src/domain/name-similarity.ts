import { fold } from './text.js';

/** Edit distance (insert, delete, substitute one character), stopping early past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Why two names may be one person written two ways, or null when they look like two people.
 * Only names with the same family name (first syllable) and as many syllables are compared.
 *
 * @example possibleDuplicateReason('Vũ Quyết Tiến', 'Vũ Tiến Quyết') === 'swapped given-name syllables'
 * @example possibleDuplicateReason('Bùi Thị Minh Nguyệt', 'Bùi Thị Minh Nguyện') === 'one-letter difference'
 * @example possibleDuplicateReason('Lê Văn Tâm', 'Lê Văn Tám') === 'diacritic variant'
 */
export function possibleDuplicateReason(first: string, second: string): string | null {
  if (first === second) return null;
  const [a, b] = [fold(first), fold(second)];
  if (a === b) return 'diacritic variant';
  const [wordsA, wordsB] = [a.split(' '), b.split(' ')];
  if (wordsA.length !== wordsB.length || wordsA[0] !== wordsB[0]) return null;
  if ([...wordsA].sort().join(' ') === [...wordsB].sort().join(' ')) return 'swapped given-name syllables';
  if (editDistance(a, b, 1) === 1) return 'one-letter difference';
  return null;
}
