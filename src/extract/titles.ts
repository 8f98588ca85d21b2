import type { BodyRef, TitleMention } from '../domain/extraction.js';
import type { Role } from '../domain/roles.js';
import { centralBody, PARTY_CENTRAL_COMMITTEE, partyCommittee } from './body-refs.js';
import { mayStartBody, readBody, readUnit } from './bodies.js';
import { areaFor, type AreaContext } from './context.js';
import type { Doc } from './doc.js';
import { evidenceOf } from './evidence.js';
import { Lexicon, phraseSet } from './lexicon.js';
import type { ContextMap } from './local-context.js';
import { CITY_LEVEL, COMMITTEE_WORDS, DISTRICT, PROVINCE_LEVEL, readLevelWord, readPlace, TOWN, URBAN_DISTRICT, type LevelWord } from './places.js';
import { CENTRAL_CITY_NAMES, readProvinceName, readProvinceNameBeforeName } from './provinces.js';
import { ministryOfArmyEnd, namedUnitExecutive, readBranch, readDelegation, readDivision, readEnterprise, readInspectorate, readMinistry, readMinistryUnit, readOffice, type PostBodyReader } from './post-bodies.js';
import { centralBodyNamed, type CentralBody } from '../domain/central-bodies.js';
import { centralBodyRef } from './central-names.js';
import { isInterimTitleAt } from './interim.js';
import { readTitleTerm } from './terms.js';
import { isCapitalizedWord, type Token } from './tokens.js';
import { isCounted } from './counts.js';
import { countedAssistants, mayStartAssistantTitle, readAssistantTitle, type InnerTitle, type Principal } from './assistant-titles.js';
import { readName, type NameOptions } from './names.js';
import { RANKS } from './ranks.js';
import { readInstitution } from './institutions.js';

/**
 * The grammar of titles: [nguyên] [Phó] role [Thường trực|TT] body [place].
 * "Phó Bí thư TT Thành ủy" = deputy + Bí thư + standing + Thành ủy (the article's city).
 */

export interface RoleForm {
  role: Role;
  deputy?: Role;
  standingDeputy?: Role;
  /** The body when the text names none ("Tổng Bí thư"); without it a title needs a body. */
  defaultBody?: () => BodyRef | null;
  /** The role's own body grammar, for titles that spell part of the body ("Chánh Văn phòng Tỉnh ủy"). */
  body?: PostBodyReader;
  /** The role with "Thường trực" after it and no "Phó" before: "Thứ trưởng Thường trực". */
  standing?: Role;
  /** The role with "quyền" before it: "quyền Chủ tịch" acts in the post, a post of its own. */
  acting?: Role;
  /**
   * A title even when `body` reads nothing after it: "Thứ trưởng" alone is of the ministry the
   * article named last (MINISTRY), "Vụ trưởng" alone of no body the text gives (NONE).
   */
  alone?: 'MINISTRY' | 'NONE' | 'NEXT_OFFICE';
  /** The deputy with "chuyên trách" / "không chuyên trách" after it: a Front's full- and part-time vice chairs. */
  fullTimeDeputy?: Role;
  partTimeDeputy?: Role;
  /** Only a title with "Phó" before it: "Phó ban" is a deputy head, "Ban" alone no title. */
  deputyOnly?: boolean;
}

const GOVERNMENT = (): BodyRef => centralBody('GOVERNMENT', 'Chính phủ', 'Government');
const CENTRAL_SECRETARIAT = (): BodyRef => centralBody('PARTY_STANDING_COMMITTEE', 'Ban Bí thư Trung ương Đảng', 'Party Central Secretariat');
const NATIONAL_ASSEMBLY = (): BodyRef => centralBody('NATIONAL_ASSEMBLY', 'Quốc hội', 'National Assembly');
const central = (vi: string) => (): BodyRef => centralBodyRef(centralBodyNamed(vi) as CentralBody);

const HEAD: RoleForm = { role: 'HEAD', deputy: 'DEPUTY_HEAD', standingDeputy: 'STANDING_DEPUTY_HEAD' };

