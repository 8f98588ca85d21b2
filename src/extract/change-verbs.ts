import type { ChangeKind } from '../domain/extraction.js';
import type { Doc } from './doc.js';
import { Lexicon, phraseSet } from './lexicon.js';
import type { Sentence } from './sentences.js';

/**
 * The verbs that report a change of post ("được bầu", "bổ nhiệm", "điều động, chỉ định", "thôi
 * giữ chức", "xin từ chức", "nghỉ chế độ", …), read as one when several tell the same change,
 * and those that only look like one: a noun ("Quyết định phân công được đưa ra", "bầu cử"), a
 * negation ("không được giới thiệu tái cử"), a relative clause with its agent ("chức vụ do HĐND
 * bầu") or an interim duty ("phân công ông A phụ trách, điều hành …").
 */

const VERBS = new Lexicon<ChangeKind>([
  ['được bầu', 'ELECTED'],
  ['bầu', 'ELECTED'],
  ['trúng cử', 'ELECTED'],
  ['đắc cử', 'ELECTED'],
  ['bầu cử bổ sung', 'ELECTED'],
  ['hiệp thương cử', 'ELECTED'],
  // The Politburo's or the Prime Minister's approval of an election is told as the election.
  ['chuẩn y', 'ELECTED'],
  ['phê chuẩn', 'ELECTED'],
  ['được phê chuẩn', 'ELECTED'],
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
  ['đề bạt', 'APPOINTED'],
  ['được đề bạt', 'APPOINTED'],
  ['phân công', 'APPOINTED'],
  ['giao quyền', 'APPOINTED'],
  ['giao giữ chức', 'APPOINTED'],
  ['giao đảm nhiệm', 'APPOINTED'],
  ['điều động', 'TRANSFERRED'],
  ['luân chuyển', 'TRANSFERRED'],
  // "tiếp nhận, bổ nhiệm ông A": received from another body; alone ("tiếp nhận hồ sơ") no change.
  ['tiếp nhận', 'TRANSFERRED'],
  ['miễn nhiệm', 'RELIEVED'],
  ['thôi giữ chức', 'RELIEVED'],
  ['thôi tham gia', 'RELIEVED'],
  ['cho thôi', 'RELIEVED'],
  ['cho thôi giữ chức', 'RELIEVED'],
  ['xin thôi', 'RESIGNED'],
  ['xin thôi giữ chức', 'RESIGNED'],
  ['xin từ chức', 'RESIGNED'],
  ['xin nghỉ việc', 'RESIGNED'],
  ['nghỉ thôi việc', 'RESIGNED'],
  // "để ông A nghỉ công tác": leaving duty with no retirement stated.
  ['nghỉ công tác', 'RELIEVED'],
  ['từ chức', 'RESIGNED'],
  ['nghỉ hưu', 'RETIRED'],
  ['nghỉ chế độ', 'RETIRED'],
  ['nghỉ theo chế độ', 'RETIRED'],
  ['cách chức', 'DISMISSED'],
  ['bãi nhiệm', 'DISMISSED'],
]);
// "bầu cử" is an election, "chỉ định thầu" a tender, "bầu thay ông A" replaces A; "Quyết định
// phân công được đưa ra", "phân công như trên", "bổ nhiệm này": nouns, no change told.
const NOT_A_CHANGE_AFTER = new Set(['cử', 'thầu', 'thay', 'thế', 'được', 'như', 'này', 'trên', 'của']);
const NOUN_BEFORE = new Set(['tư', 'điểm', 'tuổi']);
// "bầu Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách": a congress elects the panels that run
// it, no post anyone takes.
const CONGRESS_PANELS = phraseSet(['đoàn chủ tịch', 'đoàn thư ký', 'ban thẩm tra tư cách', 'ban kiểm phiếu', 'tổ kiểm phiếu']);
// "Với việc bổ nhiệm …, ", "Sau việc …": not "thông qua việc miễn nhiệm" (the relief voted).
const CIRCUMSTANCES = new Set(['với', 'sau']);
const NEGATIONS = new Set(['không', 'chưa', 'chẳng']);
const NEGATION_REACH = 5;
// "phân công, điều động, chỉ định": one change told by several verbs; the most specific wins.
const SERIES_JOINERS = new Set([',', 'và']);
const KIND_RANK: Readonly<Record<ChangeKind, number>> = {
  TRANSFERRED: 3, RE_ELECTED: 2, ELECTED: 1, APPOINTED: 0, RELIEVED: 0, RESIGNED: 1, RETIRED: 1, DISMISSED: 1,
};
/** The kinds that take a post up (the others leave one). */
export const TAKES_UP: ReadonlySet<ChangeKind> = new Set(['ELECTED', 'RE_ELECTED', 'APPOINTED', 'TRANSFERRED']);
const MAX_AGENT_GAP = 6;
const ACTING = 'quyền';
const SERIES_ONLY = new Set(['tiếp nhận']);
// "miễn nhiệm … do được điều động nhận nhiệm vụ mới": why a post is left, no post taken told.
const REASON_MARKERS = new Set(['do', 'vì', 'để']);
const BEFORE_PASSIVE = new Set(['được', 'đã', 'vừa']);
const NEW_DUTY = phraseSet(['nhận nhiệm vụ', 'nhận công tác', 'nhiệm vụ mới', 'nhiệm vụ khác', 'công tác khác']);
const MAX_NEW_DUTY_GAP = 2;
const PRONOUNS = new Set(['ông', 'bà']);
// "được bầu tiếp tục giữ chức", "tiếp tục được tín nhiệm bầu": the same post once more.
const CONTINUES = phraseSet(['tiếp tục']);
// "tiếp tục được tín nhiệm bầu": a few words may come between.
const CONTINUES_BEFORE = 6;
const CONTINUED_AFTER = new Set(['giữ', 'làm', 'đảm', 'được', 'là']);
// "phân công ông A phụ trách, điều hành …": an interim duty, no post taken.
const INTERIM = phraseSet(['phụ trách', 'điều hành', 'thực hiện nhiệm vụ', 'thực hiện quyền', 'thực hiện chức trách']);
const MAX_INTERIM_DISTANCE = 40;
// "nghỉ công tác trước tuổi để hưởng chế độ": leaving duty for a pension is retiring.
const PENSION = phraseSet(['trước tuổi', 'hưởng chế độ', 'hưởng chính sách', 'chế độ hưu trí', 'đủ tuổi nghỉ hưu']);
const MAX_PENSION_REACH = 8;
const OWN_REQUEST = phraseSet(['nguyện vọng', 'đơn xin', 'đơn đề nghị', 'đơn đề xuất']);
const LONG_AGO = phraseSet(['từ trước']);
const MAX_LONG_AGO_REACH = 10;

