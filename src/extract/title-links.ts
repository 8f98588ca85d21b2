import type { TitleMention } from '../domain/extraction.js';
import type { Role } from '../domain/roles.js';
import type { Doc } from './doc.js';
import { phraseSet } from './lexicon.js';
import type { PersonSpan } from './persons.js';
import { isPlannedWordAt } from './planned.js';
import { sharedTitleMembers } from './shared-titles.js';
import { subjectAt } from './subjects.js';
import type { TitleSpan } from './titles.js';
import { isRomanNumeral, readTerm } from './terms.js';
import { continuesPastItem, listIntroductionBefore, PAST_WORDS, unreadItemBefore } from './career-lists.js';
import type { Token } from './tokens.js';

/**
 * Titles a sentence gives a person through a verb rather than an apposition: "ông A … đảm nhận
 * chức vụ <title>", "bà là <title>, <title>", "các vị trí ông từng trải qua gồm <title>, …",
 * "miễn nhiệm chức danh <title> đối với ông A", "<title> … là ông A". The person is the subject
 * before the cue (a name, a group "A và B", or "ông"/"bà"/"ông Lưu" referring back).
 */

export interface TitleLink {
  title: TitleSpan;
  person: PersonSpan;
  /** The mention added to the person: the title, FORMER when the sentence says it was left. */
  mention: TitleMention;
}

// What links a subject to the title right after it.
const CUES = phraseSet([
  'là', 'làm', 'giữ', 'giữ chức', 'giữ chức vụ', 'giữ các chức vụ', 'chức', 'chức vụ', 'chức danh', 'cương vị', 'các cương vị',
  'vị trí', 'các vị trí', 'đảm nhận', 'đảm nhiệm', 'trở thành', 'vào', 'gồm', 'có', 'kinh qua', 'trải qua', 'đắc cử', 'tái đắc cử',
  'trúng cử', 'kiêm', 'kiêm nhiệm', 'sang', 'tái cử', 'giao', 'được giao', 'nhận', 'nhận công tác', 'nhận nhiệm vụ',
]);
const CUE_FILLERS = new Set([':', 'các', 'mới', 'tân']);
// "nguyên" marks only its own title (titles.ts), not the ones after it.
const FORMER_WORDS = phraseSet(['từng', 'đã giữ', 'kinh qua', 'trải qua', 'thôi', 'miễn nhiệm', 'cách chức', 'bãi nhiệm', 'nghỉ hưu', 'trước đó', 'trước đây']);
const RUN_JOINERS = new Set([',', ';', 'và', 'rồi', 'kiêm']);
const MAX_CUE_LENGTH = 3;
// "ông từng giữ các cương vị <title>": the word of the past is close before the title.
const FORMER_WINDOW = 8;
const MAX_SUBJECT_DISTANCE = 30;
const MAX_CAREER_SUBJECT_DISTANCE = 60;
// "trước đó từng làm", "đã từng giữ": the word of the past just before the cue.
const PAST_CUE_REACH = 3;
const MAX_PARENTHESIS = 12;

