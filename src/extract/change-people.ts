import type { Doc } from './doc.js';
import { phraseSet } from './lexicon.js';
import type { PersonSpan } from './persons.js';
import { firstStartingAtOrAfter } from './spans.js';
import type { Token } from './tokens.js';

/**
 * Who a change verb is about: its subject ("ông A được bầu", "bà A và ông B nghỉ hưu"), else its
 * object ("bầu ông A", "trao quyết định bổ nhiệm cho các ông A, B, C"), else a list introduced
 * after it ("bầu ba người giữ chức Phó Bí thư: bà A, ông B và ông C", "… được chỉ định là: …").
 * A list is every person joined by commas, semicolons, "và", "cùng", each with their own titles.
 * The official who signs or hands over a decision ("ông A ký quyết định bổ nhiệm …") is none of
 * these.
 */

const MAX_SUBJECT_GAP = 3;
const MAX_OBJECT_GAP = 4;
const MAX_INTRODUCER_GAP = 3;
const MAX_ASIDE = 12;
const MAX_DIRECT_OBJECT_GAP = 3;
const NOMINALIZERS = phraseSet(['việc', 'công tác', 'quy trình', 'thủ tục']);
const TRANSITIVE = new Set([
  'bầu', 'bầu lại', 'tái bầu', 'bổ nhiệm', 'bổ nhiệm lại', 'chỉ định', 'phân công', 'điều động', 'luân chuyển', 'miễn nhiệm', 'cho thôi',
  'cách chức', 'bãi nhiệm', 'chuẩn y', 'phê chuẩn', 'giao quyền',
]);
const MAX_ACT_GAP = 2;
const BEFORE_ACT = new Set(['đã', 'vừa', 'đứng']);
// "có lãnh đạo hai tập đoàn: ông A, <description>; và ông B, <description>": items split by ";".
const MAX_ITEM_LENGTH = 30;
const ITEM_SEPARATORS = new Set([';']);
const LIST_JOINERS = new Set([',', ';', 'và', 'cùng', 'ông', 'bà', 'đồng', 'chí', 'các', 'với']);
const INTRODUCERS = new Set([':', 'là', 'gồm', 'cho']);
// Between an actor and the change: "ông A ký quyết định bổ nhiệm", "ông A trao quyết định …".
const OTHER_ACTS = phraseSet([
  'ký', 'trao', 'công bố', 'cho biết', 'đọc', 'thông báo', 'trình', 'tặng', 'chúc mừng', 'phát biểu', 'thay mặt', 'theo', 'báo cáo', 'đề nghị', 'quyết định',
]);
// "Trợ lý đồng chí A", "thay ông A": A is named, not changed.
const NOT_SUBJECT_BEFORE = new Set(['thay', 'thế', 'lý', 'ký']);

/** The people a change verb at tokens [verbStart, verbEnd) is about, in tokens [from, to). */
export function peopleOfVerb(doc: Doc, persons: readonly PersonSpan[], verbStart: number, verbEnd: number, from: number, to: number): PersonSpan[] {
  const next = firstStartingAtOrAfter(persons, verbEnd);
  const before = next - 1 >= 0 && (persons[next - 1] as PersonSpan).start >= from && (persons[next - 1] as PersonSpan).end <= verbStart ? next - 1 : -1;
  // "Thủ tướng A bổ nhiệm ông B": an active verb with its object right after it is not A's change.
  const objectFirst = isActive(doc.tokens, verbStart, verbEnd) && directObjectAt(doc.tokens, persons[next], verbEnd, to);
  // "yêu cầu việc bổ nhiệm cán bộ …": a verb made a noun has no subject before it.
  const nominal = NOMINALIZERS.match(doc.tokens, verbStart - 1) !== null || NOMINALIZERS.match(doc.tokens, verbStart - 2)?.end === verbStart;
  const acts = before >= 0 && (objectFirst || nominal || actsBetween(doc.tokens, (persons[before] as PersonSpan).end, verbStart));
  // "…; ông B, Giám đốc Sở Nội vụ, người vừa được bổ nhiệm": the relative clause is B's alone.
  if (before >= 0 && !acts && isRelative(doc.tokens, (persons[before] as PersonSpan).end, verbStart)) return [persons[before] as PersonSpan];
  if (before >= 0 && !acts && onlyWordsOrCommas(doc.tokens, (persons[before] as PersonSpan).end, verbStart, MAX_SUBJECT_GAP)) return listEndingAt(doc.tokens, persons, before);
  const object = objectAt(doc.tokens, persons, next, verbEnd, to);
  if (object >= 0) return listStartingAt(doc.tokens, persons, object, to);
  if (before >= 0 && !acts) return listEndingAt(doc.tokens, persons, before);
  const after = persons[next];
  return after !== undefined && after.start < to && !isNamedOnly(doc.tokens, after) && !actsNext(doc.tokens, after) ? [after] : [];
}

/** "… đã được Phó Thủ tướng A ký ban hành": the person after the verb is the one who acts. */
function actsNext(tokens: readonly Token[], person: PersonSpan): boolean {
  let k = person.end;
  while (k < person.end + MAX_ACT_GAP && BEFORE_ACT.has(tokens[k]?.lower ?? '')) k++;
  return OTHER_ACTS.match(tokens, k) !== null;
}