const ROLE_HEADS = new Lexicon<RoleForm>([
  ['bí thư', { role: 'SECRETARY', deputy: 'DEPUTY_SECRETARY', standingDeputy: 'STANDING_DEPUTY_SECRETARY', fullTimeDeputy: 'FULL_TIME_DEPUTY_SECRETARY' }],
  ['tổng bí thư', { role: 'GENERAL_SECRETARY', defaultBody: PARTY_CENTRAL_COMMITTEE }],
  ['chủ tịch', {
    role: 'CHAIR', deputy: 'VICE_CHAIR', standingDeputy: 'STANDING_VICE_CHAIR', acting: 'ACTING_CHAIR',
    fullTimeDeputy: 'FULL_TIME_VICE_CHAIR', partTimeDeputy: 'PART_TIME_VICE_CHAIR',
  }],
  ['chủ tịch nước', { role: 'PRESIDENT', deputy: 'VICE_PRESIDENT', defaultBody: central('Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam') }],
  ['ủy viên', { role: 'MEMBER' }],
  ['ủy viên dự khuyết', { role: 'ALTERNATE_MEMBER' }],
  // "UVTW Đảng", "UVT.Ư": a member of the Central Committee, abbreviated in one word.
  ...['uvtw', 'uvt . ư', 'uvtw đảng', 'uvt . ư đảng'].map((head) => [head, { role: 'MEMBER', defaultBody: PARTY_CENTRAL_COMMITTEE }] as const),
  // "Trưởng Ban Tổ chức" (the body is "Ban Tổ chức") and "Phó Trưởng ban Thường trực Ban Tổ
  // chức" (the standing deputy): the longer head is tried first, the shorter when it fails.
  ['trưởng', HEAD],
  ['trưởng ban', HEAD],
  // "8 Phó ban", "Phó Ban Tuyên giáo Tỉnh ủy": the deputy head, with "Trưởng" left out.
  ['ban', { ...HEAD, role: 'DEPUTY_HEAD', deputyOnly: true }],
  ['trưởng đoàn', { role: 'HEAD_OF_DELEGATION', deputy: 'DEPUTY_HEAD_OF_DELEGATION', body: readDelegation }],
  ['trưởng phòng', { role: 'HEAD_OF_DIVISION', deputy: 'DEPUTY_HEAD_OF_DIVISION', body: readDivision }],
  ['chánh văn phòng', { role: 'CHIEF_OF_OFFICE', deputy: 'DEPUTY_CHIEF_OF_OFFICE', body: readOffice }],
  ['chủ nhiệm', { role: 'CHAIRMAN_OF_COMMISSION', deputy: 'VICE_CHAIRMAN_OF_COMMISSION', standingDeputy: 'STANDING_VICE_CHAIRMAN_OF_COMMISSION' }],
  ['giám đốc', { role: 'DIRECTOR', deputy: 'DEPUTY_DIRECTOR', acting: 'ACTING_DIRECTOR' }],
  ['bộ trưởng', { role: 'MINISTER', acting: 'ACTING_MINISTER', body: readMinistry, alone: 'MINISTRY' }],
  ['thứ trưởng', { role: 'DEPUTY_MINISTER', standing: 'STANDING_DEPUTY_MINISTER', body: readMinistry, alone: 'MINISTRY' }],
  ['thủ tướng', { role: 'PRIME_MINISTER', deputy: 'DEPUTY_PRIME_MINISTER', standingDeputy: 'STANDING_DEPUTY_PRIME_MINISTER', defaultBody: GOVERNMENT }],
  ['chỉ huy trưởng', { role: 'COMMANDER' }],
  ['đại biểu', { role: 'DELEGATE' }],
  ['đại biểu quốc hội', { role: 'NATIONAL_ASSEMBLY_DEPUTY', defaultBody: NATIONAL_ASSEMBLY }],
  ['thường trực ban bí thư', { role: 'SECRETARIAT_STANDING_MEMBER', defaultBody: CENTRAL_SECRETARIAT }],
  ['tổng thư ký', { role: 'SECRETARY_GENERAL', alone: 'NEXT_OFFICE' }],
  ['tư lệnh', { role: 'MILITARY_COMMANDER', deputy: 'DEPUTY_MILITARY_COMMANDER' }],
  ['chính ủy', { role: 'POLITICAL_COMMISSAR', deputy: 'DEPUTY_POLITICAL_COMMISSAR' }],
  ['tham mưu trưởng', { role: 'CHIEF_OF_STAFF' }],
  ['tổng tham mưu trưởng', { role: 'CHIEF_OF_GENERAL_STAFF', deputy: 'DEPUTY_CHIEF_OF_GENERAL_STAFF', defaultBody: central('Quân đội nhân dân Việt Nam') }],
  ['vụ trưởng', { role: 'DEPARTMENT_DIRECTOR', deputy: 'DEPUTY_DEPARTMENT_DIRECTOR', body: readMinistryUnit('Vụ', 'Department'), alone: 'NONE' }],
  ['cục trưởng', { role: 'AGENCY_DIRECTOR', deputy: 'DEPUTY_AGENCY_DIRECTOR', body: readMinistryUnit('Cục', 'Agency'), alone: 'NONE' }],
  ['chi cục trưởng', { role: 'BRANCH_DIRECTOR', deputy: 'DEPUTY_BRANCH_DIRECTOR', body: readBranch, alone: 'NONE' }],
  ['tổng cục trưởng', { role: 'DIRECTORATE_HEAD', deputy: 'DEPUTY_DIRECTORATE_HEAD', body: readMinistryUnit('Tổng cục', 'Directorate'), alone: 'NONE' }],
  ['hiệu trưởng', { role: 'RECTOR', deputy: 'VICE_RECTOR' }],
  ['chánh án', { role: 'CHIEF_JUSTICE', deputy: 'DEPUTY_CHIEF_JUSTICE' }],
  ['viện trưởng', { role: 'PROCURATOR_GENERAL', deputy: 'DEPUTY_PROCURATOR_GENERAL' }],
  ['tổng kiểm toán nhà nước', { role: 'AUDITOR_GENERAL', deputy: 'DEPUTY_AUDITOR_GENERAL', defaultBody: central('Kiểm toán Nhà nước') }],
  ['thống đốc', { role: 'GOVERNOR', deputy: 'DEPUTY_GOVERNOR' }],
  ['chánh thanh tra', { role: 'CHIEF_INSPECTOR', deputy: 'DEPUTY_CHIEF_INSPECTOR', body: readInspectorate }],
  // "Tổng Thanh tra Chính phủ", "Phó Tổng Thanh tra": the Government Inspectorate's head, "Chính phủ" often left out.
  ['tổng thanh tra chính phủ', { role: 'INSPECTOR_GENERAL', deputy: 'DEPUTY_INSPECTOR_GENERAL', defaultBody: central('Thanh tra Chính phủ') }],
  ['tổng thanh tra', { role: 'INSPECTOR_GENERAL', deputy: 'DEPUTY_INSPECTOR_GENERAL', defaultBody: central('Thanh tra Chính phủ') }],
  ['tổng biên tập', { role: 'EDITOR_IN_CHIEF', deputy: 'DEPUTY_EDITOR_IN_CHIEF' }],
  ['chủ nhiệm chính trị', { role: 'HEAD_OF_POLITICS', deputy: 'DEPUTY_HEAD_OF_POLITICS' }],
  ['chủ nhiệm hậu cần', { role: 'HEAD_OF_LOGISTICS', deputy: 'DEPUTY_HEAD_OF_LOGISTICS' }],
  ['chủ nhiệm kỹ thuật', { role: 'HEAD_OF_TECHNICAL', deputy: 'DEPUTY_HEAD_OF_TECHNICAL' }],
  ['chủ nhiệm hậu cần - kỹ thuật', { role: 'HEAD_OF_LOGISTICS_AND_TECHNICAL', deputy: 'DEPUTY_HEAD_OF_LOGISTICS_AND_TECHNICAL' }],
  ['chủ tịch hội đồng thành viên', { role: 'MEMBERS_COUNCIL_CHAIR', body: readEnterprise }],
  ['chủ tịch hđtv', { role: 'MEMBERS_COUNCIL_CHAIR', body: readEnterprise }],
  ['chủ tịch hội đồng quản trị', { role: 'BOARD_CHAIR', body: readEnterprise }],
  ['chủ tịch hđqt', { role: 'BOARD_CHAIR', body: readEnterprise }],
  ['tổng giám đốc', { role: 'GENERAL_DIRECTOR', deputy: 'DEPUTY_GENERAL_DIRECTOR', body: readEnterprise }],
]);
// "thường thực": a common typo.
// "Phó Chủ tịch chuyên trách" (true) / "không chuyên trách" (false).
const FULL_OR_PART_TIME = new Lexicon<boolean>([['chuyên trách', true], ['không chuyên trách', false]]);
const STANDING = phraseSet(['thường trực', 'thường thực']);

