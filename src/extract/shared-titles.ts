import { isCounted } from './counts.js';
import type { Doc } from './doc.js';
import type { PersonSpan } from './persons.js';
import { RANKS } from './ranks.js';
import type { TitleSpan } from './titles.js';
import type { Token } from './tokens.js';

/**
 * A title written once for a list of people (corpus Convention 5): "Ba Phó Bí thư Tỉnh ủy được
 * chỉ định là: bà A (…), ông B và ông C", "ba người giữ chức Phó Bí thư Tỉnh ủy, …, gồm bà A,
 * …; ông B, … và ông C", "các đồng chí Ủy viên Bộ Chính trị: <title> A; <title> B",
 * "Đội ngũ Thứ trưởng gồm đại tướng A (…); các thượng tướng B, C", and a list set out in
 * bulleted lines after "gồm:". The title must be counted ("ba", "các", "6", "đội ngũ"), and
 * the list must follow it in the same sentence after "là", "gồm" or ":".
 */

/** Where people and titles are: the person covering each token (-1 for none), and 1 where a title starts. */
export interface SpanIndex {
  personAt: Int32Array;
  titleStarts: Uint8Array;
}

const INTRODUCERS = new Set(['là', 'gồm', ':']);
const MAX_INTRO_REACH = 20;
// Between the introducer and the first person: "gồm các đồng chí:", "là các ông, bà:" (and the joiners below: a rank).
const FIRST_FILLERS = new Set(['các', 'đồng', 'chí', 'ông', 'bà', ',', ':']);
const MAX_FIRST_REACH = 7;
// Between two listed people: "A, B và C", "A (…); cùng các trung tướng B".
// Religious honorifics too: "…; Hòa thượng B, …; Linh mục C".
const JOINERS = new Set([',', ';', 'và', 'cùng', 'các', 'ông', 'bà', 'đồng', 'chí', 'đại', 'thượng', 'trung', 'thiếu', 'tướng', 'tá', 'hòa', 'tọa', 'linh', 'mục']);
const MAX_ASIDE = 12;
const BULLETS = new Set(['-', '–', '•', '+', '*']);

/** The people a counted title is written once for, or none. */
export function sharedTitleMembers(doc: Doc, persons: readonly PersonSpan[], spans: SpanIndex, title: TitleSpan, sentenceEnd: number): PersonSpan[] {
  const tokens = doc.tokens;
  const { personAt } = spans;
  const counted = (start: number) => isCounted(tokens, start) || followsCountedRank(tokens, start);
  if (!counted(title.start)) {
    const head = headStart(tokens, spans, title.start);
    if (head === title.start || !counted(head)) return [];
  }
  const introducer = introducerAfter(tokens, spans, title.end, sentenceEnd);
  if (introducer === null) return [];
  if (tokens[introducer + 1]?.kind === 'newline') return bulletedMembers(doc, persons, introducer + 1);
  let first = -1;
  for (let j = introducer + 1; j < Math.min(introducer + MAX_FIRST_REACH, sentenceEnd) && first < 0; j++) {
    first = personAt[j] ?? -1;
    if (first < 0 && !FIRST_FILLERS.has(tokens[j]?.lower ?? '') && !JOINERS.has(tokens[j]?.lower ?? '')) break;
  }
  if (first < 0) return [];
  const members = [persons[first] as PersonSpan];
  for (let index = first + 1; index < persons.length; index++) {
    const next = persons[index] as PersonSpan;
    if (next.start >= sentenceEnd || !joined(tokens, (members[members.length - 1] as PersonSpan).end, next.start)) break;
    members.push(next);
  }
  return members;
}

// "các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, nguyên Chánh Văn phòng …: A, B": titles
// joined by commas make one head, written once for the list after it.
const HEAD_JOINERS = new Set([',', 'và']);
const FORMER = 'nguyên';
const MAX_HEAD_TITLE = 12;

/** Whether the title at `start` is joined to the one before it: ", <title>", ", nguyên <title>". */
function continuesHead(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.lower === FORMER ? start - 2 : start - 1;
  return HEAD_JOINERS.has(tokens[before]?.lower ?? '');
}

/** Where the head a title belongs to starts: the first of the titles joined to it by commas. */
function headStart(tokens: readonly Token[], spans: SpanIndex, titleStart: number): number {
  let start = titleStart;
  while (continuesHead(tokens, start)) {
    const joiner = tokens[start - 1]?.lower === FORMER ? start - 2 : start - 1;
    let previous = -1;
    for (let k = joiner - 1; k >= Math.max(0, joiner - MAX_HEAD_TITLE); k--) {
      if ((spans.personAt[k] ?? -1) >= 0 || tokens[k]?.kind === 'punct' || tokens[k]?.kind === 'number') break;
      if (spans.titleStarts[k] === 1) {
        previous = k;
        break;
      }
    }
    if (previous < 0) break;
    start = previous;
  }
  return start;
}