/** Whether the person is named only as the one replaced or the principal of an assistant. */
export function isNamedOnly(tokens: readonly Token[], person: PersonSpan): boolean {
  let k = person.start - 1;
  while (k >= 0 && ['ông', 'bà', 'đồng', 'chí'].includes(tokens[k]?.lower ?? '')) k--;
  // "thay cho ông A"
  if (tokens[k]?.lower === 'cho' && NOT_SUBJECT_BEFORE.has(tokens[k - 1]?.lower ?? '')) return true;
  return NOT_SUBJECT_BEFORE.has(tokens[k]?.lower ?? '');
}

function isRelative(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.lower === 'người' && tokens[k - 1]?.text === ',') return true;
  return false;
}

/** A verb that takes its person as object: not passive ("được bổ nhiệm"), not intransitive ("nghỉ hưu"). */
function isActive(tokens: readonly Token[], verbStart: number, verbEnd: number): boolean {
  if (tokens[verbStart]?.lower === 'được' || tokens[verbStart - 1]?.lower === 'được' || tokens[verbStart - 1]?.lower === 'bị') return false;
  const words = tokens.slice(verbStart, verbEnd).map((token) => token.lower);
  for (let length = Math.min(3, words.length); length >= 1; length--) if (TRANSITIVE.has(words.slice(0, length).join(' '))) return true;
  return false;
}

/** A person right after the verb ("bổ nhiệm lại thượng tướng A", "bầu bà A"), no punctuation between. */
function directObjectAt(tokens: readonly Token[], person: PersonSpan | undefined, verbEnd: number, to: number): boolean {
  if (person === undefined || person.start >= to || person.start - verbEnd > MAX_DIRECT_OBJECT_GAP) return false;
  for (let k = verbEnd; k < person.start; k++) if (tokens[k]?.kind === 'punct') return false;
  return true;
}

/** The first person right after the verb, or after "là", "gồm", ":", "cho", "đối với" a little later. */
function objectAt(tokens: readonly Token[], persons: readonly PersonSpan[], next: number, verbEnd: number, to: number): number {
  const person = persons[next];
  if (person === undefined || person.start >= to || isNamedOnly(tokens, person)) return -1;
  if (person.start - verbEnd <= MAX_OBJECT_GAP) return next;
  for (let k = person.start - 1; k >= Math.max(verbEnd, person.start - MAX_INTRODUCER_GAP); k--) {
    if (INTRODUCERS.has(tokens[k]?.lower ?? '') || (tokens[k]?.lower === 'với' && tokens[k - 1]?.lower === 'đối')) return next;
  }
  return -1;
}

/** The list the person at `index` ends. */
export function listEndingAt(tokens: readonly Token[], persons: readonly PersonSpan[], index: number): PersonSpan[] {
  let first = index;
  while (first > 0 && joined(tokens, persons[first - 1] as PersonSpan, persons[first] as PersonSpan)) first--;
  return persons.slice(first, index + 1);
}

/** The list the person at `index` starts, within tokens before `to`; after ":" its items may be split by ";". */
function listStartingAt(tokens: readonly Token[], persons: readonly PersonSpan[], index: number, to: number): PersonSpan[] {
  const first = persons[index] as PersonSpan;
  const items = tokens[first.start - 1]?.text === ':' || (tokens[first.start - 2]?.text === ':' && LIST_JOINERS.has(tokens[first.start - 1]?.lower ?? ''));
  let last = index;
  for (;;) {
    const [previous, next] = [persons[last] as PersonSpan, persons[last + 1]];
    if (next === undefined || next.start >= to || !(joined(tokens, previous, next) || (items && nextItem(tokens, previous, next)))) break;
    last++;
  }
  return persons.slice(index, last + 1);
}

/** Whether `next` opens the item after `previous`'s: a ";" then only joiners, within one sentence. */
function nextItem(tokens: readonly Token[], previous: PersonSpan, next: PersonSpan): boolean {
  if (next.start - previous.end > MAX_ITEM_LENGTH) return false;
  let separator = -1;
  for (let k = previous.end; k < next.start; k++) if (ITEM_SEPARATORS.has(tokens[k]?.text ?? '')) separator = k;
  if (separator < 0) return false;
  for (let k = separator + 1; k < next.start; k++) if (!LIST_JOINERS.has(tokens[k]?.lower ?? '')) return false;
  return true;
}

/** Only joiners, and a short aside "(Chủ tịch UBND tỉnh)", between two listed people. */
function joined(tokens: readonly Token[], previous: PersonSpan, next: PersonSpan): boolean {
  if (next.start <= previous.end) return false;
  for (let k = previous.end; k < next.start; k++) {
    const close = tokens[k]?.text === '(' ? closingAside(tokens, k, next.start) : null;
    if (close !== null) k = close;
    else if (!LIST_JOINERS.has(tokens[k]?.lower ?? '')) return false;
  }
  return true;
}

function closingAside(tokens: readonly Token[], open: number, before: number): number | null {
  for (let k = open + 1; k < Math.min(before, open + MAX_ASIDE); k++) if (tokens[k]?.text === ')') return k;
  return null;
}

function actsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.text === ':' || OTHER_ACTS.match(tokens, k) !== null) return true;
  return false;
}

function onlyWordsOrCommas(tokens: readonly Token[], from: number, to: number, maxGap: number): boolean {
  if (to - from > maxGap) return false;
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    if (token?.kind !== 'word' && token?.text !== ',') return false;
  }
  return true;
}
