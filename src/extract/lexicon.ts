import { spellings } from './abbreviations.js';
import { registerWord, type Token } from './tokens.js';

export interface LexiconMatch<T> {
  value: T;
  /** Index of the first token after the match. */
  end: number;
}

interface Entry<T> {
  /** The phrase's words by their numbers in the lexicons' vocabulary (tokens.ts). */
  ids: Int32Array;
  value: T;
}

/**
 * Phrases (lowercase words separated by spaces; punctuation is a word: "dự , chỉ đạo") mapped
 * to values, matched on tokens longest first. Every abbreviated spelling is added too. Build
 * lexicons as module constants: tokens know only the words of lexicons built before them.
 */
export class Lexicon<T> {
  /** Entries by the number of their first word, longest first. */
  private readonly byFirstWord: (Entry<T>[] | undefined)[] = [];

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      for (const words of spellings(phrase.toLowerCase().split(' '))) this.add(words, value);
    }
    for (const list of this.byFirstWord) list?.sort((a, b) => b.ids.length - a.ids.length);
  }

  /** The longest phrase that starts at token `index`, or null. */
  match(tokens: readonly Token[], index: number): LexiconMatch<T> | null {
    const entries = this.entriesAt(tokens, index);
    if (entries === undefined) return null;
    for (const entry of entries) {
      if (matchesAt(entry.ids, tokens, index)) return { value: entry.value, end: index + entry.ids.length };
    }
    return null;
  }

  /** Whether some phrase starts with the word at token `index` (a cheap test before `match`). */
  startsAt(tokens: readonly Token[], index: number): boolean {
    return this.entriesAt(tokens, index) !== undefined;
  }

  /** Every phrase that starts at token `index`, longest first: for grammars that backtrack. */
  matchAll(tokens: readonly Token[], index: number): readonly LexiconMatch<T>[] {
    const entries = this.entriesAt(tokens, index);
    if (entries === undefined) return NONE;
    const found: LexiconMatch<T>[] = [];
    for (const entry of entries) {
      if (matchesAt(entry.ids, tokens, index)) found.push({ value: entry.value, end: index + entry.ids.length });
    }
    return found;
  }

  private entriesAt(tokens: readonly Token[], index: number): Entry<T>[] | undefined {
    const id = tokens[index]?.id ?? -1;
    return id < 0 ? undefined : this.byFirstWord[id];
  }

  private add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    const ids = Int32Array.from(words, registerWord);
    const first = ids[0] as number;
    while (this.byFirstWord.length <= first) this.byFirstWord.push(undefined);
    const list = this.byFirstWord[first] ?? [];
    list.push({ ids, value });
    this.byFirstWord[first] = list;
  }
}

const NONE: readonly never[] = [];

// The first word is already known to match (it is the entry's key).
function matchesAt(ids: Int32Array, tokens: readonly Token[], index: number): boolean {
  for (let k = 1; k < ids.length; k++) if (tokens[index + k]?.id !== ids[k]) return false;
  return true;
}

/** A lexicon of phrases that only need recognising. */
export function phraseSet(phrases: readonly string[]): Lexicon<true> {
  return new Lexicon(phrases.map((phrase) => [phrase, true] as const));
}
