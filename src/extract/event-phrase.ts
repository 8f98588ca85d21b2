import type { BodyRef, EventKind, Term } from '../domain/extraction.js';
import { readBody, type BodyMatch } from './bodies.js';
import type { AreaContext } from './context.js';
import { Lexicon, phraseSet } from './lexicon.js';
import { readOrdinal, type Ordinal } from './numbers.js';
import { RANKS } from './ranks.js';
import { readTerm } from './terms.js';
import type { Token } from './tokens.js';

/**
 * The grammar of one event mention: head [qualifiers] [thứ N] [, head qualifiers] [body] [lần
 * thứ N] [khóa X, nhiệm kỳ Y–Z], or "<body> [khóa …] tổ chức <head> lần thứ N" with the body as
 * subject; a ceremony named by what is done ("trao quyết định", "công bố quyết định …"); a body
 * meeting ("Quốc hội khóa XV họp", "HĐND tỉnh họp bất thường"); a head alone ("tại Hội nghị").
 */

/**
 * How a mention names its event: by body, ordinal or purpose (`named`); by its head alone, as a
 * reference to an event the reader knows (`bare`: "Tại Hội nghị, …"), or to one named before
 * (`anaphor`: "tại kỳ họp này"); by the act of a ceremony
 * (`act`: "Bí thư Tỉnh ủy trao quyết định cho …").
 */
export type EventForm = 'named' | 'bare' | 'anaphor' | 'act';

export interface EventPhrase {
  kind: EventKind;
  /** Mentions of different families ("ngày làm việc", "phiên toàn thể", "kỳ họp") are different events. */
  family: string;
  form: EventForm;
  name: string;
  ordinal: number | null;
  term: Term | null;
  convenedBy: BodyRef | null;
  /** Token span of the head and what follows it, end exclusive. */
  start: number;
  end: number;
}

interface Head {
  kind: EventKind;
  /** The head as the event's name starts ("" for a classifier such as "buổi"). */
  head: string;
  family: string;
  /** May stand alone as a reference ("tại Hội nghị"). */
  bare?: boolean;
  /** Names an event only with a purpose after it ("lễ trao quyết định", not "lễ hội"). */
  needsPurpose?: boolean;
  /** Names an event by itself ("phiên toàn thể"). */
  standalone?: boolean;
}

const head = (kind: EventKind, name: string, family: string, flags: Partial<Head> = {}): Head => ({ kind, head: name, family, ...flags });