/** Approvals of a change made by another body ("Bộ Chính trị chuẩn y", "Thủ tướng phê chuẩn"). */
export const APPROVALS: ReadonlySet<string> = new Set(['chuẩn y', 'phê chuẩn', 'được phê chuẩn']);

/** A change verb (or a series of them) in a sentence. */
export interface ChangeVerb {
  kind: ChangeKind;
  start: number;
  end: number;
  /** The first verb as written, lowercased: "chuẩn y" confirms an election told elsewhere. */
  words: string;
}

/** The change verbs of a sentence, a series of verbs read as one. */
export function changeVerbsIn(doc: Doc, sentence: Sentence, inPerson: Uint8Array): ChangeVerb[] {
  const verbs: ChangeVerb[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const verb = inPerson[i] === 1 ? null : VERBS.match(doc.tokens, i);
    if (verb === null || verb.end > sentence.tokenEnd || NOT_A_CHANGE_AFTER.has(doc.tokens[verb.end]?.lower ?? '') || CONGRESS_PANELS.match(doc.tokens, verb.end) !== null || isNoun(doc, i, verb.value) || choosesDelegates(doc, i)) continue;
    let kind = verb.value;
    let end = verb.end;
    const words = doc.tokens.slice(i, verb.end).map((token) => token.lower).join(' ');
    // "phê chuẩn bổ nhiệm", "phê chuẩn miễn nhiệm": the approval of a change is that change.
    let approval = APPROVALS.has(words);
    for (;;) {
      const joined = SERIES_JOINERS.has(doc.tokens[end]?.lower ?? '') ? end + 1 : end;
      const next = VERBS.match(doc.tokens, joined);
      if (next === null || next.end > sentence.tokenEnd) break;
      if (approval || KIND_RANK[next.value] > KIND_RANK[kind]) kind = next.value;
      approval = false;
      end = next.end;
    }
    // "không được bầu, bổ nhiệm", "do HĐND bầu, miễn nhiệm": the whole series tells no change.
    const told = !isNegated(doc, i) && !(TAKES_UP.has(verb.value) && (isAgentClause(doc, sentence, i, inPerson) || isLongAgo(doc, verb.end, sentence, inPerson)));
    const alone = end === verb.end && SERIES_ONLY.has(words);
    if (!told || alone || (TAKES_UP.has(kind) && isReasonForLeaving(doc, i, end))) {
      i = end - 1;
      continue;
    }
    // "giao quyền Chủ tịch UBND tỉnh": "quyền" opens the post given ("Quyền Chủ tịch"), not the verb.
    const opensPost = end === verb.end && doc.tokens[end - 1]?.lower === ACTING;
    verbs.push({ kind, start: i, end: opensPost ? end - 1 : end, words });
    i = end - 1;
  }
  return verbs;
}