/** A title found in the text, with the tokens it spans. */
export interface TitleSpan {
  mention: TitleMention;
  start: number;
  /** Exclusive token index. */
  end: number;
  /** An assistant's title names the leader assisted: "Trợ lý đồng chí A, Thủ tướng Chính phủ". */
  principal?: Principal;
}

interface ParsedTitle {
  role: Role;
  body: BodyRef | null;
  former: boolean;
  end: number;
}

/** Every title in the article, left to right, never overlapping. */
export function findTitles(doc: Doc, contexts: ContextMap): TitleSpan[] {
  const titles: TitleSpan[] = [];
  // "Ủy ban Kiểm tra Thành ủy được bầu …, ông A được bầu làm Chủ nhiệm Ủy ban Kiểm tra": the
  // commission named last stands for the same words without their committee.
  const named = new Map<string, BodyRef>();
  for (let i = 0; i < doc.tokens.length; i++) {
    if (!mayStartTitle(doc.tokens, i)) continue;
    const context = contexts.at(i);
    const assistant = mayStartAssistantTitle(doc.tokens, i) ? (assistantTitle(doc, i, context, named) ?? countedAssistants(doc, i, titles)) : null;
    if (assistant !== null) {
      titles.push(assistant);
      i = assistant.end - 1;
      continue;
    }
    const parsed = parseTitle(doc.tokens, i, context, named);
    if (parsed === null) {
      const seen = readBody(doc.tokens, i, context);
      if (seen?.body != null && seen.head !== undefined) named.set(seen.head, seen.body);
      if (seen?.body?.kind === 'MINISTRY') named.set(LAST_MINISTRY, seen.body);
      const elliptic = ellipticTitle(doc, i, context) ?? countedTitle(doc, i, context, titles);
      if (elliptic !== null) titles.push(elliptic);
      if (elliptic !== null) i = elliptic.end - 1;
      continue;
    }
    if (isInterimTitleAt(doc.tokens, i)) {
      i = parsed.end - 1;
      continue;
    }
    // "nguyên" marks the status, not the title: the title as written starts at the role.
    const start = (doc.tokens[parsed.former ? i + 1 : i] as Token).start;
    const end = (doc.tokens[parsed.end - 1] as Token).end;
    const evidence = evidenceOf(doc.body, start, end);
    // "… Tỉnh ủy Hà Tĩnh khóa XVIII": the term belongs to the title's span (so that a chain of
    // titles goes on after it and its numeral is never read as a name), not to its words.
    const term = parsed.body === null ? null : readTitleTerm(doc.tokens, parsed.end);
    titles.push({
      mention: { asWritten: evidence.quote, role: parsed.role, body: parsed.body, status: parsed.former ? 'FORMER' : 'CURRENT', term: term?.term ?? null, evidence },
      start: i,
      end: term?.end ?? parsed.end,
    });
    i = (term?.end ?? parsed.end) - 1;
  }
  joinConcurrentTitles(doc, titles);
  committeeOfNextTitle(doc, titles);
  return titles;
}

