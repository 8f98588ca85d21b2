import type { BodyRef } from '../domain/extraction.js';
import type { OrganizationKind } from '../domain/organization.js';
import { centralBody, committeeBody, PARTY_CENTRAL_COMMITTEE, partyCommittee, unitBody, unitName, type Unit } from './body-refs.js';
import { areaFor, communeOfArticle, provinceUnit, type AreaContext } from './context.js';
import { Lexicon } from './lexicon.js';
import { COUNCIL_COMMITTEES, DEPARTMENTS, PARTY_COMMISSIONS } from './body-names.js';
import { centralBodyPhrases, centralBodyRef, phrasesOf } from './central-names.js';
import { CENTRAL_BODIES, NUMBERED_MILITARY_UNITS } from '../domain/central-bodies.js';
import { CENTRAL_CITY_NAMES, readProvinceName } from './provinces.js';
import { CITY_LEVEL, COMMITTEE_WORDS, PROVINCE_LEVEL, readLevelWord, readPlace, type LevelWord } from './places.js';
import type { Token } from './tokens.js';
import { mayStartYouthUnion, readYouthUnion } from './youth-unions.js';
import { mayStartManagementBoard, readManagementBoard } from './management-boards.js';

/**
 * The grammar of body names: a central body ("TW Đảng", "Quốc hội"), a Party committee
 * ("Tỉnh ủy [place]"), a body of a committee ("Ban Thường vụ" + committee) or a body of a unit
 * ("HĐND" + "tỉnh|thành phố|…" + [place]). A unit without a place is the article's own.
 */

export interface BodyMatch {
  /** Null when the text names the kind of body but not its unit ("Chủ tịch HĐND"). */
  body: BodyRef | null;
  /** The body as the text names it, spelled out: "Ban Chấp hành Đảng bộ thành phố Hạ Long". */
  spelled: string;
  /** The kind the text names, known even when `body` is not. */
  kind: OrganizationKind;
  /** The Party committee a committee's body belongs to: "Ban Thường vụ Tỉnh ủy" → "Tỉnh ủy". */
  committee: BodyRef | null;
  /** A committee's body by its head ("Ủy ban Kiểm tra"), named in full or not. */
  head?: string;
  end: number;
}

type Form =
  | { shape: 'fixed'; body: () => BodyRef }
  | { shape: 'committee'; kind: OrganizationKind; head: string; headEn: string; committeeRequired?: boolean }
  | { shape: 'unit'; kind: OrganizationKind; head: string; headEn: string; unitRequired: boolean; implied?: LevelWord; placeAsWritten?: true }
  | { shape: 'council'; head: string; headEn: string }
  | { shape: 'executive' }
  | { shape: 'partyCommittee' }
  /** "Quân khu 7": a unit of the army named by its number. */
  | { shape: 'numbered'; head: string; headEn: string }
  /** "Ban cán sự đảng Bộ Nội vụ", "Đảng đoàn Quốc hội": the Party group inside another body. */
  | { shape: 'partyOf'; head: string; headEn: string; kind?: OrganizationKind };

