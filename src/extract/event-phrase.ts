import type { BodyRef, EventKind, Term } from '../domain/extraction.js';
import { readBody, type BodyMatch } from './bodies.js';
import type { AreaContext } from './context.js';
import { Lexicon, phraseSet } from './lexicon.js';
import { readOrdinal, type Ordinal } from './numbers.js';
import { readTerm } from './terms.js';
import type { Token } from './tokens.js';

/**
 * The grammar of one event mention: head [qualifiers] [thứ N] [body] [lần thứ N] [khóa X,
 * nhiệm kỳ Y–Z], or "<body> [khóa …] tổ chức <head> lần thứ N" with the body as subject.
 */

export interface EventPhrase {
  kind: EventKind;
  name: string;
  ordinal: number | null;
  term: Term | null;
  convenedBy: BodyRef | null;
  /** Token span of the head and what follows it, end exclusive. */
  start: number;
  end: number;
}

/** The event head words, with their canonical spelling. */
export const EVENT_HEADS = new Lexicon<{ kind: EventKind; head: string }>([
  ['hội nghị', { kind: 'CONFERENCE', head: 'Hội nghị' }],
  ['đại hội', { kind: 'CONGRESS', head: 'Đại hội' }],
  ['phiên họp', { kind: 'MEETING', head: 'Phiên họp' }],
  ['cuộc họp', { kind: 'MEETING', head: 'Cuộc họp' }],
  ['kỳ họp', { kind: 'SESSION', head: 'Kỳ họp' }],
  ['buổi công bố', { kind: 'CONFERENCE', head: 'Buổi công bố' }],
  ['buổi lễ công bố', { kind: 'CONFERENCE', head: 'Buổi lễ công bố' }],
  ['lễ công bố', { kind: 'CONFERENCE', head: 'Lễ công bố' }],
]);
// "hội nghị công bố quyết định của Bộ Chính trị": an event named by what it is for.
const PURPOSES = phraseSet(['công bố', 'công bố và trao', 'trao', 'triển khai', 'và trao', 'công bố , trao']);
const DECISION = phraseSet(['quyết định', 'các quyết định', 'nghị quyết']);
const MAX_PURPOSE = 12;
const PURPOSE_STOPS = new Set(['do', 'đã', 'được', 'tại', 'vào', 'diễn', 'sáng', 'chiều', 'ngày']);
const QUALIFIERS = phraseSet(['đại biểu', 'toàn quốc', 'thường kỳ', 'bất thường', 'chuyên đề', 'trực tuyến']);
const ORGANIZING_VERBS = phraseSet(['tổ chức', 'tiến hành', 'khai mạc', 'bế mạc', 'họp', 'tổ chức thành công']);
const SUBJECT_FILLERS = new Set(['đã', 'sẽ', 'đang', 'vừa']);
const SUBJECT_LOOKBACK = 25;
const MAX_QUALIFIERS = 3;

/** The event named at token `index` within a sentence starting at `sentenceStart`, or null. */
export function readEventPhrase(tokens: readonly Token[], index: number, sentenceStart: number, context: AreaContext): EventPhrase | null {
  const head = EVENT_HEADS.match(tokens, index);
  if (head === null) return null;
  let end = head.end;
  const qualifiers: string[] = [];
  for (let q = QUALIFIERS.match(tokens, end); q !== null && qualifiers.length < MAX_QUALIFIERS; q = QUALIFIERS.match(tokens, end)) {
    qualifiers.push(tokens.slice(end, q.end).map((token) => token.lower).join(' '));
    end = q.end;
  }
  let ordinal = readOrdinal(tokens, end);
  if (ordinal !== null) end = commaBeforeBody(tokens, ordinal.end, context) ? ordinal.end + 1 : ordinal.end;
  // "Kỳ họp thứ Mười bảy (bất thường) của HĐND tỉnh": a qualifier in brackets, then "của".
  const bracket = bracketedQualifier(tokens, end);
  if (bracket !== null) {
    qualifiers.push(`(${bracket.words})`);
    end = bracket.end;
  }
  if (tokens[end]?.lower === 'của' && readBody(tokens, end + 1, context)?.body != null) end++;
  let body = readBody(tokens, end, context);
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
  const purpose = body === null && ordinal === null ? purposeAfter(tokens, head.end) : null;
  if (purpose !== null) end = purpose.end;
  if (body?.body == null && ordinal === null && purpose === null) return null;
  return {
    kind: head.value.kind,
    name: purpose === null ? eventName(head.value, qualifiers, body, ordinal) : `${head.value.head} ${purpose.words}`,
    ordinal: ordinal?.value ?? null,
    term: term?.term ?? null,
    convenedBy: body?.body ?? null,
    start: index,
    end,
  };
}

/** "Kỳ họp thứ 25, HĐND tỉnh …": a comma between the ordinal and the body. */
function commaBeforeBody(tokens: readonly Token[], index: number, context: AreaContext): boolean {
  return tokens[index]?.text === ',' && readBody(tokens, index + 1, context) !== null;
}

/** "Hội nghị Ban Chấp hành Đảng bộ thành phố Hạ Long lần thứ 63", "Kỳ họp thứ 25 Hội đồng nhân dân tỉnh X". */
function eventName(head: { kind: EventKind; head: string }, qualifiers: readonly string[], body: BodyMatch | null, ordinal: Ordinal | null): string {
  const parts = [head.head, ...qualifiers];
  if (head.kind === 'SESSION' && ordinal !== null) parts.push(`thứ ${ordinal.text}`);
  if (body !== null) parts.push(body.spelled);
  if (head.kind !== 'SESSION' && ordinal !== null) parts.push(`lần thứ ${ordinal.text}`);
  return parts.join(' ');
}

/** "BCH Đảng bộ TP khóa XXV, nhiệm kỳ 2020-2025 tổ chức hội nghị …": the body that convened it. */
function subjectBefore(
  tokens: readonly Token[],
  headIndex: number,
  sentenceStart: number,
  context: AreaContext,
): { body: BodyMatch; term: ReturnType<typeof readTerm> } | null {
  const verb = organizingVerbBefore(tokens, headIndex, sentenceStart);
  if (verb === null) return null;
  let found: { body: BodyMatch; term: ReturnType<typeof readTerm> } | null = null;
  for (let k = verb - 1; k >= Math.max(sentenceStart, verb - SUBJECT_LOOKBACK); k--) {
    const body = readBody(tokens, k, context);
    if (body?.body == null) continue;
    const term = readTerm(tokens, body.end);
    let gapEnd = term?.end ?? body.end;
    while (gapEnd < verb && SUBJECT_FILLERS.has(tokens[gapEnd]?.lower ?? '')) gapEnd++;
    if (gapEnd === verb) found = { body, term };
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

/** "công bố quyết định của Bộ Chính trị về công tác cán bộ": what the event is for, up to the decision's author. */
function purposeAfter(tokens: readonly Token[], index: number): { words: string; end: number } | null {
  const purpose = PURPOSES.match(tokens, index);
  const decision = DECISION.match(tokens, purpose?.end ?? index);
  if (decision === null) return null;
  let end = decision.end;
  if (tokens[end]?.lower === 'của') {
    for (let k = end + 1; k < end + MAX_PURPOSE && tokens[k]?.kind === 'word' && !PURPOSE_STOPS.has(tokens[k]?.lower ?? ''); k++) end = k + 1;
  }
  return { words: tokens.slice(index, end).map((token) => token.text).join(' '), end };
}
