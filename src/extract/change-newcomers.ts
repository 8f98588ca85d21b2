import type { ChangeKind, TitleMention } from '../domain/extraction.js';
import type { Role } from '../domain/roles.js';
import type { Doc } from './doc.js';
import type { PersonSpan } from './persons.js';
import type { TitleLink } from './title-links.js';
import type { TitleSpan } from './titles.js';

/**
 * New holders named with "tân" ("new") and no verb of change: "Tân Chủ tịch UBND tỉnh Hà Văn
 * Sơn phát biểu nhận nhiệm vụ", "Tân Giám đốc Sở Y tế là ông A". The person took the post up in
 * the news the article reports; how depends on the post: councils and Party committees elect
 * their chairs and secretaries, the others are appointed. Said only of someone the text tells
 * no other change of ("tân Phó Bí thư" after "được chỉ định giữ chức Phó Bí thư" is that change).
 */

/** A person "tân" gives a post to. */
export interface Newcomer {
  person: PersonSpan;
  title: TitleMention;
  kind: ChangeKind;
  start: number;
  end: number;
}

const NEW = 'tân';
const MAX_DECISION_REACH = 8;
// "quyết định chuẩn y", "quyết định phê chuẩn": the approval of an election.
const APPROVING = new Set(['chuẩn', 'phê']);
/** The `verb` a newcomer's change is told by. */
export const NEWCOMER_VERB = NEW;
const ELECTED_ROLES: ReadonlySet<Role> = new Set([
  'CHAIR', 'VICE_CHAIR', 'STANDING_VICE_CHAIR', 'SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_DEPUTY_SECRETARY', 'PRESIDENT', 'VICE_PRESIDENT',
  'PRIME_MINISTER', 'GENERAL_SECRETARY', 'CHAIRMAN_OF_COMMISSION', 'VICE_CHAIRMAN_OF_COMMISSION',
]);

/** The people "tân <title>" names, among those `changed` (names) does not hold. */
export function newcomers(doc: Doc, titles: readonly TitleSpan[], persons: readonly PersonSpan[], linksOf: ReadonlyMap<TitleSpan, readonly TitleLink[]>, changed: ReadonlySet<string>): Newcomer[] {
  const found: Newcomer[] = [];
  const seen = new Set<string>();
  for (const title of titles) {
    if (doc.tokens[title.start - 1]?.lower !== NEW) continue;
    const person = holderOf(title, persons, linksOf);
    if (person === null || changed.has(person.mention.name) || seen.has(person.mention.name)) continue;
    seen.add(person.mention.name);
    const elected = ELECTED_ROLES.has(title.mention.role) && !handedDecision(doc, title.start - 1);
    found.push({ person, title: title.mention, kind: elected ? 'ELECTED' : 'APPOINTED', start: title.start - 1, end: title.end });
  }
  return found;
}

/**
 * "trao quyết định và tặng hoa tân Bí thư Tỉnh ủy A": a post given by a decision handed over is
 * an appointment (a designation), unless the decision approves an election ("quyết định chuẩn y").
 */
function handedDecision(doc: Doc, newAt: number): boolean {
  for (let k = newAt - 1; k >= Math.max(0, newAt - MAX_DECISION_REACH); k--) {
    const token = doc.tokens[k];
    if (token === undefined || token.text === '.' || token.kind === 'newline') return false;
    if (token.lower === 'quyết' && doc.tokens[k + 1]?.lower === 'định') return !APPROVING.has(doc.tokens[k + 2]?.lower ?? '');
  }
  return false;
}

/** "Tân <title> <Name>" (the title opens the person's mention) or "Tân <title> là <Name>" (a link). */
function holderOf(title: TitleSpan, persons: readonly PersonSpan[], linksOf: ReadonlyMap<TitleSpan, readonly TitleLink[]>): PersonSpan | null {
  const opened = persons.find((person) => person.start === title.start && person.mention.titles.includes(title.mention));
  if (opened !== undefined) return opened;
  const links = linksOf.get(title) ?? [];
  const [link] = links;
  return links.length === 1 && link !== undefined && link.person.start > title.end ? link.person : null;
}