/** The event head words, with their canonical spelling. */
export const EVENT_HEADS = new Lexicon<Head>([
  ['hội nghị', head('CONFERENCE', 'Hội nghị', 'hội nghị', { bare: true })],
  ['đại hội', head('CONGRESS', 'Đại hội', 'đại hội', { bare: true })],
  ['kỳ họp', head('SESSION', 'Kỳ họp', 'kỳ họp', { bare: true })],
  ['phiên họp', head('MEETING', 'Phiên họp', 'phiên họp')],
  ['phiên họp thường kỳ', head('MEETING', 'Phiên họp thường kỳ', 'phiên họp')],
  ['phiên thường kỳ', head('MEETING', 'Phiên thường kỳ', 'phiên họp')],
  ['phiên toàn thể', head('MEETING', 'Phiên toàn thể', 'phiên toàn thể', { standalone: true })],
  ['phiên chất vấn', head('MEETING', 'Phiên chất vấn', 'phiên chất vấn')],
  ['phiên chất vấn và trả lời chất vấn', head('MEETING', 'Phiên chất vấn và trả lời chất vấn', 'phiên chất vấn')],
  ['phiên khai mạc', head('MEETING', 'Phiên khai mạc', 'phiên khai mạc')],
  ['phiên bế mạc', head('MEETING', 'Phiên bế mạc', 'phiên bế mạc')],
  ['ngày làm việc', head('MEETING', 'Ngày làm việc', 'ngày làm việc')],
  ['cuộc họp', head('MEETING', 'Cuộc họp', 'cuộc họp', { bare: true })],
  ['cuộc làm việc', head('MEETING', 'Cuộc làm việc', 'cuộc làm việc', { bare: true })],
  ['buổi làm việc', head('MEETING', 'Buổi làm việc', 'cuộc làm việc', { bare: true })],
  ['buổi lễ', head('CONFERENCE', 'Buổi lễ', 'lễ', { bare: true })],
  ['buổi', head('CONFERENCE', '', 'lễ', { needsPurpose: true })],
  ['lễ', head('CONFERENCE', 'Lễ', 'lễ', { needsPurpose: true })],
]);
// "hội nghị công bố quyết định của Bộ Chính trị": an event named by what it is for.
const PURPOSES = phraseSet(['công bố', 'công bố và trao', 'trao', 'triển khai', 'và trao', 'công bố , trao']);
const DECISION = phraseSet(['quyết định', 'các quyết định', 'nghị quyết']);
// "Hội nghị bàn giao chức trách, nhiệm vụ …": a purpose whose object is not a decision.
const FREE_PURPOSES = phraseSet(['bàn giao']);
const MAX_PURPOSE = 12;
const PURPOSE_STOPS = new Set(['do', 'đã', 'được', 'tại', 'vào', 'diễn', 'sáng', 'chiều', 'ngày', 'cho']);
const QUALIFIERS = phraseSet(['đại biểu', 'toàn quốc', 'thường kỳ', 'thường lệ', 'bất thường', 'chuyên đề', 'trực tuyến', 'toàn thể']);
const ORGANIZING_VERBS = phraseSet(['tổ chức', 'tiến hành', 'khai mạc', 'bế mạc', 'họp', 'tổ chức thành công']);
const SUBJECT_FILLERS = new Set(['đã', 'sẽ', 'đang', 'vừa']);
/** "… do Tỉnh ủy tổ chức", "… đã được Tỉnh ủy tổ chức": the organizer named after the meeting. */
const PASSIVE_AGENTS = new Set(['do', 'được']);
const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);
const ORGANIZED = phraseSet(['tổ chức', 'phối hợp tổ chức', 'long trọng tổ chức']);
const ORGANIZER_LOOKAHEAD = 30;
const SUBJECT_LOOKBACK = 25;
const MAX_QUALIFIERS = 3;
// "Nghị quyết Đại hội …", "trình Đại hội …", "chuẩn bị cho Kỳ họp thứ sáu": a document of the
// event, or an event ahead; not a report of it.
const REFERENCES = phraseSet(['nghị quyết', 'văn kiện', 'trình', 'dự thảo', 'tiến tới', 'chào mừng', 'đi dự', 'chuẩn bị cho']);
const LONGEST_REFERENCE = 3;
// "Bí thư Tỉnh ủy trao quyết định cho …", "Ban Thường vụ công bố quyết định điều động".
const ACTS = new Lexicon<string>([
  ['trao quyết định', 'Trao quyết định'],
  ['công bố quyết định', 'Công bố quyết định'],
  ['công bố các quyết định', 'Công bố các quyết định'],
  ['công bố và trao quyết định', 'Công bố và trao quyết định'],
  // "Bộ trưởng … trao quân hàm Thiếu tướng cho …": a rank conferred is a ceremony too.
  ['trao quân hàm', 'Trao quân hàm'],
  ['trao cấp hàm', 'Trao cấp hàm'],
]);
// "Quốc hội khóa XV họp …", "HĐND tỉnh họp bất thường", "Quốc hội họp riêng".
const MEETING_VERB = 'họp';
const MEETING_MANNERS = new Lexicon<Head>([
  ['bất thường', head('SESSION', 'Kỳ họp bất thường', 'kỳ họp')],
  ['chuyên đề', head('SESSION', 'Kỳ họp chuyên đề', 'kỳ họp')],
  ['riêng', head('MEETING', 'Phiên họp riêng', 'họp riêng')],
]);
const PLAIN_MEETING = head('MEETING', 'Cuộc họp', 'cuộc họp');
const NOT_MEETINGS = new Set(['báo', 'mặt', 'lớp']);
const NOT_ACTS_AFTER = new Set(['được', 'ngày', 'khi']);
// "kỳ họp giải quyết công việc phát sinh của HĐND tỉnh": words describing the event before its body.
const MAX_DESCRIPTION = 14;
// "tại kỳ họp này": the event named before, never one of its own.
const ANAPHORS = new Set(['này', 'đó', 'trên', 'ấy']);

