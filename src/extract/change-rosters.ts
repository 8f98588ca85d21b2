import type { ChangeKind, TitleMention } from '../domain/extraction.js';
import type { Role } from '../domain/roles.js';
import type { Doc } from './doc.js';
import { phraseSet } from './lexicon.js';
import type { PersonSpan } from './persons.js';
import type { Sentence } from './sentences.js';
import { sharedTitleMembers, type SpanIndex } from './shared-titles.js';
import { firstStartingAtOrAfter } from './spans.js';
import type { TitleLink } from './title-links.js';
import type { TitleSpan } from './titles.js';

/**
 * Rosters: a decision names posts without naming anyone ("công bố quyết định chỉ định Bí thư,
 * các Phó Bí thư Tỉnh ủy", "trình miễn nhiệm đối với 3 Phó Chủ tịch Quốc hội"), and a later
 * sentence with no verb of its own gives the people: "Các Phó Bí thư Tỉnh ủy gồm các đồng chí:
 * A, B, C", "Phó Bí thư Thường trực Tỉnh ủy là ông A", "Ba Phó Chủ tịch Quốc hội có tên trong tờ
 * trình là bà A, ông B và ông C". Each listed person takes the change the decision made. The
 * roster's title opens its sentence: "Hiện nay, các Phó Chủ tịch gồm …" lists the holders.
 */

/** A post a change verb names with no one to take it up or leave it. */
export interface AnnouncedPost {
  kind: ChangeKind;
  role: Role;
  body: string | null;
  planned: boolean;
  verb: string;
}

/** A person a roster gives an announced post to. */
export interface RosterEntry {
  person: PersonSpan;
  title: TitleMention;
  announced: AnnouncedPost;
  start: number;
  end: number;
}

const LEAVING: ReadonlySet<ChangeKind> = new Set(['RETIRED', 'RESIGNED', 'RELIEVED']);
const LIST_CUES = new Set(['có', 'gồm', ':']);
// "Ba phó giám đốc sở nghỉ là bà A, bà B": "là" lists leavers only after a word of leaving.
const LEFT = new Set(['nghỉ', 'hưu', 'việc']);
const CEREMONY_ROLES = phraseSet(['dự', 'tham dự', 'chủ trì', 'có mặt', 'chứng kiến', 'trao', 'phát biểu', 'chúc mừng', 'tặng hoa', 'thay mặt', 'công bố']);
// Before the roster's title: "Danh sách các", "Ba", "4", "tân".
const LEADS = new Set(['danh', 'sách', 'các', 'những', 'tân', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười']);
const MAX_LEAD = 3;
// Between the title and its people: the list is of the holders, not of those the decision names.
const HOLDERS_WORDS = new Set(['hiện', 'đương', 'cũ', 'trước', 'từng', 'nguyên', 'đã', 'đang', 'vẫn']);
const PAST_WORDS = new Set([...HOLDERS_WORDS, 'năm', 'tháng', 'khi']);
const TAKES_POST = phraseSet(['giữ chức', 'giữ chức vụ', 'giữ chức danh']);
// "Phó Bí thư Thường trực" is one of the "Phó Bí thư" a decision names.
const BASE_ROLE: Partial<Record<Role, Role>> = {
  STANDING_DEPUTY_SECRETARY: 'DEPUTY_SECRETARY',
  STANDING_VICE_CHAIR: 'VICE_CHAIR',
  STANDING_DEPUTY_HEAD: 'DEPUTY_HEAD',
  STANDING_DEPUTY_PRIME_MINISTER: 'DEPUTY_PRIME_MINISTER',
  STANDING_DEPUTY_MINISTER: 'DEPUTY_MINISTER',
  STANDING_VICE_CHAIRMAN_OF_COMMISSION: 'VICE_CHAIRMAN_OF_COMMISSION',
};

/** The posts `titles` name, told by a verb of `kind` that found no one. */
export function announcedPosts(titles: readonly TitleMention[], kind: ChangeKind, planned: boolean, verb: string): AnnouncedPost[] {
  return titles.map((title) => ({ kind, role: title.role, body: title.body?.name ?? null, planned, verb }));
}

/** A change verb that named no one: "công bố quyết định chỉ định … các chức danh chủ chốt". */
export interface UnnamedDecision {
  kind: ChangeKind;
  planned: boolean;
  verb: string;
  /** Index of its sentence. */
  sentence: number;
}

/** What a roster is read from: the article's titles, people and the links between them. */
export interface RosterContext {
  titles: readonly TitleSpan[];
  persons: readonly PersonSpan[];
  linksOf: ReadonlyMap<TitleSpan, readonly TitleLink[]>;
  spans: () => SpanIndex;
}

/**
 * The people a sentence with no change verb gives a post a decision made: the roster of an
 * announced post, or, a few sentences after a decision that named no one, each "<person> giữ
 * chức <title>" ("Theo đó, bà A giữ chức Bí thư Đảng ủy; ông B giữ chức Phó Bí thư").
 */
export function rosterEntries(doc: Doc, sentence: Sentence, context: RosterContext, announced: readonly AnnouncedPost[], decision: UnnamedDecision | null): RosterEntry[] {
  const listed = announced.length === 0 ? [] : announcedRoster(doc, sentence, context, announced);
  if (listed.length > 0 || decision === null) return listed;
  const taken = postsTaken(doc, sentence, context, decision);
  return taken.length > 0 || !LEAVING.has(decision.kind) ? taken : leaversListed(doc, sentence, context, decision);
}

/**
 * "trao quyết định cho 27 cán bộ nghỉ hưu. … Ở khối cơ quan HĐND có bà A, Trưởng ban Đô thị; ông
 * B, Phó trưởng ban …": after a decision that lets unnamed staff go, the people a sentence lists
 * after "có", "gồm", ":" or "nghỉ là" leave the post they are named with.
 */
function leaversListed(doc: Doc, sentence: Sentence, context: RosterContext, decision: UnnamedDecision): RosterEntry[] {
  const cue = listCueIn(doc, sentence);
  if (cue < 0 || tellsPast(doc, sentence.tokenStart, cue) || attends(doc, sentence)) return [];
  const [from, to] = [doc.tokens[sentence.tokenStart]?.start ?? 0, doc.tokens[sentence.tokenEnd - 1]?.end ?? 0];
  const entries: RosterEntry[] = [];
  for (let k = firstStartingAtOrAfter(context.persons, cue); k < context.persons.length && (context.persons[k] as PersonSpan).start < sentence.tokenEnd; k++) {
    const person = context.persons[k] as PersonSpan;
    const title = person.mention.titles.find((held) => held.status !== 'FORMER' && held.evidence.start >= from && held.evidence.end <= to);
    if (title === undefined) continue;
    const announced = { ...decision, role: title.role, body: title.body?.name ?? null };
    entries.push({ person, title, announced, start: person.start, end: person.end });
  }
  return entries;
}

/** "Dự buổi lễ có ông A", "ông B trao quyết định": the people of the ceremony, not those let go. */
function attends(doc: Doc, sentence: Sentence): boolean {
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) if (CEREMONY_ROLES.match(doc.tokens, k) !== null) return true;
  return false;
}

function listCueIn(doc: Doc, sentence: Sentence): number {
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const word = doc.tokens[k]?.lower ?? '';
    if (LIST_CUES.has(word) || (word === 'là' && LEFT.has(doc.tokens[k - 1]?.lower ?? ''))) return k + 1;
  }
  return -1;
}