const PARTY_COMMITTEE_WORDS: readonly (readonly [string, LevelWord])[] = [
  ['Tỉnh ủy', PROVINCE_LEVEL], ['Thành ủy', CITY_LEVEL], ['Huyện ủy', DISTRICT], ['Quận ủy', URBAN_DISTRICT], ['Thị ủy', TOWN],
];

/**
 * "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban
 * Kiểm tra Thành ủy Hạ Long": a standing committee seat named without its committee is of the
 * Party committee the next title of the chain names.
 */
function committeeOfNextTitle(doc: Doc, titles: TitleSpan[]): void {
  for (let k = 0; k + 1 < titles.length; k++) {
    const seat = titles[k] as TitleSpan;
    const next = titles[k + 1] as TitleSpan;
    if (seat.mention.role !== 'STANDING_COMMITTEE_MEMBER' || seat.mention.body !== null) continue;
    if (doc.tokens[seat.end]?.text !== ',' || next.start !== seat.end + 1 || next.mention.body?.area == null) continue;
    const name = next.mention.body.name;
    const word = PARTY_COMMITTEE_WORDS.find(([committee]) => name.includes(`${committee} `) || name.endsWith(committee))?.[1];
    if (word === undefined) continue;
    seat.mention = { ...seat.mention, body: partyCommittee({ word, area: next.mention.body.area }) };
  }
}

/**
 * "Bí thư Đảng ủy kiêm Chủ tịch HĐND phường" is one title as written, with two posts (corpus
 * Convention 2): both titles keep their own role and body and take the joint words.
 */
function joinConcurrentTitles(doc: Doc, titles: TitleSpan[]): void {
  for (let k = 0; k + 1 < titles.length; k++) {
    const first = titles[k] as TitleSpan;
    const second = titles[k + 1] as TitleSpan;
    if (doc.tokens[first.end]?.lower !== 'kiêm' || second.start !== first.end + 1) continue;
    const evidence = evidenceOf(doc.body, first.mention.evidence.start, second.mention.evidence.end);
    first.mention = { ...first.mention, asWritten: evidence.quote, evidence };
    second.mention = { ...second.mention, asWritten: evidence.quote, evidence };
  }
}

/**
 * Whether a title, or a body the titles after it may refer to, may start at token `index`: most
 * words start neither, and are passed over without reading any grammar.
 */
function mayStartTitle(tokens: readonly Token[], index: number): boolean {
  const lower = tokens[index]?.lower;
  return lower === 'nguyên' || lower === 'phó' || lower === 'quyền' || ROLE_HEADS.startsAt(tokens, index) || mayStartBody(tokens, index) || mayStartAssistantTitle(tokens, index);
}

