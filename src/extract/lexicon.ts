import { spellings } from './abbreviations.js';
import type { Token } from './tokens.js';

export interface LexiconMatch<T> {
  value: T;
  /** Index of the first token after the match. */
  end: number;
}

interface Entry<T> {
  words: readonly string[];
  value: T;
}

/**
 * Phrases (lowercase words separated by spaces; punctuation is a word: "dự , chỉ đạo") mapped
 * to values, matched on tokens longest first. Every abbreviated spelling is added too.
 */
export class Lexicon<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      for (const words of spellings(phrase.toLowerCase().split(' '))) this.add(words, value);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase that starts at token `index`, or null. */
  match(tokens: readonly Token[], index: number): LexiconMatch<T> | null {
    const first = tokens[index];
    if (first === undefined) return null;
    for (const entry of this.byFirstWord.get(first.lower) ?? []) {
      if (entry.words.every((word, k) => tokens[index + k]?.lower === word)) {
        return { value: entry.value, end: index + entry.words.length };
      }
    }
    return null;
  }

  private add(words: readonly string[], value: T): void {
    const first = words[0];
    if (first === undefined) return;
    const list = this.byFirstWord.get(first) ?? [];
    list.push({ words, value });
    this.byFirstWord.set(first, list);
  }
}

/** A lexicon of phrases that only need recognising. */
export function phraseSet(phrases: readonly string[]): Lexicon<true> {
  return new Lexicon(phrases.map((phrase) => [phrase, true] as const));
}