// "dự kiến tổ chức kỳ họp chuyên đề", "trước kỳ họp cuối năm", "kỳ họp sắp tới": a meeting ahead, not reported.
const PLANNED_BEFORE = phraseSet(['dự kiến', 'sẽ', 'sắp tới', 'sắp diễn ra', 'sắp tổ chức']);
const AHEAD = phraseSet(['trước', 'chuẩn bị cho']);
const AHEAD_AFTER = phraseSet(['sắp tới', 'tới', 'tiếp theo', 'sắp diễn ra']);

/**
 * The event named at token `index` within a sentence starting at `sentenceStart`, or null. A
 * meeting ahead ("dự kiến … tại kỳ họp chuyên đề", "kỳ họp sắp tới") is not reported: null.
 */
export function readEventPhrase(
  tokens: readonly Token[],
  index: number,
  sentenceStart: number,
  context: AreaContext,
  planFrom: number = Number.POSITIVE_INFINITY,
): EventPhrase | null {
  const phrase = readPhrase(tokens, index, sentenceStart, context);
  return phrase === null || phrase.start > planFrom || isAhead(tokens, phrase, sentenceStart) ? null : phrase;
}

/** Whether an event mention may start at token `index` (a cheap test before `readEventPhrase`). */
export function mayStartEvent(tokens: readonly Token[], index: number): boolean {
  return EVENT_HEADS.startsAt(tokens, index) || ACTS.startsAt(tokens, index) || tokens[index]?.lower === MEETING_VERB;
}

/**
 * Where a sentence first says a thing is planned ("dự kiến", "sẽ", "sắp tới"), or +∞: an event
 * named after it is ahead. Read once per sentence, so that a long sentence stays linear.
 */
export function planMarkerIn(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (PLANNED_BEFORE.match(tokens, k) !== null) return k;
  return Number.POSITIVE_INFINITY;
}

function isAhead(tokens: readonly Token[], phrase: EventPhrase, sentenceStart: number): boolean {
  if (AHEAD_AFTER.match(tokens, phrase.end) !== null) return true;
  for (let k = phrase.start - 1; k >= Math.max(sentenceStart, phrase.start - 2); k--) {
    if (AHEAD.match(tokens, k)?.end === phrase.start) return true;
  }
  return false;
}

