import type { ChangeKind, ChangeMention, TitleMention } from '../domain/extraction.js';
import { dedupeChanges, refineKind } from './change-rules.js';
import type { DateIndex, DateSpan } from './dates.js';
import type { Doc } from './doc.js';
import { sentenceEvidence } from './evidence.js';
import { Lexicon } from './lexicon.js';
import { hasPlannedWord } from './planned.js';
import type { PersonSpan } from './persons.js';
import { isEffective, sceneDates } from './scenes.js';
import type { Sentence } from './sentences.js';
import { firstStartingAtOrAfter } from './spans.js';
import type { TitleLink } from './title-links.js';
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
  ['tái cử', 'RE_ELECTED'],
  ['bổ nhiệm', 'APPOINTED'],
  ['được bổ nhiệm', 'APPOINTED'],
  ['bổ nhiệm lại', 'APPOINTED'],
  ['chỉ định', 'APPOINTED'],
  ['phân công', 'APPOINTED'],
  ['chuẩn y', 'APPOINTED'],
  ['điều động', 'TRANSFERRED'],
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
// "bầu cử" is an election, "chỉ định thầu" a tender, "bầu thay ông A" replaces A: not changes.
const NOT_A_CHANGE_AFTER = new Set(['cử', 'thầu', 'thay', 'thế']);
// "phân công, điều động, chỉ định": one change told by several verbs; the most specific wins.
const SERIES_JOINERS = new Set([',', 'và']);
const KIND_RANK: Readonly<Record<ChangeKind, number>> = {
  TRANSFERRED: 3, RE_ELECTED: 2, ELECTED: 1, APPOINTED: 0, RELIEVED: 0, RESIGNED: 1, RETIRED: 1, DISMISSED: 1,
};
const TAKES_UP: ReadonlySet<ChangeKind> = new Set(['ELECTED', 'RE_ELECTED', 'APPOINTED', 'TRANSFERRED']);
const MAX_SUBJECT_GAP = 3;
const MAX_OBJECT_GAP = 4;
const MAX_TITLES_TO_SKIP = 8;
const MAX_AGENT_GAP = 6;
const PRONOUNS = new Set(['ông', 'bà']);

interface Verb {
  kind: ChangeKind;
  start: number;
  end: number;
  /** The first word as written, lowercased: "chuẩn y" confirms an election told elsewhere. */
  words: string;
}

/** Every reported change, in order. */
export function findChanges(doc: Doc, persons: readonly PersonSpan[], titles: readonly TitleSpan[], links: readonly TitleLink[], dates: DateIndex): ChangeMention[] {
  const linkedTitles = new Set(links.map((link) => link.title));
  const byStart = links.map((link) => ({ start: link.title.start, link })).sort((a, b) => a.start - b.start);
  const inPerson = new Uint8Array(doc.tokens.length);
  for (const person of persons) inPerson.fill(1, person.start, person.end);
  const attached = new Set<TitleMention>(persons.flatMap((person) => person.mention.titles));
  const found: Found[] = [];
  const scenes = sceneDates(doc, dates);
  for (const sentence of doc.sentences) {
    const verbs = verbsIn(doc, sentence, inPerson);
    verbs.forEach((verb, index) => {
      const scopeEnd = verbs[index + 1]?.start ?? sentence.tokenEnd;
      const clauseStart = verbs[index - 1]?.end ?? sentence.tokenStart;
      const planned = hasPlannedWord(doc.tokens, clauseStart, verb.start);
      const base = { kind: verb.kind, sentence, start: verb.start, end: verb.end, planned, verb: verb.words };
      const own: TitleLink[] = [];
      for (let k = firstStartingAtOrAfter(byStart, verb.end); k < byStart.length && (byStart[k]?.start ?? scopeEnd) < scopeEnd; k++) own.push((byStart[k] as { link: TitleLink }).link);
      if (own.length > 0) {
        for (const link of lastPerBody(own)) found.push({ ...base, person: link.person, title: link.mention });
        return;
      }
      const person = personOf(doc, persons, sentence, verb.start, verb.end);
      if (person === null) return;
      const after = titleAfter(titles, attached, linkedTitles, Math.max(verb.end, person.end), scopeEnd);
      found.push({ ...base, person, title: after });
    });
  }
  return dedupeChanges(found.map((change) => toChange(doc, change, changeDate(doc, change, dates, scenes))));
}

interface Found {
  kind: ChangeKind;
  person: PersonSpan;
  sentence: Sentence;
  start: number;
  end: number;
  planned: boolean;
  verb: string;
  title: TitleMention | null;
}

