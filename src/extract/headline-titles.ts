import type { ChangeMention, TitleMention } from '../domain/extraction.js';
import type { Role } from '../domain/roles.js';
import { isCounted } from './counts.js';
import type { Doc } from './doc.js';
import type { PersonSpan } from './persons.js';
import type { TitleSpan } from './titles.js';

/**
 * A counted title in the headline ("TPHCM bầu bổ sung 3 Phó Chủ tịch UBND thành phố", "Hai Phó
 * chủ tịch UBND TP HCM nhận nhiệm vụ mới") counts for the people it refers to (corpus
 * Convention 5): those the article gives the same post, when they are as many as the headline
 * says; with more, those who take up the post in the article, or those who leave it, when
 * they are that many. "các Phó Chủ tịch" counts no one.
 */

const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['hai', 2], ['ba', 3], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9], ['mười', 10],
]);
// A headline is one short line.
const MAX_HEADLINE = 40;

/** Adds the headline's counted titles to the people they refer to. */
export function addHeadlineTitles(doc: Doc, persons: readonly PersonSpan[], titles: readonly TitleSpan[], changes: readonly ChangeMention[]): void {
  const headline = doc.paragraphs[0];
  if (headline === undefined || headline.tokenEnd - headline.tokenStart > MAX_HEADLINE) return;
  const claimed = new Set(persons.flatMap((person) => person.mention.titles));
  for (const title of titles) {
    if (title.start >= headline.tokenEnd) break;
    const { mention } = title;
    if (mention.body === null || claimed.has(mention)) continue;
    if (!isCounted(doc.tokens, title.start)) {
      addToSoleHolder(persons, headline.tokenEnd, mention);
      continue;
    }
    const count = countBefore(doc, title.start);
    const holders = firstPerName(persons.filter((person) => person.start >= headline.tokenEnd && person.mention.titles.some((held) => samePost(held, mention))));
    if (count === null) continue;
    const changed = (taking: boolean) => holders.filter((person) => changes.some((change) => change.person === person.mention.name && changesPost(change, mention, taking)));
    const members = [holders, changed(true), changed(false)].find((group) => group.length === count) ?? [];
    for (const person of members) person.mention.titles.push({ ...mention, status: statusOf(person, mention) });
  }
}

// "Phó Chủ tịch Quảng Nam" in a headline may be the standing vice chair the article names.
const DEPUTY_OF_STANDING: Partial<Record<Role, Role>> = {
  STANDING_VICE_CHAIR: 'VICE_CHAIR',
  STANDING_DEPUTY_SECRETARY: 'DEPUTY_SECRETARY',
  STANDING_DEPUTY_HEAD: 'DEPUTY_HEAD',
};

/**
 * "Chủ tịch Hải Dương làm Phó Chủ nhiệm …": a headline title, uncounted and of no one named in
 * the headline, is the one person's whom the article gives that post (none when several hold it).
 */
function addToSoleHolder(persons: readonly PersonSpan[], bodyStart: number, mention: TitleMention): void {
  const holds = (held: TitleMention) => held.body?.name === mention.body?.name && (held.role === mention.role || DEPUTY_OF_STANDING[held.role] === mention.role);
  const holders = firstPerName(persons.filter((person) => person.start >= bodyStart && person.mention.titles.some(holds)));
  const sole = holders[0];
  if (sole === undefined || holders.length > 1) return;
  // The post as the article gives it: the headline says no more.
  const held = sole.mention.titles.find(holds) as TitleMention;
  sole.mention.titles.push({ ...mention, role: held.role, body: held.body, status: held.status });
}

const TAKING_UP: ReadonlySet<ChangeMention['kind']> = new Set(['ELECTED', 'RE_ELECTED', 'APPOINTED', 'TRANSFERRED']);

/** Whether the change takes up (`taking`) or leaves the post. */
function changesPost(change: ChangeMention, post: TitleMention, taking: boolean): boolean {
  const takes = TAKING_UP.has(change.kind);
  if (change.title !== null && samePost(change.title, post)) return takes === taking;
  return !taking && change.fromTitle !== null && samePost(change.fromTitle, post);
}

/** One span per person: a person named twice is counted once. */
function firstPerName(spans: readonly PersonSpan[]): PersonSpan[] {
  const seen = new Set<string>();
  return spans.filter((span) => !seen.has(span.mention.name) && seen.add(span.mention.name) !== undefined);
}

function samePost(a: TitleMention, b: TitleMention): boolean {
  return a.role === b.role && a.body?.name === b.body?.name;
}

/** The status of the person's own title for the same post: the headline says no more. */
function statusOf(person: PersonSpan, mention: TitleMention): TitleMention['status'] {
  return person.mention.titles.find((held) => samePost(held, mention))?.status ?? 'CURRENT';
}

/** "3", "hai": the number counted right before the role; null for "các", "những" or none. */
function countBefore(doc: Doc, roleStart: number): number | null {
  const word = doc.tokens[roleStart - 1];
  if (word === undefined) return null;
  if (word.kind === 'number') return Number(word.text);
  return COUNT_WORDS.get(word.lower) ?? null;
}
