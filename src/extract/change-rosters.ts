import type { ChangeKind, TitleMention } from '../domain/extraction.js';
import type { Role } from '../domain/roles.js';
import type { Doc } from './doc.js';
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

// Before the roster's title: "Danh sách các", "Ba", "4", "tân".
const LEADS = new Set(['danh', 'sách', 'các', 'những', 'tân', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười']);
const MAX_LEAD = 3;
// Between the title and its people: the list is of the holders, not of those the decision names.
const HOLDERS_WORDS = new Set(['hiện', 'đương', 'cũ', 'trước', 'từng', 'nguyên', 'đã']);
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

/** The people the roster sentence gives an announced post to, or none. */
export function rosterEntries(
  doc: Doc,
  sentence: Sentence,
  titles: readonly TitleSpan[],
  persons: readonly PersonSpan[],
  linksOf: ReadonlyMap<TitleSpan, readonly TitleLink[]>,
  spans: () => SpanIndex,
  announced: readonly AnnouncedPost[],
): RosterEntry[] {
  if (announced.length === 0) return [];
  const title = headTitle(doc, sentence, titles);
  if (title === null) return [];
  const match = announced.findLast((post) => sameFamily(post, title.mention));
  if (match === undefined) return [];
  const shared = sharedTitleMembers(doc, persons, spans(), title, sentence.tokenEnd);
  const people = shared.length > 0 ? shared : (linksOf.get(title) ?? []).map((link) => link.person);
  const first = people[0];
  if (first === undefined || namesHolders(doc, title.end, first.start)) return [];
  return people.map((person) => ({ person, title: title.mention, announced: match, start: title.start, end: title.end }));
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

function namesHolders(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (HOLDERS_WORDS.has(doc.tokens[k]?.lower ?? '')) return true;
  return false;
}