/** The change verbs of a sentence, a series of verbs read as one. */
function verbsIn(doc: Doc, sentence: Sentence, inPerson: Uint8Array): Verb[] {
  const verbs: Verb[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const verb = inPerson[i] === 1 ? null : VERBS.match(doc.tokens, i);
    if (verb === null || verb.end > sentence.tokenEnd || NOT_A_CHANGE_AFTER.has(doc.tokens[verb.end]?.lower ?? '')) continue;
    if (TAKES_UP.has(verb.value) && isAgentClause(doc, sentence, i, inPerson)) continue;
    let kind = verb.value;
    let end = verb.end;
    for (;;) {
      const joined = SERIES_JOINERS.has(doc.tokens[end]?.lower ?? '') ? end + 1 : end;
      const next = VERBS.match(doc.tokens, joined);
      if (next === null || next.end > sentence.tokenEnd) break;
      if (KIND_RANK[next.value] > KIND_RANK[kind]) kind = next.value;
      end = next.end;
    }
    verbs.push({ kind, start: i, end, words: doc.tokens.slice(i, verb.end).map((token) => token.lower).join(' ') });
    i = end - 1;
  }
  return verbs;
}

/** "chức vụ do HĐND tỉnh bầu": the verb of a relative clause with its agent, no change told. */
function isAgentClause(doc: Doc, sentence: Sentence, verbStart: number, inPerson: Uint8Array): boolean {
  for (let k = verbStart - 1; k >= Math.max(sentence.tokenStart, verbStart - MAX_AGENT_GAP); k--) {
    if (inPerson[k] === 1 || doc.tokens[k]?.kind === 'punct' || PRONOUNS.has(doc.tokens[k]?.lower ?? '')) return false;
    if (doc.tokens[k]?.lower === 'do') return true;
  }
  return false;
}

/** One change per person and body: "thôi giữ chức Ủy viên, Chủ nhiệm Ủy ban Kiểm tra" is one. */
function lastPerBody(links: readonly TitleLink[]): TitleLink[] {
  const byKey = new Map<string, TitleLink>();
  for (const link of links) byKey.set(`${link.person.mention.name}|${link.mention.body?.name ?? link.title.start}`, link);
  return [...byKey.values()];
}

/**
 * The day a change takes effect: the date after its verb introduced by "từ" ("được nghỉ hưu
 * theo chế độ từ ngày 1/4/2022", even after "Cùng ngày, … công bố quyết định nghỉ hưu:"), else
 * the sentence's first date, else the paragraph's opening date ("Chiều cùng ngày, …"), else,
 * for a change carried out (not planned), the day of the scene it is told in (see sceneDates).
 */
function changeDate(doc: Doc, found: Found, dates: DateIndex, scenes: readonly (DateSpan | null)[]): DateSpan | null {
  const { sentence } = found;
  const effective = dates.within(found.end, sentence.tokenEnd).find((date) => date.date.precision !== 'YEAR' && isEffective(doc, date));
  if (effective !== undefined) return effective;
  const paragraph = doc.paragraphs[sentence.paragraph];
  const told = dates.firstIn(sentence.tokenStart, sentence.tokenEnd) ?? (paragraph === undefined ? null : dates.openingOf(paragraph, doc.tokens));
  return told ?? (found.planned ? null : (scenes[sentence.paragraph] ?? null));
}

function toChange(doc: Doc, found: Found, date: DateSpan | null): ChangeMention & { verb: string } {
  const chainLast = lastOwnTitle(doc, found.person);
  const takesUp = TAKES_UP.has(found.kind);
  const title = found.title ?? (takesUp ? null : chainLast);
  const kind = refineKind(found.kind, found.verb, title, chainLast);
  return {
    kind,
    person: found.person.mention.name,
    title,
    fromTitle: kind === 'TRANSFERRED' ? chainLast : null,
    date: date?.date ?? null,
    planned: found.planned,
    evidence: sentenceEvidence(doc, found.sentence, Math.min(found.start, found.person.start), Math.max(found.end, found.person.end) - 1),
    verb: found.verb,
  };
}

/** The last title of the person's own apposition chain (the mention's span), not one linked later. */
function lastOwnTitle(doc: Doc, person: PersonSpan): TitleMention | null {
  const [from, to] = [doc.tokens[person.start]?.start ?? 0, doc.tokens[person.end - 1]?.end ?? 0];
  let last: TitleMention | null = null;
  for (const title of person.mention.titles) {
    if (title.evidence.start >= from && title.evidence.end <= to) last = title;
  }
  return last;
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

/** The first title in tokens [from, to) that belongs to no person: the post in "giữ chức <title>". */
function titleAfter(titles: readonly TitleSpan[], attached: ReadonlySet<TitleMention>, linked: ReadonlySet<TitleSpan>, from: number, to: number): TitleMention | null {
  const first = firstStartingAtOrAfter(titles, from);
  for (let k = first; k < Math.min(titles.length, first + MAX_TITLES_TO_SKIP) && (titles[k] as TitleSpan).start < to; k++) {
    const title = titles[k] as TitleSpan;
    if (!attached.has(title.mention) && !linked.has(title)) return title.mention;
  }
  return null;
}