/** Links every title no apposition claimed to the person the sentence gives it to. */
export function linkTitles(doc: Doc, persons: readonly PersonSpan[], titles: readonly TitleSpan[]): TitleLink[] {
  const claimed = new Set<TitleMention>(persons.flatMap((person) => person.mention.titles));
  const personAt = new Int32Array(doc.tokens.length).fill(-1);
  persons.forEach((person, index) => personAt.fill(index, person.start, person.end));
  const plans = new ClausePlans(doc.tokens, personAt);
  const titleStarts = new Uint8Array(doc.tokens.length);
  for (const title of titles) titleStarts[title.start] = 1;
  const spans = { personAt, titleStarts };
  const links: TitleLink[] = [];
  const linked = new Set<TitleSpan>();
  const link = (title: TitleSpan, people: readonly PersonSpan[], from: number, runFormer = false): boolean => {
    linked.add(title);
    const former = runFormer || title.mention.status === 'FORMER' || hasWord(doc, FORMER_WORDS, Math.max(from, title.start - FORMER_WINDOW), title.start);
    const mention: TitleMention = { ...title.mention, status: former ? 'FORMER' : 'CURRENT' };
    for (const person of people) {
      person.mention.titles.push(mention);
      links.push({ title, person, mention });
    }
    return former;
  };
  for (let k = 0; k < titles.length; k++) {
    const title = titles[k] as TitleSpan;
    if (claimed.has(title.mention) || linked.has(title)) continue;
    const sentence = doc.sentences[doc.sentenceOf[title.start] ?? -1];
    if (sentence === undefined) continue;
    // "Dự kiến, HĐND tỉnh sẽ bầu ông A giữ chức …", "đề nghị … đối với ông A": a plan anywhere
    // before the title in its clause gives the title to no one (changes.ts reports the plan).
    if (plans.inClauseBefore(title.start, sentence.tokenStart)) continue;
    const members = sharedTitleMembers(doc, persons, spans, title, sentence.tokenEnd);
    if (members.length > 0) {
      const role = title.mention.role;
      const others = members.filter((person) => !person.mention.titles.some((held) => held.role === STANDING_OF[role]));
      link(title, others, title.start);
      continue;
    }
    const after = afterTitle(doc.tokens, title.end);
    const object = objectAfter(doc, persons, personAt, after, sentence.tokenEnd, doc.tokens[title.start - 1]?.lower === 'giao');
    if (object !== null) {
      link(title, [object], sentence.tokenStart);
      continue;
    }
    const group = groupAfter(doc, persons, personAt, after, sentence.tokenEnd);
    if (group.length > 0) {
      link(title, group, sentence.tokenStart);
      continue;
    }
    const list = listIntroductionBefore(doc.tokens, spans, title.start, sentence.tokenStart);
    // "từng làm <item the grammar cannot read>, <title>": the career cue before that item.
    const unread = list === null && cueBefore(doc.tokens, title.start) === null
      ? unreadItemBefore(doc.tokens, spans, title.start, sentence.tokenStart, (at) => isPastCueAt(doc, cueBefore(doc.tokens, at)))
      : null;
    const cueStart = cueBefore(doc.tokens, unread ?? title.start) ?? list?.verbStart ?? null;
    if (cueStart === null) continue;
    // "Ông A sinh năm …, quê …, có trình độ …; từng là <title>": a career reaches further back.
    const past = list?.past === true || hasWord(doc, PAST_WORDS, cueStart - PAST_CUE_REACH, cueStart + 1);
    const reach = past ? MAX_CAREER_SUBJECT_DISTANCE : MAX_SUBJECT_DISTANCE;
    const subject = subjectAt(doc, persons, personAt, cueStart, Math.max(sentence.tokenStart, cueStart - reach));
    if (subject === null || subject.people.length === 0 || signsBetween(doc.tokens, subject.end, cueStart)) continue;
    // The titles that follow, joined by commas, "và", "rồi": the same person's; a career list
    // goes on past an item the grammar could not read.
    const run = [title];
    for (let next = k + 1, end = title.end; next < titles.length; next++) {
      const following = titles[next] as TitleSpan;
      const joint = afterTitle(doc.tokens, end);
      const joined = RUN_JOINERS.has(doc.tokens[joint]?.lower ?? '') && following.start === joint + 1;
      if (!(joined || (past && continuesPastItem(doc.tokens, spans, joint, following.start))) || claimed.has(following.mention)) break;
      if (objectAfter(doc, persons, personAt, afterTitle(doc.tokens, following.end), sentence.tokenEnd) !== null) break;
      run.push(following);
      end = following.end;
    }
    // "A và B lần lượt giữ chức <title> và <title>": one title each, in order (none when they do not pair up).
    if (subject.people.length > 1 && isRespectively(doc.tokens, cueStart)) {
      for (const held of run) linked.add(held);
      if (run.length !== subject.people.length) continue;
      run.forEach((held, index) => link(held, [subject.people[index] as PersonSpan], held === title ? subject.end : held.start, list?.past === true || unread !== null));
      continue;
    }
    const former = link(title, subject.people, subject.end, list?.past === true || unread !== null);
    for (const following of run.slice(1)) link(following, subject.people, following.start, former);
  }
  return links;
}