function readPhrase(tokens: readonly Token[], index: number, sentenceStart: number, context: AreaContext): EventPhrase | null {
  const match = EVENT_HEADS.match(tokens, index);
  if (match === null) return readActPhrase(tokens, index, sentenceStart, context);
  if (isReference(tokens, index, sentenceStart)) return null;
  const found = match.value;
  let end = match.end;
  const qualifiers: string[] = [];
  end = readQualifiers(tokens, end, qualifiers);
  // "phiên khai mạc Đại hội …": the sitting of an event named next is that event.
  if (EVENT_HEADS.match(tokens, end) !== null) return null;
  let ordinal = readOrdinal(tokens, end);
  if (ordinal !== null) end = commaBeforeBody(tokens, ordinal.end, context) ? ordinal.end + 1 : ordinal.end;
  if (isPartOfEvent(tokens, found, ordinal?.end ?? end)) return null;
  // "Kỳ họp thứ Mười bảy (bất thường) của HĐND tỉnh": a qualifier in brackets, then "của".
  const bracket = bracketedQualifier(tokens, end);
  if (bracket !== null) {
    qualifiers.push(`(${bracket.words})`);
    end = bracket.end;
  }
  end = readApposition(tokens, end, found.kind, qualifiers);
  if (tokens[end]?.lower === 'của' && readBody(tokens, end + 1, context)?.body != null) end++;
  let body = readBody(tokens, end, context);
  let description: string | null = null;
  // "hội nghị công bố quyết định của Ban Thường vụ": named by its purpose, whoever convened it.
  const purpose = body === null && ordinal === null ? purposeAfter(tokens, match.end, context) : null;
  if (body === null && ordinal === null && purpose === null && (found.kind === 'SESSION' || found.kind === 'MEETING')) {
    const described = describedBody(tokens, end, context);
    if (described !== null) {
      description = described.words;
      body = described.body;
    }
  }
  if (body !== null) end = body.end;
  if (ordinal === null) {
    ordinal = readOrdinal(tokens, end);
    if (ordinal !== null) end = ordinal.end;
  }
  let term = readTerm(tokens, end);
  if (term !== null) end = term.end;
  if (body === null) {
    const subject = subjectBefore(tokens, index, sentenceStart, context);
    body = subject?.body ?? null;
    term = term ?? subject?.term ?? null;
  }
  if (purpose !== null) end = Math.max(end, purpose.end);
  const base = { kind: found.kind, family: found.family, ordinal: ordinal?.value ?? null, term: term?.term ?? null, start: index };
  if (found.needsPurpose === true && purpose === null) return null;
  if (body?.body == null && ordinal === null && purpose === null && description === null && found.standalone !== true) {
    if (found.bare !== true) return null;
    const anaphoric = ANAPHORS.has(tokens[end]?.lower ?? '');
    // "tại hội nghị do Ban Tổ chức Trung ương tổ chức": a head alone, its organizer right after it.
    const convenedBy = anaphoric ? null : organizerAt(tokens, match.end, context);
    return { ...base, form: anaphoric ? 'anaphor' : 'bare', name: found.head, convenedBy, end: anaphoric ? end + 1 : match.end };
  }
  const name =
    purpose !== null
      ? [found.head, purpose.words].filter((part) => part !== '').join(' ')
      : description !== null
        ? [found.head, ...qualifiers, description, body?.spelled ?? ''].filter((part) => part !== '').join(' ')
        : eventName(found, qualifiers, body, ordinal);
  return { ...base, form: 'named', name: capitalize(name), convenedBy: body?.body ?? organizerAfter(tokens, end, context) ?? purpose?.postBody ?? null, end };
}

/** The body a passive clause later in the sentence names as organizing the meeting: "… do Tỉnh ủy Quảng Ninh tổ chức". */
function organizerAfter(tokens: readonly Token[], from: number, context: AreaContext): BodyRef | null {
  for (let k = from; k < from + ORGANIZER_LOOKAHEAD && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind === 'newline' || (token.kind === 'punct' && SENTENCE_ENDS.has(token.text))) return null;
    const organizer = organizerAt(tokens, k, context);
    if (organizer !== null) return organizer;
  }
  return null;
}

/** "do Tỉnh ủy Quảng Ninh tổ chức" starting at token `k`: the body, or null. */
function organizerAt(tokens: readonly Token[], k: number, context: AreaContext): BodyRef | null {
  if (!PASSIVE_AGENTS.has(tokens[k]?.lower ?? '')) return null;
  const body = readBody(tokens, k + 1, context);
  if (body?.body == null) return null;
  const term = readTerm(tokens, body.end);
  return ORGANIZED.match(tokens, term?.end ?? body.end) !== null ? body.body : null;
}

/**
 * "ngày làm việc thứ hai của kỳ họp thứ 10", "phiên khai mạc, Đại hội …": a working day or a
 * sitting of an event named next is that event.
 */
function isPartOfEvent(tokens: readonly Token[], found: Head, index: number): boolean {
  if (found.kind !== 'MEETING') return false;
  const link = tokens[index]?.lower;
  if (link !== 'của' && link !== ',') return false;
  const next = EVENT_HEADS.match(tokens, index + 1)?.value;
  return next !== undefined && next.kind !== 'MEETING';
}