/** "4 Thượng tướng, <title>: A, B": a counted rank, then a comma, right before the title. */
function followsCountedRank(tokens: readonly Token[], titleStart: number): boolean {
  if (tokens[titleStart - 1]?.text !== ',') return false;
  for (let start = titleStart - 3; start >= Math.max(0, titleStart - 4); start--) {
    if (RANKS.match(tokens, start)?.end === titleStart - 1) return isCounted(tokens, start);
  }
  return false;
}

/**
 * The "là", "gồm" or ":" that opens the list, with no one named and no other title before it
 * ("các đại biểu HĐND đã miễn nhiệm 3 Phó Chủ tịch UBND là …": the list is the second title's).
 */
function introducerAfter(tokens: readonly Token[], spans: SpanIndex, from: number, sentenceEnd: number): number | null {
  for (let k = from; k < Math.min(from + MAX_INTRO_REACH, sentenceEnd); k++) {
    if ((spans.personAt[k] ?? -1) >= 0 || tokens[k]?.text === ';') return null;
    if (spans.titleStarts[k] === 1 && !continuesHead(tokens, k)) return null;
    // "gồm:" and "là:" introduce once.
    if (INTRODUCERS.has(tokens[k]?.lower ?? '')) return tokens[k + 1]?.text === ':' ? k + 1 : k;
  }
  return null;
}

/** Whether only joiners and short asides "(…)" stand between two listed people. */
function joined(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const token = tokens[k] as Token;
    if (token.text === '(') {
      const close = closing(tokens, k);
      if (close === null || close >= to) return false;
      k = close;
    } else if (!JOINERS.has(token.lower)) return false;
  }
  return true;
}

function closing(tokens: readonly Token[], open: number): number | null {
  for (let k = open + 1; k <= open + MAX_ASIDE && tokens[k] !== undefined && tokens[k]?.kind !== 'newline'; k++) {
    if (tokens[k]?.text === ')') return k;
  }
  return null;
}

/** "- ", "• ", or a number "1." / "2)" opening a line of a list. */
function isBullet(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.kind === 'number') return tokens[index + 1]?.text === '.' || tokens[index + 1]?.text === ')';
  return BULLETS.has(token?.text ?? '');
}

/** "gồm:" or "như sau:" closing a line: the first person of each bulleted or numbered line after it. */
export function bulletedMembers(doc: Doc, persons: readonly PersonSpan[], newline: number): PersonSpan[] {
  const members: PersonSpan[] = [];
  let index = persons.findIndex((person) => person.start > newline);
  for (const paragraph of doc.paragraphs) {
    if (paragraph.tokenStart <= newline) continue;
    if (!isBullet(doc.tokens, paragraph.tokenStart)) break;
    while (index >= 0 && index < persons.length && (persons[index] as PersonSpan).start < paragraph.tokenStart) index++;
    const person = persons[index];
    if (person !== undefined && person.start < paragraph.tokenEnd) members.push(person);
  }
  return members;
}

const DASHES = new Set(['-', '–']);
// Between two people of a list written before a shared title: "A, B và C".
const NAME_JOINERS = new Set([',', 'và', 'ông', 'bà', 'đồng', 'chí']);
const MAX_OPENER_REACH = 4;

/**
 * "các đồng chí: A, B, C - Phó Bí thư Tỉnh ủy": a title after a dash that closes a list of names
 * with no titles of their own, opened by "các", is written once for the whole list.
 */
export function addDashSharedTitles(doc: Doc, persons: readonly PersonSpan[]): void {
  const { tokens } = doc;
  for (let i = 1; i < persons.length; i++) {
    const last = persons[i] as PersonSpan;
    const shared = last.mention.titles[0];
    if (shared === undefined || !DASHES.has(doc.body.slice(0, shared.evidence.start).trimEnd().slice(-1))) continue;
    const members: PersonSpan[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const person = persons[j] as PersonSpan;
      const next = (members[0] ?? last) as PersonSpan;
      if (person.mention.titles.length > 0 || !onlyJoiners(tokens, person.end, next.start)) break;
      members.unshift(person);
    }
    if (members.length === 0 || !opensList(tokens, (members[0] as PersonSpan).start)) continue;
    for (const member of members) member.mention.titles.push(...last.mention.titles);
  }
}

function onlyJoiners(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (!NAME_JOINERS.has(tokens[k]?.lower ?? '')) return false;
  return true;
}

/** "các đồng chí:", "các ông" just before the first name. */
function opensList(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - MAX_OPENER_REACH); k--) if (tokens[k]?.lower === 'các') return true;
  return false;
}
