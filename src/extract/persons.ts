import type { PersonMention } from '../domain/extraction.js';
import type { Doc } from './doc.js';
import { tokenEvidence } from './evidence.js';
import { phraseSet } from './lexicon.js';
import { readName, type NameMatch, type NameOptions } from './names.js';
import { RANKS, rankBefore, type RankSpan } from './ranks.js';
import { followsRoleWord } from './role-words.js';
import type { TitleSpan } from './titles.js';
import type { Token } from './tokens.js';

/**
 * Named people and the titles attached to them: "đồng chí <Name>, <title>, <title>",
 * "<title> <Name>", "<Name> (<title>)". A name counts only when anchored by an honorific or a
 * title, so places that read like names ("Hà Nội") and bylines stay out.
 */

export interface PersonSpan {
  mention: PersonMention;
  /** Token span of the whole mention (name and titles), end exclusive. */
  start: number;
  end: number;
}

const HONORIFICS = phraseSet([
  'đồng chí', 'đ / c', 'ông', 'bà', 'anh', 'chị',
  // Religious honorifics are no titles (corpus Convention 4), but they anchor a name.
  'hòa thượng', 'thượng tọa', 'đại đức', 'ni sư', 'linh mục', 'giám mục', 'tổng giám mục', 'mục sư',
]);
// A name right after these is a place: "thành phố Hà Tiên", "Tỉnh ủy Hà Tĩnh".
const PLACE_WORDS = new Set(['tỉnh', 'phố', 'tp', 'huyện', 'quận', 'xã', 'phường', 'trấn', 'ủy', 'đường', 'làng', 'thôn', 'bản', 'sông', 'núi', 'ubnd', 'hđnd']);
const FIRST_SEPARATORS = new Set([',', '-', '–', 'kiêm']);
const NEXT_SEPARATORS = new Set([',', 'kiêm', 'rồi', 'và']);
const LIST_JOINERS = new Set([',', 'và']);

/** Every anchored person mention, left to right. */
export function findPersons(doc: Doc, titles: readonly TitleSpan[], knownPlaces: ReadonlySet<string>): PersonSpan[] {
  const { tokens } = doc;
  const titleAt = new Map(titles.map((title) => [title.start, title]));
  const titleEndingAt = new Map(titles.map((title) => [title.end, title]));
  const inTitle = new Uint8Array(tokens.length);
  for (const title of titles) inTitle.fill(1, title.start, title.end);
  const afterHonorific = honorificEnds(tokens);
  // Made once: a function made per token costs more than the test it runs.
  const stopsAt = (j: number): boolean => inTitle[j] === 1;
  const anchored: NameOptions = { familyNameOptional: true, stopsAt };
  const free: NameOptions = { familyNameOptional: false, stopsAt };
  const claimed = new Set<TitleSpan>();
  const persons: PersonSpan[] = [];
  // "các đồng chí A, B và C", "là A (…), B, C": a full name after a listed person is listed too.
  const listed = new Set<number>();
  // "các thượng tướng A, B": the rank written once goes to each listed name.
  let sharedRank: RankSpan | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (inTitle[i] === 1 || afterHonorific[i] === 2) continue;
    const honored = afterHonorific[i] === 1 || (tokens[i - 1]?.text === ':' && afterHonorific[i - 1] === 1);
    // "Bộ hiện có 4 Thứ trưởng: A, B, C": full names listed right after a title and a colon.
    if (tokens[i - 1]?.text === ':' && titleEndingAt.has(i - 1)) listed.add(i);
    // "Phó Chủ tịch Quốc hội Uông Chu Lưu": right after a title, any capitalised syllables are a name.
    const name = readName(tokens, i, honored || titleEndingAt.has(i) ? anchored : free);
    if (name === null) continue;
    const ownRank = rankBefore(doc, name.start);
    const rank = ownRank ?? (listed.has(i) ? sharedRank : null);
    sharedRank = ownRank?.shared === true ? ownRank : listed.has(i) ? sharedRank : null;
    const anchorStart = ownRank?.start ?? (honored ? honorificStartBefore(afterHonorific, name.start) : -1);
    const before = titlesBefore(tokens, titleEndingAt, claimed, name.start, anchorStart, ownRank !== null);
    if (!honored && (before.length === 0 || name.end - name.start === 2) && looksLikePlace(tokens, name, knownPlaces)) continue;
    const after = forwardTitles(tokens, titleAt, claimed, name.end, (title) => precedesName(tokens, title, free));
    const chain = [...before, ...after.titles];
    if (!honored && !listed.has(i) && chain.length === 0 && !followsRoleWord(tokens, name, knownPlaces)) continue;
    for (const title of chain) claimed.add(title);
    const start = before[0]?.start ?? name.start;
    persons.push({
      mention: { name: name.name, titles: chain.map((title) => title.mention), ...(rank === null ? {} : { rank: rank.mention }), evidence: tokenEvidence(doc, start, after.end - 1) },
      start,
      end: after.end,
    });
    // "là các ông: A (Phó Trưởng ban Thường trực), B, C": the list goes on after an aside.
    const close = tokens[after.end]?.text === '(' ? closingParenthesis(tokens, after.end) : null;
    const next = close === null ? after.end : close + 1;
    if (LIST_JOINERS.has(tokens[next]?.lower ?? '')) listed.add(next + 1);
    i = after.end - 1;
  }
  return persons;
}

