import type { BodyRef, TitleMention } from '../domain/extraction.js';
import type { Role } from '../domain/roles.js';
import { isCounted } from './counts.js';
import type { Doc } from './doc.js';
import { evidenceOf } from './evidence.js';
import { Lexicon } from './lexicon.js';
import { readName, type NameMatch, type NameOptions } from './names.js';
import type { TitleSpan } from './titles.js';
import type { Token } from './tokens.js';

/**
 * Titles of assistants and secretaries (corpus Convention 3): "Trợ lý đồng chí Lê Văn A, Ủy viên
 * Bộ Chính trị, Thủ tướng Chính phủ" is one title, from "Trợ lý" through the principal's titles;
 * its role is Trợ lý (or Thư ký) of the body of the principal's post, and the principal, when
 * named, holds the titles inside it. Without a name the principal's titles are one phrase when
 * they open with a Party membership ("trợ lý Ủy viên Bộ Chính trị, Bộ trưởng Công an") or run
 * into the principal's name ("Thư ký Tổng Bí thư, Chủ tịch nước Tô Lâm"); otherwise the first
 * title alone is the principal's ("Trợ lý Thủ tướng, Phó Chủ nhiệm Văn phòng Chính phủ": the
 * second title is the assistant's own).
 */

/** A title read inside the phrase: its mention and the token after it (its term included). */
export interface InnerTitle {
  mention: TitleMention;
  /** Token after the title's own words. */
  wordsEnd: number;
  /** Token after the title and its term ("khóa XII"). */
  end: number;
}

/** The leader an assistant works for, as named inside the title. */
export interface Principal {
  name: NameMatch;
  titles: TitleMention[];
}

export interface AssistantTitle {
  role: Role;
  body: BodyRef | null;
  /** Token after the words of the title as written (the last title's term left out). */
  wordsEnd: number;
  /** Token after the whole phrase: the last term and a principal's name written last included. */
  end: number;
  principal: Principal | null;
}

const HEADS = new Lexicon<Role>([
  ['trợ lý', 'ASSISTANT'],
  ['thư ký', 'AIDE'],
]);
const BEFORE_PRINCIPAL = new Set(['cho', 'của']);
const NAMED = new Set(['đồng chí', 'ông', 'bà']);
const MAX_PRINCIPAL_TITLES = 4;
const ANY_NAME: NameOptions = { familyNameOptional: true, stopsAt: () => false };
const FULL_NAME: NameOptions = { familyNameOptional: false, stopsAt: () => false };

/** Whether an assistant's title may start at token `index` ("Trợ lý", "thư ký"). */
export function mayStartAssistantTitle(tokens: readonly Token[], index: number): boolean {
  return HEADS.startsAt(tokens, index) && tokens[index - 1]?.lower !== 'tổng';
}

/** "Trợ lý" / "Thư ký" at token `index`: its role and the token after it, or null. */
function readAssistantHead(tokens: readonly Token[], index: number): { role: Role; end: number } | null {
  const head = HEADS.match(tokens, index);
  return head === null ? null : { role: head.value, end: head.end };
}

/**
 * The assistant's title at token `index`, or null. `innerTitle` reads one title (with its
 * body) at a token, as the title grammar does.
 */
export function readAssistantTitle(tokens: readonly Token[], index: number, innerTitle: (at: number) => InnerTitle | null): AssistantTitle | null {
  const head = HEADS.match(tokens, index);
  if (head === null) return null;
  let position = head.end;
  if (BEFORE_PRINCIPAL.has(tokens[position]?.lower ?? '')) position++;
  const honorific = tokens[position]?.lower === 'đồng' && tokens[position + 1]?.lower === 'chí' ? 2 : NAMED.has(tokens[position]?.lower ?? '') ? 1 : 0;
  const leading = honorific > 0 ? readName(tokens, position + honorific, ANY_NAME) : null;
  if (leading !== null) {
    const titles = commaTitles(tokens, leading.end, true, innerTitle);
    if (titles.length === 0) return null;
    return assemble(head.value, titles, leading, titles[titles.length - 1]?.end ?? leading.end);
  }
  const run = commaTitles(tokens, position, false, innerTitle);
  if (run.length === 0) return null;
  const last = run[run.length - 1] as InnerTitle;
  const trailing = readName(tokens, last.end, FULL_NAME);
  if (trailing !== null) return assemble(head.value, run, trailing, trailing.end);
  const first = run[0] as InnerTitle;
  const phrase = isPartyMembership(first.mention) && run.length > 1 ? run.slice(0, 2) : [first];
  return assemble(head.value, phrase, null, (phrase[phrase.length - 1] as InnerTitle).end);
}

/** Titles joined by commas from token `from` (after a comma first when `afterComma`). */
function commaTitles(tokens: readonly Token[], from: number, afterComma: boolean, innerTitle: (at: number) => InnerTitle | null): InnerTitle[] {
  const titles: InnerTitle[] = [];
  let position = from;
  while (titles.length < MAX_PRINCIPAL_TITLES) {
    const start = titles.length > 0 || afterComma ? (tokens[position]?.text === ',' ? position + 1 : -1) : position;
    if (start < 0) break;
    const title = innerTitle(start);
    if (title === null) break;
    titles.push(title);
    position = title.end;
  }
  return titles;
}

/** "Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng": a rank in the Party, not the post assisted. */
function isPartyMembership(title: TitleMention): boolean {
  const kind = title.body?.kind;
  return kind === 'PARTY_STANDING_COMMITTEE' || kind === 'PARTY_CENTRAL_COMMITTEE';
}

function assemble(role: Role, titles: readonly InnerTitle[], name: NameMatch | null, end: number): AssistantTitle {
  const mentions = titles.map((title) => title.mention);
  // The post assisted: the General Secretary's when the phrase names it, else the last one.
  const post = mentions.find((title) => title.role === 'GENERAL_SECRETARY') ?? mentions[mentions.length - 1];
  return {
    role,
    body: post?.body ?? null,
    wordsEnd: (titles[titles.length - 1] as InnerTitle).wordsEnd,
    end,
    principal: name === null ? null : { name, titles: mentions },
  };
}

/**
 * "Thủ tướng Lê Văn A hiện có 3 trợ lý là …": assistants counted after their principal's title
 * in the same sentence, of the body of the principal's post; the list after "là"/"gồm" gets it.
 */
export function countedAssistants(doc: Doc, index: number, before: readonly TitleSpan[]): TitleSpan | null {
  const head = readAssistantHead(doc.tokens, index);
  if (head === null || !isCounted(doc.tokens, index) || !LIST_OPENERS.has(doc.tokens[head.end]?.lower ?? '')) return null;
  const principal = before[before.length - 1];
  const sentenceStart = doc.sentences[doc.sentenceOf[index] ?? -1]?.tokenStart ?? index;
  if (principal === undefined || principal.start < sentenceStart || principal.mention.body === null) return null;
  const evidence = evidenceOf(doc.body, (doc.tokens[index] as Token).start, (doc.tokens[head.end - 1] as Token).end);
  return { mention: { asWritten: evidence.quote, role: head.role, body: principal.mention.body, status: 'CURRENT', term: null, evidence }, start: index, end: head.end };
}
const LIST_OPENERS = new Set(['là', 'gồm', ':']);