/** "Trợ lý đồng chí A, <title>, <title>" at token `index`: one title, its principal's titles inside. */
function assistantTitle(doc: Doc, index: number, context: AreaContext, named: Map<string, BodyRef>): TitleSpan | null {
  const inner = (at: number): InnerTitle | null => {
    const parsed = parseTitle(doc.tokens, at, context, named);
    if (parsed === null) return null;
    const evidence = evidenceOf(doc.body, (doc.tokens[parsed.former ? at + 1 : at] as Token).start, (doc.tokens[parsed.end - 1] as Token).end);
    const term = parsed.body === null ? null : readTitleTerm(doc.tokens, parsed.end);
    const mention: TitleMention = { asWritten: evidence.quote, role: parsed.role, body: parsed.body, status: parsed.former ? 'FORMER' : 'CURRENT', term: term?.term ?? null, evidence };
    return { mention, wordsEnd: parsed.end, end: term?.end ?? parsed.end };
  };
  const read = readAssistantTitle(doc.tokens, index, inner);
  if (read === null) return null;
  const evidence = evidenceOf(doc.body, (doc.tokens[index] as Token).start, (doc.tokens[read.wordsEnd - 1] as Token).end);
  const mention: TitleMention = { asWritten: evidence.quote, role: read.role, body: read.body, status: 'CURRENT', term: null, evidence };
  return { mention, start: index, end: read.end, ...(read.principal === null ? {} : { principal: read.principal }) };
}

/** "Tỉnh ủy viên", "Thành ủy viên [Hạ Long]": a member of that Party committee. */
function committeeMember(tokens: readonly Token[], index: number, context: AreaContext): Omit<ParsedTitle, 'former'> | null {
  const word = COMMITTEE_WORDS.match(tokens, index);
  if (word === null || tokens[word.end]?.lower !== 'viên') return null;
  const place = readPlace(tokens, word.end + 1, context.known, true, word.value);
  const body = partyCommittee({ word: word.value, area: areaFor(context, word.value, place?.name ?? null) });
  return { role: 'MEMBER', body, end: place?.end ?? word.end + 1 };
}

export interface BareRole {
  role: Role;
  form: RoleForm;
  former: boolean;
  end: number;
}

/** "[nguyên] [Phó] role [Thường trực]" at token `index`, without its body: the longest reading. */
export function readRole(tokens: readonly Token[], index: number): BareRole | null {
  return readRoles(tokens, index)[0] ?? null;
}

const NO_ROLES: readonly BareRole[] = [];

/** Every reading of "[nguyên] [Phó] role [Thường trực]" at token `index`, longest first. */
function readRoles(tokens: readonly Token[], index: number): readonly BareRole[] {
  let position = index;
  const former = tokens[position]?.lower === 'nguyên';
  if (former) position++;
  const acting = tokens[position]?.lower === 'quyền';
  if (acting) position++;
  const deputy = tokens[position]?.lower === 'phó';
  if (deputy) position++;
  if (tokens[position]?.lower === 'trưởng' && tokens[position - 1]?.lower === 'tăng') return NO_ROLES;
  // "chức vụ Trưởng ban …": "vụ" ends "chức vụ" (a post), it starts no "Vụ trưởng".
  if (tokens[position]?.lower === 'vụ' && tokens[position - 1]?.lower === 'chức') return NO_ROLES;
  const heads = ROLE_HEADS.matchAll(tokens, position);
  if (heads.length === 0) return NO_ROLES;
  const roles: BareRole[] = [];
  for (const head of heads) {
    const form = head.value;
    if ((deputy && form.deputy === undefined) || (!deputy && form.deputyOnly === true)) continue;
    // "quyền" is a title only where acting in the post is a post of its own ("quyền Chủ tịch").
    if (acting && (deputy || form.acting === undefined)) continue;
    const standingRole = deputy ? form.standingDeputy : form.standing;
    const standing = standingRole !== undefined ? readStanding(tokens, head.end) : null;
    const plain = acting ? form.acting : deputy ? form.deputy : form.role;
    const duty = deputy && standing === null && form.fullTimeDeputy !== undefined ? FULL_OR_PART_TIME.match(tokens, head.end) : null;
    const dutyRole = duty === null ? undefined : duty.value ? form.fullTimeDeputy : form.partTimeDeputy;
    const role = (standing !== null ? standingRole : dutyRole ?? plain) ?? form.role;
    roles.push({ role, form, former, end: standing?.end ?? duty?.end ?? head.end });
  }
  return roles;
}

/** "Thường trực" after a deputy role, also with the role's last word doubled: "Phó Trưởng ban Ban Thường trực". */
function readStanding(tokens: readonly Token[], index: number): { end: number } | null {
  const doubled = tokens[index]?.lower === tokens[index - 1]?.lower && tokens[index]?.kind === 'word';
  return STANDING.match(tokens, index) ?? (doubled ? STANDING.match(tokens, index + 1) : null);
}

/** The title that starts at token `index`, or null. */
function parseTitle(tokens: readonly Token[], index: number, context: AreaContext, named: Map<string, BodyRef> = new Map()): ParsedTitle | null {
  const former = tokens[index]?.lower === 'nguyên';
  const member = tokens[index + (former ? 1 : 0)]?.lower === 'phó' ? null : committeeMember(tokens, index + (former ? 1 : 0), context);
  if (member !== null) return { ...member, former };
  for (const bare of readRoles(tokens, index)) {
    const title = bare.form.body === undefined ? withBody(tokens, bare, context, named) : withOwnBody(tokens, bare, bare.form.body, context, named);
    if (title !== null) return title;
  }
  return null;
}