function readQualifiers(tokens: readonly Token[], from: number, qualifiers: string[]): number {
  let end = from;
  for (let q = QUALIFIERS.match(tokens, end); q !== null && qualifiers.length < MAX_QUALIFIERS; q = QUALIFIERS.match(tokens, end)) {
    qualifiers.push(tokens.slice(end, q.end).map((token) => token.lower).join(' '));
    end = q.end;
  }
  return end;
}

/** "kỳ họp thứ 20, kỳ họp chuyên đề HĐND tỉnh", "kỳ họp thứ 5 (kỳ họp chuyên đề) của HĐND": one event named twice. */
function readApposition(tokens: readonly Token[], index: number, kind: EventKind, qualifiers: string[]): number {
  const open = tokens[index]?.text;
  if (open !== ',' && open !== '(') return index;
  const again = EVENT_HEADS.match(tokens, index + 1);
  if (again === null || again.value.kind !== kind) return index;
  const more: string[] = [];
  const end = readQualifiers(tokens, again.end, more);
  if (more.length === 0) return index;
  if (open === '(' && tokens[end]?.text !== ')') return index;
  qualifiers.push(...more);
  return open === '(' ? end + 1 : end;
}

function isReference(tokens: readonly Token[], index: number, sentenceStart: number): boolean {
  for (let k = index - 1; k >= Math.max(sentenceStart, index - LONGEST_REFERENCE); k--) {
    // "chương trình kỳ họp" is the session's programme, not a submission to it.
    if (REFERENCES.match(tokens, k)?.end === index && tokens[k - 1]?.lower !== 'chương') return true;
  }
  return isRenamedReference(tokens, index, sentenceStart);
}

const RENAMING_LINKS = new Set(['-', '–', ',', '(']);
const MAX_RENAMED = 6;

/** "trình kỳ họp thứ 12 - kỳ họp chuyên đề của HĐND tỉnh": the second name of an event referred to. */
function isRenamedReference(tokens: readonly Token[], index: number, sentenceStart: number): boolean {
  if (!RENAMING_LINKS.has(tokens[index - 1]?.text ?? '')) return false;
  for (let k = index - 2; k >= Math.max(sentenceStart, index - 1 - MAX_RENAMED); k--) {
    const token = tokens[k];
    if (token === undefined || (token.kind === 'punct' && !RENAMING_LINKS.has(token.text))) return false;
    if (EVENT_HEADS.match(tokens, k) !== null) return isReference(tokens, k, sentenceStart);
  }
  return false;
}

/** "Kỳ họp thứ 25, HĐND tỉnh …": a comma between the ordinal and the body. */
function commaBeforeBody(tokens: readonly Token[], index: number, context: AreaContext): boolean {
  return tokens[index]?.text === ',' && readBody(tokens, index + 1, context) !== null;
}

/** "Hội nghị Ban Chấp hành Đảng bộ thành phố Hạ Long lần thứ 63", "Kỳ họp thứ 25 Hội đồng nhân dân tỉnh X". */
function eventName(found: Head, qualifiers: readonly string[], body: BodyMatch | null, ordinal: Ordinal | null): string {
  const parts = [found.head, ...qualifiers];
  if (found.kind === 'SESSION' && ordinal !== null) parts.push(`thứ ${ordinal.text}`);
  if (body !== null) parts.push(body.spelled);
  if (found.kind !== 'SESSION' && ordinal !== null) parts.push(`lần thứ ${ordinal.text}`);
  return parts.filter((part) => part !== '').join(' ');
}

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "kỳ họp giải quyết công việc phát sinh đột xuất về nhân sự của HĐND tỉnh …", "phiên thường kỳ tháng 5/2023 của UBND tỉnh". */
function describedBody(tokens: readonly Token[], index: number, context: AreaContext): { words: string; body: BodyMatch } | null {
  for (let k = index; k < index + MAX_DESCRIPTION; k++) {
    const token = tokens[k];
    if (token === undefined || (token.kind === 'punct' && token.text !== '/') || token.kind === 'newline' || PURPOSE_STOPS.has(token.lower)) return null;
    if (token.lower !== 'của') continue;
    const body = readBody(tokens, k + 1, context);
    if (body?.body == null) return null;
    return { words: tokens.slice(index, k).map((word) => word.text).join(' ').replace(/ \/ /g, '/'), body };
  }
  return null;
}