// "A đã ký quyết định thôi giữ chức <title> đối với …": A signs; "A được trao quyết định" is A's.
const SIGNS = phraseSet(['ký', 'ký ban hành', 'trao', 'công bố']);
// "thư ký" is a secretary, no signing.
const RECEIVES = new Set(['được', 'nhận', 'thư']);

/** Whether the subject signs or hands over the decision, between its end and the cue. */
function signsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SIGNS.match(tokens, k) !== null && !RECEIVES.has(tokens[k - 1]?.lower ?? '')) return true;
  return false;
}

// "2 Phó Thủ tướng là A (Phó Thủ tướng Thường trực) và B": the standing deputy is a deputy already.
const STANDING_OF: Partial<Record<Role, Role>> = {
  DEPUTY_SECRETARY: 'STANDING_DEPUTY_SECRETARY',
  VICE_CHAIR: 'STANDING_VICE_CHAIR',
  DEPUTY_HEAD: 'STANDING_DEPUTY_HEAD',
  DEPUTY_PRIME_MINISTER: 'STANDING_DEPUTY_PRIME_MINISTER',
};

/** After a title, its term ("nhiệm kỳ 2016-2021", "khóa XV") and a parenthesis are skipped. */
function afterTitle(tokens: readonly Token[], end: number): number {
  let position = readTerm(tokens, end)?.end ?? end;
  // "Bí thư Quận ủy Lê Chân cũ, …": the body as it was.
  if (tokens[position]?.lower === 'cũ') position++;
  if (tokens[position]?.text === '(') {
    for (let k = position + 1; k < position + MAX_PARENTHESIS && tokens[k] !== undefined; k++) {
      if (tokens[k]?.text === ')') return k + 1;
    }
  }
  if (tokens[position]?.text === ',' && readTerm(tokens, position + 1) !== null) position = readTerm(tokens, position + 1)?.end ?? position;
  // "khóa XII, XIII": the other terms of the same post.
  while (position > end && tokens[position]?.text === ',' && isRomanNumeral(tokens[position + 1])) position += 2;
  return position;
}

/**
 * "<title> đối với ông A", "<title> là ông A", and after "giao" "<title> cho ông A": the person
 * the title is given to.
 */
function objectAfter(doc: Doc, persons: readonly PersonSpan[], personAt: Int32Array, from: number, sentenceEnd: number, given = false): PersonSpan | null {
  const tokens = doc.tokens;
  let position = from;
  if (tokens[position]?.lower === 'đối' && tokens[position + 1]?.lower === 'với') position += 2;
  else if (tokens[position]?.lower === 'là' || (given && tokens[position]?.lower === 'cho')) position += 1;
  else return null;
  for (let k = position; k < Math.min(position + 3, sentenceEnd); k++) {
    const index = personAt[k] ?? -1;
    if (index >= 0) return (persons[index] as PersonSpan).start >= position ? (persons[index] as PersonSpan) : null;
  }
  return null;
}