/**
 * For each token: 2 where an honorific starts ("ông", "đồng chí"), else 1 right after one, else 0.
 * "ông" starts an honorific even right after another one ("đồng chí ông …" never happens).
 */
function honorificEnds(tokens: readonly Token[]): Uint8Array {
  const marks = new Uint8Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    const match = HONORIFICS.match(tokens, i) ?? RANKS.match(tokens, i);
    if (match === null) continue;
    if (marks[match.end] === 0) marks[match.end] = 1;
    marks[i] = 2;
  }
  return marks;
}

/**
 * "Phó Thủ tướng Phạm Thị Thanh Trà": a name follows the title. After a unit word ("Quận ủy
 * Ninh Kiều") two syllables are more likely the unit's place than a person.
 */
function precedesName(tokens: readonly Token[], title: TitleSpan, options: NameOptions): boolean {
  const name = readName(tokens, title.end, options);
  if (name === null) return false;
  return name.end - name.start >= 3 || !PLACE_WORDS.has(tokens[title.end - 1]?.lower ?? '');
}

/** Where the honorific right before token `nameStart` starts ("đồng chí", "Thượng tướng"), or -1. */
function honorificStartBefore(marks: Uint8Array, nameStart: number): number {
  for (let k = nameStart - 1; k >= Math.max(0, nameStart - 3); k--) if (marks[k] === 2) return k;
  return -1;
}

function looksLikePlace(tokens: readonly Token[], name: NameMatch, knownPlaces: ReadonlySet<string>): boolean {
  return PLACE_WORDS.has(tokens[name.start - 1]?.lower ?? '') || knownPlaces.has(name.name);
}

// "quyết định của <title>": the title after "của" is the issuer's.
const ISSUED = phraseSet(['quyết định', 'chỉ thị', 'tờ trình', 'đề nghị', 'công văn', 'thông báo', 'nghị quyết', 'kết luận', 'chỉ đạo', 'ủy quyền']);

/** Whether "<document> của" ends right before token `titleStart`. */
function isIssuerOf(tokens: readonly Token[], titleStart: number): boolean {
  if (tokens[titleStart - 1]?.lower !== 'của') return false;
  return ISSUED.match(tokens, titleStart - 3)?.end === titleStart - 1;
}

// Where a list item, and so the titles before a name, may start ("… là Bộ trưởng, Đại tướng A").
const ITEM_STARTS = new Set([';', ':', '-', '–', '•', '\n', 'là', 'có', 'gồm']);
// After these the title is someone else's: "của Thủ tướng, thượng tướng A", "làm Bí thư, ông B".
const OBJECT_MARKERS = new Set(['của', 'làm', 'cho', 'với']);

/**
 * The titles written before a name, nearest last; also across the rank or honorific starting at
 * token `anchorStart` (-1 when none). Across a comma, titles before a rank are the name's unless
 * they are the object of a word before them ("trên cương vị Chính ủy Quân khu 5, Trung tướng A",
 * not "theo quyết định của Thủ tướng, thượng tướng A"); titles before "ông"/"bà" only when they
 * open a list item ("Phó Chủ tịch Quốc hội, ông A;").
 */
function titlesBefore(tokens: readonly Token[], titleEndingAt: Map<number, TitleSpan>, claimed: Set<TitleSpan>, nameStart: number, anchorStart: number, isRank: boolean): TitleSpan[] {
  const direct = backwardTitles(tokens, titleEndingAt, claimed, nameStart);
  if (direct.length > 0 || anchorStart <= 0) return direct;
  // "Bộ trưởng Bộ Quốc phòng Đại tướng A": the rank right after the title.
  if (tokens[anchorStart - 1]?.text !== ',') return backwardTitles(tokens, titleEndingAt, claimed, anchorStart);
  const across = backwardTitles(tokens, titleEndingAt, claimed, anchorStart - 1);
  if (across.length === 0) return direct;
  const opener = tokens[(across[0]?.start ?? 0) - 1]?.lower;
  const opens = opener === undefined || (isRank ? !OBJECT_MARKERS.has(opener) : ITEM_STARTS.has(opener));
  return opens ? across : direct;
}

/**
 * "<title>, <title> <Name>": titles right before the name, nearest last. A title across a comma
 * that issued a decision is someone else's: "theo quyết định của Thủ tướng, Thứ trưởng Bộ Tư
 * pháp A" (but "có sự hiện diện của Ủy viên Bộ Chính trị, Trưởng Ban … A" is one chain).
 */