function withOwnBody(tokens: readonly Token[], bare: BareRole, reader: PostBodyReader, context: AreaContext, named: Map<string, BodyRef>): ParsedTitle | null {
  const post = reader(tokens, bare.end, context);
  if (post !== null) {
    if (post.body.kind === 'MINISTRY') named.set(LAST_MINISTRY, post.body);
    return { role: bare.role, body: post.body, former: bare.former, end: post.end };
  }
  const { alone } = bare.form;
  // "trở thành Thứ trưởng thứ 5 của bộ": a rank in a count, no title.
  if (alone === undefined || isOrdinalAt(tokens, bare.end)) return null;
  return { role: bare.role, body: alone === 'MINISTRY' ? (named.get(LAST_MINISTRY) ?? null) : null, former: bare.former, end: bare.end };
}

const ORDINAL_WORDS = new Set(['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười']);

/** "thứ 5", "thứ hai" at token `index`. */
function isOrdinalAt(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return tokens[index]?.lower === 'thứ' && next !== undefined && (next.kind === 'number' || ORDINAL_WORDS.has(next.lower));
}

const MAX_OFFICE_ROLE = 4;

/**
 * "Tổng Thư ký, Chủ nhiệm Văn phòng Quốc hội", "Tổng Thư ký kiêm Chủ nhiệm …": a Secretary General named alone is of the body
 * whose office the next title heads; null when no such title follows.
 */
function bodyOfNextOffice(tokens: readonly Token[], position: number, context: AreaContext): BodyRef | null {
  if (tokens[position]?.text !== ',' && tokens[position]?.text !== '-' && tokens[position]?.lower !== 'kiêm') return null;
  for (let k = position + 1; k <= position + MAX_OFFICE_ROLE; k++) {
    if (tokens[k]?.lower !== 'văn' || tokens[k + 1]?.lower !== 'phòng') continue;
    const office = readBody(tokens, k, context)?.body;
    const owner = office?.name.startsWith('Văn phòng ') === true ? centralBodyNamed(office.name.slice('Văn phòng '.length)) : undefined;
    return owner === undefined ? null : centralBodyRef(owner);
  }
  return null;
}

// The key of the ministry named last in `findTitles`' map of bodies named so far.
const LAST_MINISTRY = 'Bộ';

/** The role `bare` with the body after it (or its default body). */
function withBody(tokens: readonly Token[], bare: BareRole, context: AreaContext, named: Map<string, BodyRef>): ParsedTitle | null {
  const { role, form, former, end: position } = bare;
  // "Phó Chủ tịch Thường trực phụ trách UBND tỉnh": the body after "phụ trách" is the post's.
  const inCharge = tokens[position]?.lower === 'phụ' && tokens[position + 1]?.lower === 'trách' ? readBody(tokens, position + 2, context) : null;
  // "Trưởng ban Dân nguyện": the role's last word starts the body's name ("Ban Dân nguyện").
  const shared = tokens[position - 1]?.lower === 'ban' && !mayStartBody(tokens, position) ? readBody(tokens, position - 1, context) : null;
  const body = inCharge?.body != null ? inCharge : shared?.body != null ? shared : readBody(tokens, position, context);
  if (body === null) {
    const institution = readInstitution(tokens, position, context);
    if (institution !== null) return { role, body: schoolOf(form.role, institution.body), former, end: institution.end };
    const committee = form.role === 'SECRETARY' ? namedUnitCommittee(tokens, position, context) : null;
    if (committee !== null) return { role, body: committee.body, former, end: committee.end };
    const executive = form.role === 'CHAIR' && role !== 'ACTING_CHAIR' ? namedUnitExecutive(tokens, position, context, (at) => readName(tokens, at, NAME_AFTER) !== null) : null;
    if (executive !== null) return { role, body: executive.body, former, end: executive.end };
    if (form.alone === 'NEXT_OFFICE') return { role, body: bodyOfNextOffice(tokens, position, context), former, end: position };
    // "Giám đốc Công ty Xi măng Hải Phòng": the director of a state enterprise.
    const enterprise = form.role === 'DIRECTOR' && role !== 'ACTING_DIRECTOR' ? readEnterprise(tokens, position, context) : null;
    if (enterprise !== null) return { role, body: enterprise.body, former, end: enterprise.end };
    return form.defaultBody === undefined ? null : { role, body: form.defaultBody(), former, end: position };
  }
  if (role === 'MEMBER' && body.kind === 'PARTY_STANDING_COMMITTEE' && (body.committee !== null || body.body === null)) {
    return { role: 'STANDING_COMMITTEE_MEMBER', body: body.committee, former, end: body.end };
  }
  // "đại biểu HĐND tỉnh": a seat in the council.
  if (role === 'DELEGATE' && body.body?.kind === 'PEOPLES_COUNCIL') return { role: 'COUNCIL_DELEGATE', body: body.body, former, end: body.end };
  // "Trưởng Công an quận 8": the head of a police force is its own role.
  if ((role === 'HEAD' || role === 'DEPUTY_HEAD') && body.body?.name.startsWith('Công an ') === true) {
    return { role: role === 'HEAD' ? 'POLICE_CHIEF' : 'DEPUTY_POLICE_CHIEF', body: body.body, former, end: body.end };
  }
  // "Bí thư Trung ương Đảng": a member of the Central Secretariat, not a secretary of the Committee.
  if (role === 'SECRETARY' && body.body?.kind === 'PARTY_CENTRAL_COMMITTEE') return { role: 'SECRETARIAT_MEMBER', body: CENTRAL_SECRETARIAT(), former, end: body.end };
  if (body.head !== undefined && body.body !== null) named.set(body.head, body.body);
  return { role, body: body.body ?? (body.head === undefined ? null : (named.get(body.head) ?? null)), former, end: ministryOfArmyEnd(tokens, body, context) };
}