/** "do được điều động, phân công nhận nhiệm vụ mới": the reason a post is left, not a post taken. */
function isReasonForLeaving(doc: Doc, verbStart: number, verbEnd: number): boolean {
  let k = verbStart - 1;
  while (k >= 0 && BEFORE_PASSIVE.has(doc.tokens[k]?.lower ?? '')) k--;
  if (!REASON_MARKERS.has(doc.tokens[k]?.lower ?? '')) return false;
  for (let j = verbEnd; j <= verbEnd + MAX_NEW_DUTY_GAP; j++) if (NEW_DUTY.match(doc.tokens, j) !== null) return true;
  return false;
}

/** "được bầu tiếp tục giữ chức …", "tiếp tục được bầu": an election to the post held, a re-election. */
export function continuesPost(doc: Doc, verb: ChangeVerb, scopeEnd: number): boolean {
  for (let k = Math.max(0, verb.start - CONTINUES_BEFORE); k < verb.start; k++) if (CONTINUES.match(doc.tokens, k) !== null) return true;
  for (let k = verb.end; k < scopeEnd; k++) {
    if (CONTINUES.match(doc.tokens, k) !== null && CONTINUED_AFTER.has(doc.tokens[k + 2]?.lower ?? '')) return true;
  }
  return false;
}

/** "thôi giữ chức … theo nguyện vọng cá nhân", "miễn nhiệm … theo đơn đề nghị của ông": the person asked. */
export function isOwnRequest(doc: Doc, verb: ChangeVerb, to: number): boolean {
  for (let k = verb.end; k < Math.min(to, verb.end + MAX_INTERIM_DISTANCE); k++) if (OWN_REQUEST.match(doc.tokens, k) !== null) return true;
  return false;
}

/** "nghỉ công tác trước tuổi", "cho thôi công tác để hưởng chính sách": a retirement, not a bare relief. */
export function isForPension(doc: Doc, verb: ChangeVerb, to: number): boolean {
  for (let k = verb.end; k < Math.min(to, verb.end + MAX_PENSION_REACH); k++) if (PENSION.match(doc.tokens, k) !== null) return true;
  return false;
}

/** Whether an interim duty ("phụ trách", "điều hành") follows the verb before token `to`. */
export function isInterimDuty(doc: Doc, verb: ChangeVerb, to: number): boolean {
  for (let k = verb.end; k < Math.min(to, verb.end + MAX_INTERIM_DISTANCE); k++) if (INTERIM.match(doc.tokens, k) !== null) return true;
  return false;
}