const GROUP_COUNTS = new Set(['hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'các', 'những']);
const GROUP_JOINERS = new Set([',', ';', 'và', 'ông', 'bà', 'đồng', 'chí']);
const MAX_GROUP_INTRO = 16;

/**
 * "<title> đối với ba người đã nghỉ hưu theo quy định: bà A, …; ông B, … và ông C": the people
 * listed after the colon, when nobody is named between "đối với" and it.
 */
function groupAfter(doc: Doc, persons: readonly PersonSpan[], personAt: Int32Array, from: number, sentenceEnd: number): PersonSpan[] {
  const tokens = doc.tokens;
  if (tokens[from]?.lower !== 'đối' || tokens[from + 1]?.lower !== 'với') return [];
  const count = tokens[from + 2];
  if (count === undefined || (count.kind !== 'number' && !GROUP_COUNTS.has(count.lower))) return [];
  let colon = -1;
  for (let k = from + 3; k < Math.min(from + MAX_GROUP_INTRO, sentenceEnd) && colon < 0; k++) {
    if ((personAt[k] ?? -1) >= 0) return [];
    if (tokens[k]?.text === ':') colon = k;
  }
  if (colon < 0) return [];
  let next = colon + 1;
  while (next < sentenceEnd && (personAt[next] ?? -1) < 0 && GROUP_JOINERS.has(tokens[next]?.lower ?? '')) next++;
  const group: PersonSpan[] = [];
  for (let index = personAt[next] ?? -1; index >= 0 && index < persons.length; index++) {
    const person = persons[index] as PersonSpan;
    if (person.start >= sentenceEnd) break;
    const previous = group[group.length - 1];
    if (previous !== undefined && !onlyJoiners(tokens, previous.end, person.start)) break;
    group.push(person);
  }
  return group;
}

function onlyJoiners(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!GROUP_JOINERS.has(tokens[k]?.lower ?? '')) return false;
  return to > from;
}

/** The start of the cue that ends right before token `titleStart` ("giữ chức vụ", "là"), or null. */
function cueBefore(tokens: readonly Token[], titleStart: number): number | null {
  let end = titleStart;
  while (end > 0 && CUE_FILLERS.has(tokens[end - 1]?.lower ?? '')) end--;
  end = beforeOneOf(tokens, end);
  for (let length = MAX_CUE_LENGTH; length >= 1; length--) {
    const start = end - length;
    if (start >= 0 && CUES.match(tokens, start)?.end === end) return start;
  }
  return null;
}

// "là một trong 20 ủy viên dự khuyết", "là một trong những Phó Chủ tịch": one of those who hold it.
const ONE_OF_COUNTS = new Set(['những', 'các', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười']);

/** The start of "một trong [N|những]" ending at `end`, or `end`. */
function beforeOneOf(tokens: readonly Token[], end: number): number {
  const count = tokens[end - 1];
  const counted = count !== undefined && (count.kind === 'number' || ONE_OF_COUNTS.has(count.lower)) ? end - 1 : end;
  return tokens[counted - 2]?.lower === 'một' && tokens[counted - 1]?.lower === 'trong' ? counted - 2 : end;
}

/** Whether a cue starts at `cueStart` with a word of the past just before it or in it ("từng làm"). */
function isPastCueAt(doc: Doc, cueStart: number | null): boolean {
  return cueStart !== null && hasWord(doc, PAST_WORDS, cueStart - PAST_CUE_REACH, cueStart + 1);
}

const RESPECTIVELY_REACH = 5;

/** Whether "lần lượt" comes shortly before the cue at `cueStart`: "lần lượt được bầu giữ chức …". */
function isRespectively(tokens: readonly Token[], cueStart: number): boolean {
  for (let k = Math.max(0, cueStart - RESPECTIVELY_REACH); k < cueStart + 1; k++) {
    if (tokens[k]?.lower === 'lần' && tokens[k + 1]?.lower === 'lượt') return true;
  }
  return false;
}

function hasWord(doc: Doc, words: ReturnType<typeof phraseSet>, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (words.match(doc.tokens, k) !== null) return true;
  return false;
}

/**
 * Where the plans are ("sẽ", "dự kiến", "đề nghị", not inside a name: "ông Nguyễn Văn Trình"
 * plans nothing) and where clauses start (after a ";"), counted once so that each question
 * costs O(1) on any input.
 */
class ClausePlans {
  /** Planning words in tokens [0, k). */
  private readonly plansBefore: Int32Array;
  /** The token after the last ";" before token k, or 0. */
  private readonly clauseStart: Int32Array;

  constructor(tokens: readonly Token[], personAt: Int32Array) {
    this.plansBefore = new Int32Array(tokens.length + 1);
    this.clauseStart = new Int32Array(tokens.length + 1);
    for (let k = 0; k < tokens.length; k++) {
      const planned = (personAt[k] ?? -1) < 0 && isPlannedWordAt(tokens, k);
      this.plansBefore[k + 1] = (this.plansBefore[k] ?? 0) + (planned ? 1 : 0);
      this.clauseStart[k + 1] = tokens[k]?.text === ';' ? k + 1 : (this.clauseStart[k] ?? 0);
    }
  }

  /** Whether the clause of token `at` plans something before it (never looking before `floor`). */
  inClauseBefore(at: number, floor: number): boolean {
    const from = Math.max(floor, this.clauseStart[at] ?? 0);
    return (this.plansBefore[at] ?? 0) - (this.plansBefore[from] ?? 0) > 0;
  }
}
