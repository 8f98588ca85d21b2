import type { ChangeKind, ChangeMention, TitleMention } from '../domain/extraction.js';
import type { DateIndex } from './dates.js';
import type { Doc } from './doc.js';
import { sentenceEvidence } from './evidence.js';
import { Lexicon, phraseSet } from './lexicon.js';
import type { PersonSpan } from './persons.js';
import type { Sentence } from './sentences.js';
import { firstStartingAtOrAfter } from './spans.js';
import type { TitleSpan } from './titles.js';

/**
 * Reported starts and ends of tenures: "được bầu giữ chức", "bổ nhiệm", "điều động, chỉ định",
 * "thôi giữ chức", "nghỉ hưu", … with the person next to the verb (its subject, or the object
 * right after it) and the post after it. "sẽ", "dự kiến", "đề nghị" before the verb: planned.
 */

const VERBS = new Lexicon<ChangeKind>([
  ['được bầu', 'ELECTED'],
  ['bầu', 'ELECTED'],
  ['trúng cử', 'ELECTED'],
  ['đắc cử', 'ELECTED'],
  ['tái bầu', 'RE_ELECTED'],
  ['được tái bầu', 'RE_ELECTED'],
  ['bầu lại', 'RE_ELECTED'],
  ['được bầu lại', 'RE_ELECTED'],
  ['tái đắc cử', 'RE_ELECTED'],
  ['bổ nhiệm', 'APPOINTED'],
  ['được bổ nhiệm', 'APPOINTED'],
  ['chỉ định', 'APPOINTED'],
  ['điều động', 'TRANSFERRED'],
  ['điều động , chỉ định', 'TRANSFERRED'],
  ['điều động và chỉ định', 'TRANSFERRED'],
  ['luân chuyển', 'TRANSFERRED'],
  ['miễn nhiệm', 'RELIEVED'],
  ['thôi giữ chức', 'RELIEVED'],
  ['cho thôi', 'RELIEVED'],
  ['cho thôi giữ chức', 'RELIEVED'],
  ['xin thôi', 'RESIGNED'],
  ['xin thôi giữ chức', 'RESIGNED'],
  ['nghỉ hưu', 'RETIRED'],
  ['cách chức', 'DISMISSED'],
  ['bãi nhiệm', 'DISMISSED'],
]);
// "bầu cử" is an election, "chỉ định thầu" a tender: not changes.
const NOT_A_CHANGE_AFTER = new Set(['cử', 'thầu']);
const PLANNED = phraseSet(['sẽ', 'dự kiến', 'đề nghị', 'đề xuất', 'trình', 'xem xét', 'giới thiệu']);
const TAKES_UP: ReadonlySet<ChangeKind> = new Set(['ELECTED', 'RE_ELECTED', 'APPOINTED', 'TRANSFERRED']);
const MAX_SUBJECT_GAP = 3;
const MAX_OBJECT_GAP = 4;
const MAX_TITLES_TO_SKIP = 8;

/** Every reported change, in order. */
export function findChanges(doc: Doc, persons: readonly PersonSpan[], titles: readonly TitleSpan[], dates: DateIndex): ChangeMention[] {
  const inPerson = new Uint8Array(doc.tokens.length);
  for (const person of persons) inPerson.fill(1, person.start, person.end);
  const attached = new Set<TitleMention>(persons.flatMap((person) => person.mention.titles));
  const changes: ChangeMention[] = [];
  for (const sentence of doc.sentences) {
    let clauseStart = sentence.tokenStart;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const verb = inPerson[i] === 1 ? null : VERBS.match(doc.tokens, i);
      if (verb === null || verb.end > sentence.tokenEnd || NOT_A_CHANGE_AFTER.has(doc.tokens[verb.end]?.lower ?? '')) continue;
      const person = personOf(doc, persons, sentence, i, verb.end);
      if (person !== null) {
        const planned = hasPlannedWord(doc, clauseStart, i);
        changes.push(toChange(doc, { kind: verb.value, person, sentence, start: i, end: verb.end, planned }, titles, attached, dates));
      }
      clauseStart = verb.end;
      i = verb.end - 1;
    }
  }
  return changes;
}

interface Found {
  kind: ChangeKind;
  person: PersonSpan;
  sentence: Sentence;
  start: number;
  end: number;
  planned: boolean;
}

function toChange(doc: Doc, found: Found, titles: readonly TitleSpan[], attached: ReadonlySet<TitleMention>, dates: DateIndex): ChangeMention {
  const after = titleAfter(titles, attached, Math.max(found.end, found.person.end), found.sentence.tokenEnd);
  const own = found.person.mention.titles.at(-1) ?? null;
  const takesUp = TAKES_UP.has(found.kind);
  const paragraph = doc.paragraphs[found.sentence.paragraph];
  const date = dates.firstIn(found.sentence.tokenStart, found.sentence.tokenEnd) ?? (paragraph === undefined ? null : dates.openingOf(paragraph, doc.tokens));
  return {
    kind: found.kind,
    person: found.person.mention.name,
    title: after ?? (takesUp ? null : own),
    fromTitle: found.kind === 'TRANSFERRED' ? own : null,
    date: date?.date ?? null,
    planned: found.planned,
    evidence: sentenceEvidence(doc, found.sentence, Math.min(found.start, found.person.start), Math.max(found.end, found.person.end) - 1),
  };
}

/** The subject right before the verb, else the object right after it, else the nearest before. */
function personOf(doc: Doc, persons: readonly PersonSpan[], sentence: Sentence, verbStart: number, verbEnd: number): PersonSpan | null {
  const next = firstStartingAtOrAfter(persons, verbEnd);
  const before = persons[next - 1];
  const after = persons[next];
  const beforeInSentence = before !== undefined && before.start >= sentence.tokenStart && before.end <= verbStart ? before : null;
  const afterInSentence = after !== undefined && after.start < sentence.tokenEnd ? after : null;
  if (beforeInSentence !== null && onlyWordsOrCommas(doc, beforeInSentence.end, verbStart, MAX_SUBJECT_GAP)) return beforeInSentence;
  if (afterInSentence !== null && afterInSentence.start - verbEnd <= MAX_OBJECT_GAP) return afterInSentence;
  return beforeInSentence ?? afterInSentence;
}

function onlyWordsOrCommas(doc: Doc, from: number, to: number, maxGap: number): boolean {
  if (to - from > maxGap) return false;
  for (let k = from; k < to; k++) {
    const token = doc.tokens[k];
    if (token?.kind !== 'word' && token?.text !== ',') return false;
  }
  return true;
}

function hasPlannedWord(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PLANNED.match(doc.tokens, k) !== null) return true;
  return false;
}

/** The first title in tokens [from, to) that belongs to no person: the post in "giữ chức <title>". */
function titleAfter(titles: readonly TitleSpan[], attached: ReadonlySet<TitleMention>, from: number, to: number): TitleMention | null {
  const first = firstStartingAtOrAfter(titles, from);
  for (let k = first; k < Math.min(titles.length, first + MAX_TITLES_TO_SKIP) && (titles[k] as TitleSpan).start < to; k++) {
    const title = titles[k] as TitleSpan;
    if (!attached.has(title.mention)) return title.mention;
  }
  return null;
}