function backwardTitles(tokens: readonly Token[], titleEndingAt: Map<number, TitleSpan>, claimed: Set<TitleSpan>, nameStart: number): TitleSpan[] {
  const titles: TitleSpan[] = [];
  let title = titleEndingAt.get(nameStart);
  while (title !== undefined && !claimed.has(title)) {
    if (titles.length > 0 && isIssuerOf(tokens, title.start)) break;
    titles.unshift(title);
    title = tokens[title.start - 1]?.text === ',' ? titleEndingAt.get(title.start - 1) : undefined;
  }
  return titles;
}

/** ", <title>, <title>" or " (<title>, <title>)" after the name; `end` is past the last token. */
function forwardTitles(
  tokens: readonly Token[],
  titleAt: Map<number, TitleSpan>,
  claimed: Set<TitleSpan>,
  nameEnd: number,
  precedesName: (title: TitleSpan) => boolean,
): { titles: TitleSpan[]; end: number } {
  const free = { claimed, precedesName };
  if (tokens[nameEnd]?.text === '(') {
    const inside = titleChain(tokens, titleAt, { claimed, precedesName: () => false }, nameEnd + 1, null);
    if (inside.titles.length > 0 && tokens[inside.end]?.text === ')') return { titles: inside.titles, end: inside.end + 1 };
    // "Lê Văn A (sinh năm 1981), Phó Bí thư Quận ủy": the chain follows an aside.
    const close = closingParenthesis(tokens, nameEnd);
    const after = close === null ? null : titleChain(tokens, titleAt, free, close + 1, FIRST_SEPARATORS);
    if (after !== null && after.titles.length > 0) return after;
  }
  return titleChain(tokens, titleAt, free, nameEnd, FIRST_SEPARATORS);
}

const MAX_ASIDE = 8;

/** The ")" closing the "(" at `open` within a short aside, or null. */
function closingParenthesis(tokens: readonly Token[], open: number): number | null {
  for (let k = open + 1; k <= open + MAX_ASIDE && tokens[k] !== undefined && tokens[k]?.kind !== 'newline'; k++) {
    if (tokens[k]?.text === ')') return k;
    if (tokens[k]?.text === '(') return null;
  }
  return null;
}

/**
 * Where a chain of titles after a name stops: at a title another mention claimed, and at one
 * written right before a name ("Chủ tịch UBND tỉnh A Nguyễn Văn X, Chủ tịch UBND tỉnh B Trần
 * Văn Y"), which is that name's.
 */
interface ChainLimits {
  claimed: Set<TitleSpan>;
  precedesName: (title: TitleSpan) => boolean;
}

/**
 * Titles joined by commas (or "kiêm") from token `from`. `firstSeparators`: what must come
 * before the first title ("Vũ Đại Thắng, Ủy viên …"); null when the first title starts at `from`.
 */
function titleChain(
  tokens: readonly Token[],
  titleAt: Map<number, TitleSpan>,
  { claimed, precedesName }: ChainLimits,
  from: number,
  firstSeparators: ReadonlySet<string> | null,
): { titles: TitleSpan[]; end: number } {
  const titles: TitleSpan[] = [];
  let end = from;
  for (;;) {
    let next = end;
    const separators = titles.length === 0 ? firstSeparators : NEXT_SEPARATORS;
    if (separators !== null) {
      if (!separators.has(tokens[next]?.lower ?? '')) break;
      next++;
      if (tokens[next]?.lower === 'kiêm') next++;
    }
    const title = titleAt.get(next);
    if (title === undefined || claimed.has(title) || precedesName(title)) break;
    titles.push(title);
    end = title.end;
    // "Ủy viên Ban Thường vụ Tỉnh ủy (nguyên Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy)": titles in an aside.
    if (tokens[end]?.text === '(') {
      const aside = titleChain(tokens, titleAt, { claimed, precedesName }, end + 1, null);
      if (aside.titles.length === 0 || tokens[aside.end]?.text !== ')') break;
      titles.push(...aside.titles);
      end = aside.end + 1;
    }
  }
  return { titles, end };
}

/**
 * "Trợ lý đồng chí A, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ": A is named inside the
 * assistant's title, with the titles there. Principals are mentions of their own, kept apart
 * from the person spans later steps read: A is neither the subject of a change nor a participant
 * for being named in someone else's title.
 */
export function principalsOf(doc: Doc, titles: readonly TitleSpan[]): PersonMention[] {
  const principals: PersonMention[] = [];
  for (const title of titles) {
    const principal = title.principal;
    if (principal === undefined) continue;
    const start = (doc.tokens[principal.name.start] as Token).start;
    const end = principal.titles[principal.titles.length - 1]?.evidence.end ?? (doc.tokens[principal.name.end - 1] as Token).end;
    principals.push({ name: principal.name.name, titles: [...principal.titles], evidence: { quote: doc.body.slice(start, end), start, end } });
  }
  return principals;
}