/** "BCH Đảng bộ TP khóa XXV, nhiệm kỳ 2020-2025 tổ chức hội nghị …": the body that convened it. */
function subjectBefore(
  tokens: readonly Token[],
  headIndex: number,
  sentenceStart: number,
  context: AreaContext,
): { body: BodyMatch; term: ReturnType<typeof readTerm> } | null {
  const verb = organizingVerbBefore(tokens, headIndex, sentenceStart);
  return verb === null ? null : bodyEndingAt(tokens, verb, sentenceStart, context);
}

/** The body (with its term and an "đã"/"sẽ") that ends right before token `at`: the subject of a verb there. */
function bodyEndingAt(
  tokens: readonly Token[],
  at: number,
  sentenceStart: number,
  context: AreaContext,
): { body: BodyMatch; term: ReturnType<typeof readTerm> } | null {
  let found: { body: BodyMatch; term: ReturnType<typeof readTerm> } | null = null;
  for (let k = at - 1; k >= Math.max(sentenceStart, at - SUBJECT_LOOKBACK); k--) {
    const body = readBody(tokens, k, context);
    if (body?.body == null) continue;
    const term = readTerm(tokens, body.end);
    let gapEnd = term?.end ?? body.end;
    while (gapEnd < at && SUBJECT_FILLERS.has(tokens[gapEnd]?.lower ?? '')) gapEnd++;
    if (gapEnd === at) found = { body, term };
  }
  return found;
}

function organizingVerbBefore(tokens: readonly Token[], headIndex: number, sentenceStart: number): number | null {
  for (let k = headIndex - 1; k >= Math.max(sentenceStart, headIndex - 3); k--) {
    if (ORGANIZING_VERBS.match(tokens, k)?.end === headIndex) return k;
  }
  return null;
}

/** "(bất thường)" right after the head: its words, or null. */
function bracketedQualifier(tokens: readonly Token[], index: number): { words: string; end: number } | null {
  if (tokens[index]?.text !== '(') return null;
  const match = QUALIFIERS.match(tokens, index + 1);
  if (match === null || tokens[match.end]?.text !== ')') return null;
  return { words: tokens.slice(index + 1, match.end).map((token) => token.lower).join(' '), end: match.end + 1 };
}

interface Purpose {
  words: string;
  end: number;
  /** "công bố quyết định … về nhân sự Bí thư Tỉnh ủy Lạng Sơn": the body of the post the decision is about. */
  postBody: BodyRef | null;
}

/**
 * "công bố quyết định của Bộ Chính trị về công tác cán bộ": what the event is for, up to the
 * decision's author, or up to the body of the post it is about ("… về nhân sự Phó Bí thư
 * Thường trực Đảng ủy Quốc hội"), which holds such a ceremony unless another is named.
 */
function purposeAfter(tokens: readonly Token[], index: number, context: AreaContext): Purpose | null {
  const free = FREE_PURPOSES.match(tokens, index);
  if (free !== null) return { ...purposeWords(tokens, index, free.end), postBody: null };
  const purpose = PURPOSES.match(tokens, index);
  const decision = DECISION.match(tokens, purpose?.end ?? index);
  if (decision === null) return null;
  const words = tokens[decision.end]?.lower === 'của' ? purposeWords(tokens, index, decision.end + 1) : { words: spell(tokens, index, decision.end), end: decision.end };
  const post = postBodyAfter(tokens, decision.end, context);
  if (post === null || post.end <= words.end) return { ...words, postBody: post?.body ?? null };
  return { words: spell(tokens, index, post.end), end: post.end, postBody: post.body };
}