/** "Hiệu trưởng Đại học Công nghệ thông tin": a rector heads the school, "Trường Đại học …". */
function schoolOf(role: Role, body: BodyRef): BodyRef {
  return role === 'RECTOR' && body.name.startsWith('Đại học ') ? { ...body, name: `Trường ${body.name}` } : body;
}

/**
 * "[Bí thư] quận 1", "[Phó Bí thư] tỉnh Nghệ An": a named unit's Party committee; "[Bí thư]
 * Quảng Trị", "[cựu Bí thư] Thanh Hóa Trịnh Văn Chiến": a province's, named alone.
 */
function namedUnitCommittee(tokens: readonly Token[], index: number, context: AreaContext): { body: BodyRef; end: number } | null {
  const province = readProvinceName(tokens, index) ?? readProvinceNameBeforeName(tokens, index, (at) => readName(tokens, at, NAME_AFTER) !== null);
  if (province !== null) {
    const word = CENTRAL_CITY_NAMES.has(province.name) ? CITY_LEVEL : PROVINCE_LEVEL;
    return { body: partyCommittee({ word, area: areaFor(context, word, province.name) }), end: province.end };
  }
  const unit = readUnit(tokens, index, context);
  const word = readLevelWord(tokens, index);
  if (unit === null || word === null || unit.unit.area === null || unit.end <= word.end) return null;
  return { body: partyCommittee(unit.unit), end: unit.end };
}

/**
 * A role whose body is the next title's: "Ủy viên, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy" (a member
 * of that commission; written as one title), "Phó Chủ tịch rồi Chủ tịch UBND tỉnh", "Phó Bí
 * thư, Bí thư Đoàn Thanh niên …" (the deputy of the same body), "Phó Chủ tịch, Tổng Thư ký Ủy ban
 * Trung ương MTTQ Việt Nam" (a vice chair who is its secretary general). The span is the role alone, so the next title is read on its own too.
 */
function ellipticTitle(doc: Doc, index: number, context: AreaContext): TitleSpan | null {
  const bare = readRole(doc.tokens, index);
  if (bare === null || bare.form.defaultBody !== undefined) return null;
  const joiner = doc.tokens[bare.end]?.lower ?? '';
  if (!ELLIPSIS_JOINERS.has(joiner)) return null;
  const next = parseTitle(doc.tokens, bare.end + 1, context);
  if (next === null || next.body === null) return null;
  const family = [bare.form.role, bare.form.deputy, bare.form.standingDeputy];
  // "Phó Bí thư, Bí thư Đoàn Thanh niên …": a deputy, then the head, of the same body.
  const promoted = joiner === ',' && bare.role !== bare.form.role && next.role === bare.form.role;
  const member = joiner === ',' && bare.role === 'MEMBER';
  // "Phó Chủ tịch, Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam": the vice chair who is the body's secretary general.
  const secretaryGeneral = joiner === ',' && bare.form.role === 'CHAIR' && next.role === 'SECRETARY_GENERAL';
  if (joiner === ',' ? !member && !promoted && !secretaryGeneral : !family.includes(next.role)) return null;
  const start = (doc.tokens[bare.former ? index + 1 : index] as Token).start;
  const last = doc.tokens[(member ? next.end : bare.end) - 1] as Token;
  const evidence = evidenceOf(doc.body, start, last.end);
  const mention: TitleMention = { asWritten: evidence.quote, role: bare.role, body: next.body, status: bare.former ? 'FORMER' : 'CURRENT', term: null, evidence };
  return { mention, start: index, end: bare.end };
}
const ELLIPSIS_JOINERS = new Set([',', 'rồi', 'và']);