function announcedRoster(doc: Doc, sentence: Sentence, context: RosterContext, announced: readonly AnnouncedPost[]): RosterEntry[] {
  const title = headTitle(doc, sentence, context.titles);
  if (title === null) return [];
  const match = announced.findLast((post) => sameFamily(post, title.mention));
  if (match === undefined) return [];
  const shared = sharedTitleMembers(doc, context.persons, context.spans(), title, sentence.tokenEnd);
  const people = shared.length > 0 ? shared : (context.linksOf.get(title) ?? []).map((link) => link.person);
  const first = people[0];
  if (first === undefined || namesHolders(doc, title.end, first.start)) return [];
  return people.map((person) => ({ person, title: title.mention, announced: match, start: title.start, end: title.end }));
}

/** "bà A giữ chức <title>": the first title after the cue, given to the person before it. */
function postsTaken(doc: Doc, sentence: Sentence, context: RosterContext, decision: UnnamedDecision): RosterEntry[] {
  const entries: RosterEntry[] = [];
  const { titles } = context;
  for (let k = firstStartingAtOrAfter(titles, sentence.tokenStart); k < titles.length && (titles[k] as TitleSpan).start < sentence.tokenEnd; k++) {
    const title = titles[k] as TitleSpan;
    const cue = cueBefore(doc, title.start);
    if (cue === null) continue;
    for (const link of context.linksOf.get(title) ?? []) {
      if (link.person.end > cue || namesHolders(doc, link.person.end, cue) || tellsPast(doc, sentence.tokenStart, cue)) continue;
      const announced = { ...decision, role: title.mention.role, body: title.mention.body?.name ?? null };
      entries.push({ person: link.person, title: link.mention, announced, start: title.start, end: title.end });
    }
  }
  return entries;
}

/** The start of "giữ chức (vụ)" right before token `titleStart`, or null. */
function cueBefore(doc: Doc, titleStart: number): number | null {
  for (let start = titleStart - 3; start <= titleStart - 2; start++) if (start >= 0 && TAKES_POST.match(doc.tokens, start)?.end === titleStart) return start;
  return null;
}

/** The title that opens the sentence after at most a few lead words, or null. */
function headTitle(doc: Doc, sentence: Sentence, titles: readonly TitleSpan[]): TitleSpan | null {
  let start = sentence.tokenStart;
  while (start < sentence.tokenStart + MAX_LEAD && (LEADS.has(doc.tokens[start]?.lower ?? '') || doc.tokens[start]?.kind === 'number')) start++;
  const title = titles[firstStartingAtOrAfter(titles, start)];
  return title !== undefined && title.start === start ? title : null;
}

function sameFamily(post: AnnouncedPost, title: TitleMention): boolean {
  const role = BASE_ROLE[title.role] ?? title.role;
  const body = title.body?.name ?? null;
  return (BASE_ROLE[post.role] ?? post.role) === role && (post.body === null || body === null || post.body === body);
}

/** "Trước đó, ông A giữ chức …", "Từ năm 2020, ông A giữ chức …": a career, not the decision. */
function tellsPast(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PAST_WORDS.has(doc.tokens[k]?.lower ?? '')) return true;
  return false;
}

function namesHolders(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (HOLDERS_WORDS.has(doc.tokens[k]?.lower ?? '')) return true;
  return false;
}