const ABOUT = 'về';
const MAX_POST_REACH = 20;
// "Phó Bí thư thường trực Đảng ủy Quốc hội": the rank of the role before it, not the body "Thường trực Đảng ủy".
const ROLE_RANKS = phraseSet(['thường trực']);

/** "… về nhân sự Bí thư Tỉnh ủy Lạng Sơn" within the purpose: the first body named after "về". */
function postBodyAfter(tokens: readonly Token[], from: number, context: AreaContext): { body: BodyRef; end: number } | null {
  let about = false;
  let aboutAt = from;
  for (let k = from; k < from + MAX_POST_REACH; k++) {
    const token = tokens[k];
    if (token === undefined || token.kind !== 'word' || PURPOSE_STOPS.has(token.lower)) return null;
    if (!about) {
      about = token.lower === ABOUT;
      aboutAt = k;
      continue;
    }
    const rank = k > aboutAt + 1 ? ROLE_RANKS.match(tokens, k) : null;
    if (rank !== null) {
      k = rank.end - 1;
      continue;
    }
    const body = readBody(tokens, k, context);
    if (body?.body != null) return { body: body.body, end: body.end };
  }
  return null;
}

function purposeWords(tokens: readonly Token[], index: number, from: number): { words: string; end: number } {
  let end = from;
  for (let k = from; k < from + MAX_PURPOSE && tokens[k]?.kind === 'word' && !PURPOSE_STOPS.has(tokens[k]?.lower ?? ''); k++) end = k + 1;
  return { words: spell(tokens, index, end), end };
}

function spell(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((token) => token.text).join(' ');
}

/** A ceremony named by its act, or a body meeting: "trao quyết định …", "Quốc hội khóa XV họp". */
function readActPhrase(tokens: readonly Token[], index: number, sentenceStart: number, context: AreaContext): EventPhrase | null {
  if (tokens[index]?.lower === MEETING_VERB) return readBodyMeeting(tokens, index, sentenceStart, context);
  const act = ACTS.match(tokens, index);
  // "quyết định được trao", "tính từ ngày công bố quyết định", "sau khi công bố quyết định": no ceremony reported.
  if (act === null || NOT_ACTS_AFTER.has(tokens[index - 1]?.lower ?? '')) return null;
  const purpose = purposeAfter(tokens, index, context);
  const end = Math.max(act.end, purpose?.end ?? act.end, RANKS.match(tokens, act.end)?.end ?? act.end);
  const name = capitalize(spell(tokens, index, end));
  const convenedBy = subjectBefore(tokens, index, sentenceStart, context)?.body.body ?? organizerAfter(tokens, end, context) ?? purpose?.postBody ?? null;
  return { kind: 'CONFERENCE', family: 'lễ', form: 'act', name, ordinal: null, term: null, convenedBy, start: index, end };
}

/** "Quốc hội khóa XV họp tại …", "HĐND tỉnh Bắc Ninh họp bất thường": a meeting with its body as subject. */
function readBodyMeeting(tokens: readonly Token[], index: number, sentenceStart: number, context: AreaContext): EventPhrase | null {
  if (NOT_MEETINGS.has(tokens[index + 1]?.lower ?? '') || EVENT_HEADS.match(tokens, index + 1) !== null) return null;
  const subject = bodyEndingAt(tokens, index, sentenceStart, context);
  if (subject === null) return null;
  const manner = MEETING_MANNERS.match(tokens, index + 1);
  const found = manner?.value ?? PLAIN_MEETING;
  const name = `${found.head} ${subject.body.spelled}`;
  return {
    kind: found.kind,
    family: found.family,
    form: 'named',
    name,
    ordinal: null,
    term: subject.term?.term ?? null,
    convenedBy: subject.body.body,
    start: index,
    end: manner?.end ?? index + 1,
  };
}
