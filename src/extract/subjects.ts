import type { Doc } from './doc.js';
import { phraseSet } from './lexicon.js';
import type { PersonSpan } from './persons.js';
import { firstStartingAtOrAfter } from './spans.js';
import { isCapitalizedWord, type Token } from './tokens.js';

/**
 * Who a clause is about: the nearest person named before a point of the sentence with the people
 * joined to them ("bà A và ông B"), or a pronoun that refers back: "ông"/"bà" alone is the last
 * person named (a woman for "bà" when one is near), "ông Lưu" the last person so named. An
 * unnamed group nearer than any name ("những người vừa được bầu") is the subject: no one named.
 */

export interface Subject {
  people: PersonSpan[];
  /** The token after the subject. */
  end: number;
}

const PRONOUNS = new Set(['ông', 'bà']);
const GROUP_JOINERS = new Set([',', 'và', 'cùng', 'ông', 'bà', 'đồng', 'chí']);
const MAX_ANTECEDENTS = 8;
const GROUP_NOUNS = phraseSet(['những người', 'các cán bộ', 'những cán bộ', 'các đại biểu', 'những đại biểu', 'các đồng chí', 'những đồng chí']);

/** The subject that ends last before token `before`, searching back to token `floor`. */
export function subjectAt(doc: Doc, persons: readonly PersonSpan[], personAt: Int32Array, before: number, floor: number): Subject | null {
  const tokens = doc.tokens;
  for (let k = before - 1; k >= floor; k--) {
    const index = personAt[k] ?? -1;
    if (index >= 0) return { people: groupEndingWith(tokens, persons, index), end: (persons[index] as PersonSpan).end };
    // "A chúc mừng những người vừa được bầu giữ chức …": the clause is about an unnamed group.
    if (GROUP_NOUNS.match(tokens, k) !== null) return null;
    const pronoun = tokens[k];
    if (pronoun === undefined || !PRONOUNS.has(pronoun.lower)) continue;
    const next = tokens[k + 1];
    if (isCapitalizedWord(next) && (personAt[k + 1] ?? -1) < 0 && !isCapitalizedWord(tokens[k + 2])) {
      const named = lastNamed(persons, k, next.text);
      if (named !== null) return { people: [named], end: k + 2 };
      continue;
    }
    if (isCapitalizedWord(next)) continue;
    const antecedent = lastPerson(tokens, persons, k, pronoun.lower === 'bà');
    return antecedent === null ? null : { people: [antecedent], end: k + 1 };
  }
  return null;
}

function groupEndingWith(tokens: readonly Token[], persons: readonly PersonSpan[], last: number): PersonSpan[] {
  const group = [persons[last] as PersonSpan];
  for (let index = last - 1; index >= 0; index--) {
    const previous = persons[index] as PersonSpan;
    const next = group[0] as PersonSpan;
    let joined = next.start > previous.end && tokens[next.start - 1]?.lower !== ',';
    for (let k = previous.end; k < next.start && joined; k++) joined = GROUP_JOINERS.has(tokens[k]?.lower ?? '');
    if (!joined) break;
    group.unshift(previous);
  }
  return group;
}

/** "ông Lưu": the last person before token `before` whose name ends with that word. */
function lastNamed(persons: readonly PersonSpan[], before: number, word: string): PersonSpan | null {
  const last = firstStartingAtOrAfter(persons, before) - 1;
  for (let index = last; index >= Math.max(0, last - 4 * MAX_ANTECEDENTS); index--) {
    const person = persons[index] as PersonSpan;
    if (person.mention.name.endsWith(` ${word}`)) return person;
  }
  return null;
}

/** "bà": the last woman named before (a "Thị" name or one introduced as "bà"), else the last person. */
function lastPerson(tokens: readonly Token[], persons: readonly PersonSpan[], before: number, woman: boolean): PersonSpan | null {
  const last = firstStartingAtOrAfter(persons, before) - 1;
  for (let index = last; index >= Math.max(0, last - MAX_ANTECEDENTS); index--) {
    const person = persons[index] as PersonSpan;
    if (isWoman(tokens, person) === woman) return person;
  }
  return persons[last] ?? null;
}

function isWoman(tokens: readonly Token[], person: PersonSpan): boolean {
  const name = person.mention.name;
  if (name.includes(' Thị ')) return true;
  let nameStart = person.start;
  while (nameStart < person.end && !name.startsWith(tokens[nameStart]?.text ?? '\u0000')) nameStart++;
  return tokens[nameStart - 1]?.lower === 'bà';
}