const fixed = (body: () => BodyRef): Form => ({ shape: 'fixed', body });
const ofCommittee = (kind: OrganizationKind, head: string, headEn: string): Form => ({ shape: 'committee', kind, head, headEn });
const ofUnit = (kind: OrganizationKind, head: string, headEn: string, unitRequired = true): Form => ({ shape: 'unit', kind, head, headEn, unitRequired });
const FATHERLAND_FRONT = ofUnit('FATHERLAND_FRONT', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Vietnam Fatherland Front Committee', false);
const MILITARY_COMMAND = (head: string): Form => ofUnit('MILITARY', head, 'Military Command');
// Only provinces have departments and Party bloc committees: "Sở Tài chính" alone is the province's.
const ofProvince = (kind: OrganizationKind, head: string, headEn: string): Form => ({ shape: 'unit', kind, head, headEn, unitRequired: false, implied: PROVINCE_LEVEL });
const AUTHORITY = (head: string, headEn: string): Form => ({ shape: 'unit', kind: 'STATE_BODY', head, headEn, unitRequired: false, implied: PROVINCE_LEVEL, placeAsWritten: true });
const lower = (names: readonly (readonly [string, string])[], form: (vi: string, en: string) => Form) =>
  names.flatMap(([vi, en]) => [vi, ...departmentVariants(vi)].flatMap(phrasesOf).map((phrase) => [phrase, form(vi, en)] as const));
// A department is spelled as its ministry is: "Sở TT&TT" as "Bộ TT&TT".
const MINISTRY_VARIANTS = new Map<string, readonly string[]>(CENTRAL_BODIES.flatMap((body) => (body.field === undefined ? [] : [[`Sở ${body.field}`, body.variants ?? []] as const])));
const departmentVariants = (vi: string): string[] => (MINISTRY_VARIANTS.get(vi) ?? []).map((variant) => `Sở ${variant.slice('Bộ '.length)}`);

// A unit's mass organizations, named like the Front ("Hội Nông dân tỉnh", "LĐLĐ huyện"); the
// national ones ("Hội Nông dân Việt Nam") are central bodies, read first as the longer phrase.
const MASS_ORGANIZATIONS: readonly (readonly [string, string, string])[] = [
  ['hội nông dân', 'Hội Nông dân', "Farmers' Union"],
  ['hội nd', 'Hội Nông dân', "Farmers' Union"],
  ['hội liên hiệp phụ nữ', 'Hội Liên hiệp Phụ nữ', "Women's Union"],
  ['hội lhpn', 'Hội Liên hiệp Phụ nữ', "Women's Union"],
  ['hội phụ nữ', 'Hội Liên hiệp Phụ nữ', "Women's Union"],
  ['liên đoàn lao động', 'Liên đoàn Lao động', 'Labour Confederation'],
  ['lđlđ', 'Liên đoàn Lao động', 'Labour Confederation'],
  ['hội cựu chiến binh', 'Hội Cựu chiến binh', "Veterans' Association"],
  ['hội ccb', 'Hội Cựu chiến binh', "Veterans' Association"],
  ['hội chữ thập đỏ', 'Hội Chữ thập đỏ', 'Red Cross Society'],
  ['hội khuyến học', 'Hội Khuyến học', 'Association for Promoting Education'],
];

const FORMS = new Lexicon<Form>([
  ...centralBodyPhrases().map(([phrase, body]) => [phrase, fixed(() => centralBodyRef(body))] as const),
  // "Ủy viên Trung ương", "Ủy viên TW": the Central Committee named by its level alone.
  ['trung ương', fixed(PARTY_CENTRAL_COMMITTEE)],
  ...NUMBERED_MILITARY_UNITS.map(([vi, en]) => [vi.toLowerCase(), { shape: 'numbered', head: vi, headEn: en }] as const),
  ['ban cán sự đảng', { shape: 'partyOf', head: 'Ban cán sự đảng', headEn: 'Party Civil Affairs Committee' }],
  ['đảng đoàn', { shape: 'partyOf', head: 'Đảng đoàn', headEn: 'Party Delegation' }],
  // "Đoàn Thanh niên Bộ Công an": the Youth Union of a body.
  ['đoàn thanh niên', { shape: 'partyOf', head: 'Đoàn Thanh niên', headEn: 'Youth Union', kind: 'MASS_ORGANIZATION' }],
  ['ban thường vụ', ofCommittee('PARTY_STANDING_COMMITTEE', 'Ban Thường vụ', 'Party Standing Committee')],
  ['ủy ban kiểm tra', ofCommittee('PARTY_INSPECTION_COMMISSION', 'Ủy ban Kiểm tra', 'Party Inspection Commission')],
  ['thường trực', { shape: 'committee', kind: 'PARTY_STANDING_COMMITTEE', head: 'Thường trực', headEn: 'Standing Board', committeeRequired: true }],
  // "Ủy viên Thường vụ Quân ủy Trung ương": "Ban" left out.
  ['thường vụ', { shape: 'committee', kind: 'PARTY_STANDING_COMMITTEE', head: 'Ban Thường vụ', headEn: 'Party Standing Committee', committeeRequired: true }],
  ...lower(PARTY_COMMISSIONS, (vi, en) => ofCommittee('PARTY_ORGANIZATION', vi, en)),
  ...lower(COUNCIL_COMMITTEES, (vi, en): Form => ({ shape: 'council', head: vi, headEn: en })),
  ...lower(DEPARTMENTS, (vi, en) => ofProvince('STATE_BODY', vi, en)),
  ['đảng ủy khối các cơ quan', ofProvince('PARTY_COMMITTEE', 'Đảng ủy Khối các cơ quan', 'Agencies Bloc Party Committee')],
  ['đảng ủy khối doanh nghiệp', ofProvince('PARTY_COMMITTEE', 'Đảng ủy Khối doanh nghiệp', 'Enterprises Bloc Party Committee')],
  ['đảng ủy khối các cơ quan và doanh nghiệp', ofProvince('PARTY_COMMITTEE', 'Đảng ủy Khối các cơ quan và doanh nghiệp', 'Agencies and Enterprises Bloc Party Committee')],
  ['ban chấp hành đảng bộ', { shape: 'executive' }],
  ['đảng ủy', { shape: 'partyCommittee' }],
  ['đảng bộ', ofUnit('PARTY_ORGANIZATION', 'Đảng bộ', 'Party Organization')],
  ['đảng bộ quân sự', ofUnit('MILITARY', 'Đảng bộ Quân sự', 'Military Party Organization')],
  ['đảng ủy quân sự', ofUnit('MILITARY', 'Đảng ủy Quân sự', 'Military Party Committee')],
  ['bộ chỉ huy quân sự', MILITARY_COMMAND('Bộ Chỉ huy Quân sự')],
  ['ban chỉ huy quân sự', MILITARY_COMMAND('Ban Chỉ huy Quân sự')],
  ['bộ chỉ huy bộ đội biên phòng', MILITARY_COMMAND('Bộ Chỉ huy Bộ đội Biên phòng')],
  ['bộ chỉ huy bđbp', MILITARY_COMMAND('Bộ Chỉ huy Bộ đội Biên phòng')],
  ...MASS_ORGANIZATIONS.map(([phrase, vi, en]) => [phrase, ofUnit('MASS_ORGANIZATION', vi, en, false)] as const),
  ['công an', ofUnit('STATE_BODY', 'Công an', 'Police')],
  ['hội đồng nhân dân', ofUnit('PEOPLES_COUNCIL', 'Hội đồng nhân dân', "People's Council", false)],
  ['ủy ban nhân dân', ofUnit('PEOPLES_COMMITTEE', 'Ủy ban nhân dân', "People's Committee", false)],
  ['ủy ban mặt trận tổ quốc việt nam', FATHERLAND_FRONT],
  ['ủy ban mặt trận tổ quốc', FATHERLAND_FRONT],
  ['mặt trận tổ quốc việt nam', FATHERLAND_FRONT],
  ['mặt trận tổ quốc', FATHERLAND_FRONT],
  ['đoàn đại biểu quốc hội', ofProvince('STATE_BODY', 'Đoàn đại biểu Quốc hội', 'National Assembly Delegation')],
  // A province's economic zone and industrial park authorities, "Quản lý" often left out.
  ['ban quản lý khu kinh tế', AUTHORITY('Ban Quản lý Khu kinh tế', 'Economic Zone Authority')],
  ['ban khu kinh tế', AUTHORITY('Ban Quản lý Khu kinh tế', 'Economic Zone Authority')],
  ['ban quản lý các khu kinh tế', AUTHORITY('Ban Quản lý các Khu kinh tế', 'Economic Zones Authority')],
  ['ban quản lý các khu công nghiệp', AUTHORITY('Ban Quản lý các khu công nghiệp', 'Industrial Parks Authority')],
]);

/** Whether a body's name may start at token `index`: false rules `readBody` out cheaply. */
export function mayStartBody(tokens: readonly Token[], index: number): boolean {
  return FORMS.startsAt(tokens, index) || COMMITTEE_WORDS.startsAt(tokens, index) || tokens[index]?.lower === 'đảng' || mayStartYouthUnion(tokens, index) || mayStartManagementBoard(tokens, index);
}

/** The body named at token `index`, or null. */
export function readBody(tokens: readonly Token[], index: number, context: AreaContext): BodyMatch | null {
  const committee = readCommittee(tokens, index, context);
  if (committee !== null) return { body: committee.body, spelled: committee.body.name, kind: 'PARTY_COMMITTEE', committee: null, end: committee.end };
  const union = readYouthUnion(tokens, index, context);
  if (union !== null) return { ...union, kind: 'MASS_ORGANIZATION', committee: null };
  const board = readManagementBoard(tokens, index, context);
  if (board !== null) return { ...board, spelled: board.body.name, kind: 'STATE_BODY', committee: null };
  const form = FORMS.match(tokens, index);
  if (form === null) return null;
  return completeForm(tokens, form.value, afterAbbreviation(tokens, form.end), context);
}

/** "Hội đồng nhân dân (HĐND) tỉnh …": the index after an abbreviation in brackets, or `index`. */
function afterAbbreviation(tokens: readonly Token[], index: number): number {
  const word = tokens[index + 1];
  const isAbbreviation = word?.kind === 'word' && word.text.length >= 2 && word.text === word.text.toUpperCase();
  return tokens[index]?.text === '(' && isAbbreviation && tokens[index + 2]?.text === ')' ? index + 3 : index;
}

function completeForm(tokens: readonly Token[], form: Form, end: number, context: AreaContext): BodyMatch | null {
  switch (form.shape) {
    case 'fixed': {
      const body = form.body();
      return { body, spelled: body.name, kind: body.kind, committee: null, end };
    }
    case 'committee': {
      const committee = readCommittee(tokens, end, context);
      const ofCentral = committee === null ? centralPartyCommittee(tokens, end, context) : null;
      if (ofCentral !== null) {
        const body: BodyRef = { ...ofCentral.body, kind: form.kind, name: `${form.head} ${ofCentral.body.name}`, nameEn: `${form.headEn}, ${ofCentral.body.nameEn}` };
        return { body, spelled: body.name, kind: form.kind, committee: ofCentral.body, end: ofCentral.end, head: form.head };
      }
      if (committee === null) {
        const central = centralSuffix(tokens, end);
        if (central !== null) {
          const body = centralBody(form.kind, `${form.head} Trung ương`, `Central ${form.headEn}`);
          return { body, spelled: body.name, kind: form.kind, committee: PARTY_CENTRAL_COMMITTEE(), end: central };
        }
        if (form.committeeRequired === true) return null;
        // "Ban Tổ chức tỉnh", "Ủy ban Kiểm tra huyện": a unit in place of its Party committee.
        const unit = readUnit(tokens, end, context);
        if (unit !== null) {
          const body = committeeBody(form.kind, form.head, form.headEn, unit.unit);
          return { body, spelled: body.name, kind: form.kind, committee: partyCommittee(unit.unit), end: unit.end, head: form.head };
        }
        return { body: null, spelled: form.head, kind: form.kind, committee: null, end, head: form.head };
      }
      const body = committeeBody(form.kind, form.head, form.headEn, committee.unit);
      return { body, spelled: body.name, kind: form.kind, committee: committee.body, end: committee.end, head: form.head };
    }
    case 'unit': {
      const central = form.implied === undefined ? null : centralSuffix(tokens, end);
      if (central !== null) {
        const body = centralBody(form.kind, `${form.head} Trung ương`, `Central ${form.headEn}`);
        return { body, spelled: body.name, kind: form.kind, committee: null, end: central };
      }
      const written = readUnit(tokens, end, context);
      const named = written === null ? namedProvince(form.implied, tokens, end, context) : null;
      const unit = written ?? named ?? impliedUnit(form.implied, end, context);
      if (unit === null) return form.unitRequired ? null : { body: null, spelled: form.head, kind: form.kind, committee: null, end };
      const body = unitBody(form.kind, form.head, form.headEn, unit.unit);
      // "Ban Quản lý Khu kinh tế Hải Phòng": named with its place as written, no level word.
      const area = named === null || form.placeAsWritten !== true ? null : unit.unit.area;
      const placed = area === null ? body : { ...body, name: `${form.head} ${area.name}` };
      return { body: placed, spelled: placed.name, kind: form.kind, committee: null, end: unit.end };
    }
    case 'council': {
      const head = readCouncil(tokens, end);
      if (head === null) return null;
      const unit = readUnit(tokens, head, context);
      if (unit === null) return { body: null, spelled: `${form.head} Hội đồng nhân dân`, kind: 'PEOPLES_COUNCIL', committee: null, end: head };
      const body = unitBody('PEOPLES_COUNCIL', `${form.head} Hội đồng nhân dân`, `People's Council ${form.headEn}`, unit.unit);
      return { body, spelled: body.name, kind: 'PEOPLES_COUNCIL', committee: null, end: unit.end };
    }
    case 'executive': {
      const unit = readUnit(tokens, end, context);
      if (unit === null) return null;
      const spelled = `Ban Chấp hành Đảng bộ ${unitName(unit.unit).vi}`;
      return { body: partyCommittee(unit.unit), spelled, kind: 'PARTY_COMMITTEE', committee: null, end: unit.end };
    }
    case 'numbered': {
      const number = tokens[end];
      if (number?.kind !== 'number' || number.text.length > 2) return null;
      const body = centralBody('MILITARY', `${form.head} ${number.text}`, `${form.headEn} ${number.text}`);
      return { body, spelled: body.name, kind: body.kind, committee: null, end: end + 1 };
    }
    case 'partyOf':
      return partyOf(tokens, form.head, form.headEn, end, context, form.kind);
    case 'partyCommittee': {
      const unit = readUnit(tokens, end, context) ?? bareCommuneCommittee(tokens, end, context);
      if (unit === null) return partyOf(tokens, 'Đảng ủy', 'Party Committee', end, context);
      const body = partyCommittee(unit.unit);
      return { body, spelled: body.name, kind: 'PARTY_COMMITTEE', committee: null, end: unit.end };
    }
  }
}

/**
 * "[Ban cán sự đảng] Bộ Nội vụ", "[Đảng ủy] Quân khu 5", "[Đảng ủy] Bộ Tài chính": the Party
 * group or committee (or the Youth Union, `kind`) inside the body named after the head, never
 * inside a Party body.
 */
function partyOf(tokens: readonly Token[], head: string, headEn: string, end: number, context: AreaContext, kind: OrganizationKind = 'PARTY_COMMITTEE'): BodyMatch | null {
  const inner = readBody(tokens, end, context);
  const owner = inner?.body ?? null;
  if (owner === null) return kind === 'PARTY_COMMITTEE' ? partyOfNextTitle(tokens, head, headEn, end, context) : null;
  if (inner === null || owner.kind.startsWith('PARTY_')) return null;
  const body: BodyRef = { kind, level: owner.level, area: owner.area, name: `${head} ${owner.name}`, nameEn: `${headEn} of the ${owner.nameEn}` };
  return { body, spelled: body.name, kind: body.kind, committee: null, end: inner.end };
}

const MAX_NEXT_ROLE = 5;

/**
 * "Bí thư Đảng đoàn, Chủ tịch HĐND tỉnh", "Ủy viên Ban cán sự đảng, Thứ trưởng Bộ Y tế", "Phó Bí
 * thư Đảng ủy, Tư lệnh Quân khu 5": a Party group named alone belongs to the body of the title
 * after it. A Party committee ("Đảng ủy") only to a central body: a local one is its unit's.
 */
function partyOfNextTitle(tokens: readonly Token[], head: string, headEn: string, end: number, context: AreaContext): BodyMatch | null {
  if (tokens[end]?.text !== ',') return null;
  let k = end + 1;
  if (tokens[k]?.lower === 'nguyên') k++;
  for (const limit = k + MAX_NEXT_ROLE; k < limit; k++) {
    const token = tokens[k];
    if (token === undefined || token.kind !== 'word') return null;
    const owner = mayStartBody(tokens, k) ? readBody(tokens, k, context)?.body : null;
    if (owner == null) continue;
    if (owner.kind.startsWith('PARTY_') || (head === 'Đảng ủy' && owner.level !== 'CENTRAL')) return null;
    const body: BodyRef = { kind: 'PARTY_COMMITTEE', level: owner.level, area: owner.area, name: `${head} ${owner.name}`, nameEn: `${headEn} of the ${owner.nameEn}` };
    return { body, spelled: body.name, kind: body.kind, committee: null, end };
  }
  return null;
}

/** "[Ban Thường vụ] Quân ủy Trung ương", "[…] Đảng ủy Bộ Y tế": a Party committee of the central level. */
function centralPartyCommittee(tokens: readonly Token[], index: number, context: AreaContext): { body: BodyRef; end: number } | null {
  if (!mayStartBody(tokens, index)) return null;
  const match = readBody(tokens, index, context);
  const body = match?.body;
  return match == null || body == null || body.kind !== 'PARTY_COMMITTEE' || body.level !== 'CENTRAL' ? null : { body, end: match.end };
}

/** A level word and its place: "thành phố Hạ Long", "TP", "tỉnh", "Quận 12". */
export function readUnit(tokens: readonly Token[], index: number, context: AreaContext): { unit: Unit; end: number } | null {
  const level = readLevelWord(tokens, index);
  if (level === null) return null;
  const number = tokens[level.end];
  if (NUMBERED_LEVELS.has(level.word.areaKind) && number?.kind === 'number' && number.text.length <= 3) {
    const name = `${capitalize(level.word.vi)} ${number.text}`;
    return { unit: { word: level.word, area: { name, kind: level.word.areaKind, within: context.province } }, end: level.end + 1 };
  }
  const place = readPlace(tokens, level.end, context.known, true, level.word);
  return { unit: { word: level.word, area: areaFor(context, level.word, place?.name ?? null) }, end: place?.end ?? level.end };
}

// Cities number their urban districts and wards: "Quận 12", "Phường 5".
const NUMBERED_LEVELS = new Set(['DISTRICT', 'WARD']);
const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function readCommittee(tokens: readonly Token[], index: number, context: AreaContext): { body: BodyRef; unit: Unit; end: number } | null {
  const word = COMMITTEE_WORDS.match(tokens, index);
  if (word !== null) {
    // "Thành ủy TP. Hồ Chí Minh": the unit spelled out after the committee.
    const spelled = readUnit(tokens, word.end, context);
    if (spelled !== null && spelled.unit.word.areaKind === word.value.areaKind && spelled.unit.area !== null && spelled.end > word.end + 1) {
      const unit: Unit = { word: word.value, area: spelled.unit.area };
      return { body: partyCommittee(unit), unit, end: spelled.end };
    }
    const place = readPlace(tokens, word.end, context.known, true, word.value);
    const unit: Unit = { word: word.value, area: areaFor(context, word.value, place?.name ?? null) };
    return { body: partyCommittee(unit), unit, end: place?.end ?? word.end };
  }
  if (tokens[index]?.lower !== 'đảng' || tokens[index + 1]?.lower !== 'ủy') return null;
  const unit = readUnit(tokens, index + 2, context);
  return unit === null ? null : { body: partyCommittee(unit.unit), unit: unit.unit, end: unit.end };
}

/** "Bí thư Đảng ủy," with nothing named after it: the article's one ward or commune, if any. */
function bareCommuneCommittee(tokens: readonly Token[], end: number, context: AreaContext): { unit: Unit; end: number } | null {
  const next = tokens[end];
  if (next !== undefined && (next.kind === 'word' || next.text === '(')) return null;
  const commune = communeOfArticle(context);
  return commune === null ? null : { unit: commune, end };
}

/** "Trung ương" or "Trung ương Đảng" at `index`: the index after it, or null. */
function centralSuffix(tokens: readonly Token[], index: number): number | null {
  const [first, second] = [tokens[index]?.lower, tokens[index + 1]?.lower];
  let end: number | null = null;
  if (first === 'trung' && second === 'ương') end = index + 2;
  else if (first === 'tw') end = index + 1;
  else if (first === 't' && second === '.' && tokens[index + 2]?.lower === 'ư') end = index + 3;
  if (end === null) return null;
  return tokens[end]?.lower === 'đảng' ? end + 1 : end;
}

/** "HĐND" / "Hội đồng nhân dân" at `index`: the index after it, or null. */
function readCouncil(tokens: readonly Token[], index: number): number | null {
  if (tokens[index]?.lower === 'hđnd') return index + 1;
  const words = ['hội', 'đồng', 'nhân', 'dân'];
  return words.every((word, k) => tokens[index + k]?.lower === word) ? index + words.length : null;
}

/** The article's own unit of an implied level ("Sở Tài chính" → the province), when known. */
/** "Sở Y tế Hà Nội", "Sở GTVT Thanh Hóa": a province body followed by the province's bare name. */
function namedProvince(word: LevelWord | undefined, tokens: readonly Token[], index: number, context: AreaContext): { unit: Unit; end: number } | null {
  if (word?.level !== 'PROVINCE') return null;
  const province = readProvinceName(tokens, index);
  if (province === null) return null;
  const level = CENTRAL_CITY_NAMES.has(province.name) ? CITY_LEVEL : PROVINCE_LEVEL;
  return { unit: { word: level, area: areaFor(context, level, province.name) }, end: province.end };
}

function impliedUnit(word: LevelWord | undefined, end: number, context: AreaContext): { unit: Unit; end: number } | null {
  if (word === undefined) return null;
  // A centrally-run city's departments are the city's: "Sở Nội vụ thành phố Hải Phòng".
  const unit = word.level === 'PROVINCE' ? provinceUnit(context) : null;
  if (unit !== null) return { unit, end };
  const area = areaFor(context, word, null);
  return area === null ? null : { unit: { word, area }, end };
}