// "Phó Chủ tịch chuyên trách", "… không chuyên trách": written with the role.
const QUALIFIERS = phraseSet(['chuyên trách', 'không chuyên trách']);
const NAME_AFTER: NameOptions = { familyNameOptional: false, stopsAt: () => false };

/**
 * A role written without its body where it stands for the body the text is about: counted
 * ("Thành ủy hiện có 4 phó bí thư, gồm …", "Đội ngũ Thứ trưởng gồm …"), right before a name
 * ("UBND thành phố hiện có Chủ tịch Lê Văn A") or alone in brackets ("A (Phó Trưởng ban Thường trực)"). The body is the last one named before it in the
 * sentence, else in the sentence before (same line); with none, there is no title.
 */
function countedTitle(doc: Doc, index: number, context: AreaContext, before: readonly TitleSpan[]): TitleSpan | null {
  const aside = doc.tokens[index - 1]?.text === '(';
  const counted = !aside && isCounted(doc.tokens, index);
  if (!aside && !counted && !startsName(doc.tokens, index)) return null;
  const bare = readRole(doc.tokens, index);
  if (bare === null || bare.former || bare.form.defaultBody !== undefined || readBody(doc.tokens, bare.end, context) !== null) return null;
  const end = QUALIFIERS.match(doc.tokens, bare.end)?.end ?? bare.end;
  // "… gồm các ông: A (Phó Trưởng ban Thường trực), B": a role alone in an aside.
  if (aside && doc.tokens[end]?.text !== ')') return null;
  // "hai Thứ trưởng Nội vụ": the role names a body the grammar does not read; it is not bare.
  if (isCapitalizedWord(doc.tokens[end]) && readName(doc.tokens, end, NAME_AFTER) === null) return null;
  const body = bodyBefore(doc, index, context) ?? (counted ? lastBodyOfForm(before, bare.form) : null);
  if (body === null) return null;
  const evidence = evidenceOf(doc.body, (doc.tokens[index] as Token).start, (doc.tokens[end - 1] as Token).end);
  return { mention: { asWritten: evidence.quote, role: bare.role, body, status: 'CURRENT', term: null, evidence }, start: index, end };
}

const MAX_FORM_LOOKBACK = 60;

/**
 * "Ủy ban Trung ương MTTQ … có năm Phó Chủ tịch chuyên trách … Sáu Phó Chủ tịch không chuyên
 * trách của khóa IX là: …": a counted role with no body near is of the body the last title of
 * the same role (its chair, deputies or acting holder) named.
 */
function lastBodyOfForm(before: readonly TitleSpan[], form: RoleForm): BodyRef | null {
  const family = new Set([form.role, form.deputy, form.standingDeputy, form.acting, form.fullTimeDeputy, form.partTimeDeputy, form.standing]);
  for (let k = before.length - 1; k >= Math.max(0, before.length - MAX_FORM_LOOKBACK); k--) {
    const mention = (before[k] as TitleSpan).mention;
    if (mention.body !== null && family.has(mention.role)) return mention.body;
  }
  return null;
}

/** Whether a role at `index` runs into a full name: "Chủ tịch Lê Văn A", "Chủ nhiệm là Thượng tướng Lê Văn A". */
function startsName(tokens: readonly Token[], index: number): boolean {
  const bare = readRole(tokens, index);
  if (bare === null) return false;
  // "Tổng cục hiện có Chủ nhiệm là Thượng tướng A": the holder named after "là".
  const named = tokens[bare.end]?.lower === 'là' ? (RANKS.match(tokens, bare.end + 1)?.end ?? bare.end + 1) : bare.end;
  return readName(tokens, named, NAME_AFTER) !== null;
}

/**
 * The last body named before token `index` in its sentence, else in the sentence before on the
 * same line; the whole name when a longer one ends there ("Ban Tổ chức Trung ương", not "Trung ương").
 */
function bodyBefore(doc: Doc, index: number, context: AreaContext): BodyRef | null {
  const sentenceIndex = doc.sentenceOf[index] ?? -1;
  const sentence = doc.sentences[sentenceIndex];
  const previous = doc.sentences[sentenceIndex - 1];
  if (sentence === undefined) return null;
  const floor = previous !== undefined && previous.paragraph === sentence.paragraph ? previous.tokenStart : sentence.tokenStart;
  for (let k = index - 1; k >= Math.max(floor, index - MAX_BODY_LOOKBACK); k--) {
    const found = readBody(doc.tokens, k, context);
    if (found?.body == null) continue;
    let best = found.body;
    for (let j = k - 1; j >= Math.max(floor, k - MAX_BODY_WORDS); j--) {
      const longer = readBody(doc.tokens, j, context);
      if (longer?.body != null && longer.end >= found.end) best = longer.body;
    }
    return best;
  }
  return null;
}
const MAX_BODY_LOOKBACK = 40;
const MAX_BODY_WORDS = 6;