/**
 * "phiếu bầu" (a ballot), "tư cách chức vụ" (the standing of a post), "thời điểm nghỉ hưu", "tuổi
 * nghỉ hưu", "cho đến khi nghỉ hưu"; "Với việc bổ nhiệm ông A, …" (a change told before, now the
 * circumstance of another clause): no change told here.
 */
function isNoun(doc: Doc, verbStart: number, kind: ChangeKind): boolean {
  const before = doc.tokens[verbStart - 1]?.lower ?? '';
  // "bỏ phiếu bầu ông A" casts the vote that elects A.
  if (before === 'phiếu') return doc.tokens[verbStart - 2]?.lower !== 'bỏ';
  if (NOUN_BEFORE.has(before) || (kind === 'RETIRED' && before === 'khi')) return true;
  return before === 'việc' && CIRCUMSTANCES.has(doc.tokens[verbStart - 2]?.lower ?? '');
}

// "258 đại biểu chính thức được chỉ định": a congress's delegates, counted, chosen to attend it.
const DELEGATES = 'đại biểu';
const DELEGATE_KINDS = phraseSet(['chính thức', 'dự khuyết']);
const COUNTED = new Set(['các', 'những']);

/** "258 đại biểu chính thức được chỉ định", "các đại biểu được bầu": delegates chosen, no post. */
function choosesDelegates(doc: Doc, verbStart: number): boolean {
  // Passive only: "các đại biểu bầu ông A" is the delegates electing someone.
  let k = doc.tokens[verbStart]?.lower === 'được' ? verbStart : doc.tokens[verbStart - 1]?.lower === 'được' ? verbStart - 1 : -1;
  if (k < 0) return false;
  if (DELEGATE_KINDS.match(doc.tokens, k - 2)?.end === k) k -= 2;
  if (`${doc.tokens[k - 2]?.lower ?? ''} ${doc.tokens[k - 1]?.lower ?? ''}` !== DELEGATES) return false;
  const counter = doc.tokens[k - 3];
  return counter !== undefined && (counter.kind === 'number' || COUNTED.has(counter.lower));
}

/** "không được giới thiệu tái cử", "chưa được bầu", "không phải làm thủ tục miễn nhiệm": nothing changed. */
function isNegated(doc: Doc, verbStart: number): boolean {
  for (let k = verbStart - 1; k >= Math.max(0, verbStart - NEGATION_REACH); k--) {
    const token = doc.tokens[k];
    if (token === undefined || token.kind !== 'word') return false;
    if (NEGATIONS.has(token.lower)) return true;
  }
  return false;
}

/**
 * "Sáu người được bổ nhiệm Thứ trưởng từ trước gồm …": "từ trước" before anyone is named after
 * the verb describes people appointed long ago, no change told.
 */
function isLongAgo(doc: Doc, verbEnd: number, sentence: Sentence, inPerson: Uint8Array): boolean {
  for (let k = verbEnd; k < Math.min(sentence.tokenEnd, verbEnd + MAX_LONG_AGO_REACH); k++) {
    if (inPerson[k] === 1 || doc.tokens[k]?.kind === 'punct') return false;
    if (LONG_AGO.match(doc.tokens, k) !== null) return true;
  }
  return false;
}

/** "chức vụ do HĐND tỉnh bầu": the verb of a relative clause with its agent, no change told. */
function isAgentClause(doc: Doc, sentence: Sentence, verbStart: number, inPerson: Uint8Array): boolean {
  for (let k = verbStart - 1; k >= Math.max(sentence.tokenStart, verbStart - MAX_AGENT_GAP); k--) {
    if (inPerson[k] === 1 || doc.tokens[k]?.kind === 'punct' || PRONOUNS.has(doc.tokens[k]?.lower ?? '')) return false;
    if (doc.tokens[k]?.lower === 'do') return true;
  }
  return false;
}
