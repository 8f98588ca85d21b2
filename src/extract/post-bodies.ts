import type { BodyRef } from '../domain/extraction.js';
import { centralBody, unitBody, type Unit } from './body-refs.js';
import { centralBodyRef, MINISTRY_FIELDS } from './central-names.js';
import { readBody, readUnit } from './bodies.js';
import { areaFor, provinceUnit, type AreaContext } from './context.js';
import { toAscii } from './english.js';
import { Lexicon, phraseSet } from './lexicon.js';
import { CITY_LEVEL, PROVINCE_LEVEL } from './places.js';
import { CENTRAL_CITY_NAMES, readProvinceName, readProvinceNameBeforeName } from './provinces.js';
import type { Token } from './tokens.js';
import { trimName } from './institutions.js';

/**
 * The bodies of roles whose title spells part of the body: "Chánh Văn phòng Tỉnh ủy" heads the
 * office of the committee ("Văn phòng Tỉnh ủy Thanh Hóa"), "Trưởng đoàn ĐBQH tỉnh" the
 * province's delegation ("Đoàn đại biểu Quốc hội tỉnh Thái Bình"), "Trưởng phòng Nội vụ huyện
 * Tiền Hải" a division ("Phòng Nội vụ huyện Tiền Hải"). Each reader starts right after the role.
 */

/** A body read after a role, and the token after it. */
export interface PostBody {
  body: BodyRef;
  end: number;
}

export type PostBodyReader = (tokens: readonly Token[], index: number, context: AreaContext) => PostBody | null;

// An office shared by two bodies of the same unit: "Văn phòng HĐND và UBND thành phố Móng Cái".
const JOINT_OFFICES = new Lexicon<readonly [string, string]>([
  ['hội đồng nhân dân và ủy ban nhân dân', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', "People's Council and People's Committee Office"]],
  ['đoàn đại biểu quốc hội và hội đồng nhân dân', ['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân', "National Assembly Delegation and People's Council Office"]],
]);

/**
 * "[Chánh Văn phòng] Tỉnh ủy", "[…] UBND tỉnh", "[…] Trung ương Đảng": the office of the body
 * named. An office belongs to the Party when its body does.
 */
export const readOffice: PostBodyReader = (tokens, index, context) => {
  const joint = JOINT_OFFICES.match(tokens, index);
  if (joint !== null) {
    const unit = readUnit(tokens, joint.end, context);
    return unit === null ? null : { body: unitBody('STATE_BODY', joint.value[0], joint.value[1], unit.unit), end: unit.end };
  }
  const parent = readBody(tokens, index, context);
  if (parent?.body == null) return null;
  return { body: officeOf(parent.body), end: parent.end };
};

function officeOf(parent: BodyRef): BodyRef {
  // The Central Committee's office is named short: "Văn phòng Trung ương Đảng".
  const name = parent.kind === 'PARTY_CENTRAL_COMMITTEE' ? 'Trung ương Đảng' : parent.name;
  const kind = parent.kind.startsWith('PARTY_') ? 'PARTY_ORGANIZATION' : 'STATE_BODY';
  return { kind, level: parent.level, area: parent.area, name: `Văn phòng ${name}`, nameEn: `Office of the ${parent.nameEn}` };
}

// "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh": the delegation may be named again after the role.
const FULL_TIME = phraseSet(['chuyên trách']);
const NATIONAL_ASSEMBLY_DEPUTIES = phraseSet(['đại biểu quốc hội']);

/**
 * "[Trưởng đoàn] ĐBQH tỉnh", "[…] đại biểu Quốc hội thành phố Hà Nội": the National Assembly
 * delegation of a province (each province has one; without its unit, the article's province).
 */
export const readDelegation: PostBodyReader = (tokens, index, context) => {
  let position = FULL_TIME.match(tokens, index)?.end ?? index;
  if (tokens[position]?.lower === 'đoàn') position++;
  const deputies = NATIONAL_ASSEMBLY_DEPUTIES.match(tokens, position);
  if (deputies === null) return null;
  const read = readUnit(tokens, deputies.end, context);
  const unit: Unit = read?.unit ?? provinceUnit(context) ?? { word: PROVINCE_LEVEL, area: null };
  const body = unitBody('STATE_BODY', 'Đoàn đại biểu Quốc hội', 'National Assembly Delegation', unit);
  return { body, end: read?.end ?? deputies.end };
};

const MAX_DIVISION_WORDS = 6;

/**
 * "[Trưởng phòng] Nội vụ huyện Tiền Hải", "[…] Tổ chức cán bộ Sở Y tế": a division, named by
 * the words up to the unit or body it belongs to. Without that body the division is unknown.
 */
export const readDivision: PostBodyReader = (tokens, index, context) => {
  const words: string[] = [];
  for (let k = index; k < index + MAX_DIVISION_WORDS; k++) {
    const token = tokens[k];
    if (token === undefined) return null;
    if (words.length > 0) {
      const parent = divisionParent(tokens, k, context, words.join(' '));
      if (parent !== null) return parent;
      // "Trưởng phòng Kế hoạch - Tài chính, Sở Y tế": the body after a comma.
      const afterComma = token.text === ',' ? divisionParent(tokens, k + 1, context, words.join(' '), ',') : null;
      if (afterComma !== null) return afterComma;
    }
    if (token.kind !== 'word' && token.text !== '-') return null;
    words.push(token.text);
  }
  return null;
};

function divisionParent(tokens: readonly Token[], index: number, context: AreaContext, words: string, joint = ''): PostBody | null {
  const head = `Phòng ${words}${joint}`;
  const unit = readUnit(tokens, index, context);
  if (unit !== null) return { body: unitBody('STATE_BODY', head, `${toAscii(words)} Division`, unit.unit), end: unit.end };
  const match = readBody(tokens, index, context);
  const parent = match?.body;
  if (match == null || parent == null) return null;
  const body: BodyRef = { kind: 'STATE_BODY', level: parent.level, area: parent.area, name: `${head} ${parent.name}`, nameEn: `${toAscii(words)} Division, ${parent.nameEn}` };
  return { body, end: match.end };
}

const BRANCH = phraseSet(['chi cục']);
const MAX_BRANCH_WORDS = 8;

/**
 * "[Chi cục trưởng] Chi cục Kiểm lâm tỉnh Lào Cai", "[…] Chi cục Thủy lợi thuộc Sở Nông nghiệp
 * và Môi trường", "[…] Chi cục Thuế, Cục Thuế": a branch, named by its words up to the unit or the
 * body it belongs to ("thuộc" and a comma between are left out of the name).
 */
export const readBranch: PostBodyReader = (tokens, index, context) => {
  const start = BRANCH.match(tokens, index)?.end ?? index;
  const words: string[] = [];
  for (let k = start; k < start + MAX_BRANCH_WORDS; k++) {
    const token = tokens[k];
    if (token === undefined) return null;
    if (words.length > 0) {
      const unit = readUnit(tokens, k, context);
      if (unit !== null) return { body: unitBody('STATE_BODY', `Chi cục ${words.join(' ')}`, `${toAscii(words.join(' '))} Branch`, unit.unit), end: unit.end };
      const joint = token.text === ',' || token.lower === 'thuộc' ? k + 1 : k;
      const match = readBody(tokens, joint, context);
      const parent = match?.body;
      if (match != null && parent != null) {
        const name = `Chi cục ${words.join(' ')}, ${parent.name}`;
        return { body: { kind: 'STATE_BODY', level: parent.level, area: parent.area, name, nameEn: `${toAscii(words.join(' '))} Branch, ${parent.nameEn}` }, end: match.end };
      }
    }
    if (token.kind !== 'word' || NAME_ENDS.has(token.lower)) return null;
    words.push(token.text);
  }
  return null;
};

/**
 * "[Bộ trưởng] Bộ Quốc phòng", "[Thứ trưởng] Quốc phòng", "[Bộ trưởng,] Chủ nhiệm Văn phòng
 * Chính phủ": a ministry named in full, or by its field alone.
 */
export const readMinistry: PostBodyReader = (tokens, index, context) => {
  const field = MINISTRY_FIELDS.match(tokens, index);
  if (field !== null) return { body: centralBodyRef(field.value), end: field.end };
  const named = readBody(tokens, index, context);
  return named?.body == null ? null : { body: named.body, end: named.end };
};

// Words that end a unit's name: the sentence goes on ("Cục trưởng Cục Thuế được bổ nhiệm …").
const NAME_ENDS = new Set(['được', 'làm', 'giữ', 'là', 'về', 'thay', 'nay', 'đã', 'sẽ', 'kiêm', 'sang', 'từ', 'thuộc', 'tại', 'cho', 'trong', 'đến', 'vừa', 'nhận', 'phụ', 'với', 'khi']);
const MAX_UNIT_WORDS = 10;

/**
 * "[Vụ trưởng] Vụ Kế hoạch - Tài chính, Bộ Y tế", "[Cục trưởng] Cục An ninh nội địa Bộ Công
 * an": a unit of a ministry (or of another central body), named by its words up to that body;
 * the unit's own word may be left out ("Vụ trưởng Tổ chức cán bộ"). Canonical name: "Vụ …,
 * Bộ …". Without the body, the unit alone when its name ends cleanly.
 */
export function readMinistryUnit(prefix: string, prefixEn: string): PostBodyReader {
  const prefixWords = prefix.toLowerCase().split(' ');
  return (tokens, index, context) => {
    let start = index;
    if (prefixWords.every((word, k) => tokens[index + k]?.lower === word)) start += prefixWords.length;
    const words: string[] = [];
    for (let k = start; k < start + MAX_UNIT_WORDS; k++) {
      const token = tokens[k];
      const comma = token?.text === ',';
      const parent = words.length === 0 ? null : readBody(tokens, comma ? k + 1 : k, context);
      if (parent?.body != null && parent.body.level === 'CENTRAL') return { body: unitOf(prefix, prefixEn, words.join(' '), parent.body), end: parent.end };
      // "Vụ Kinh tế địa phương (Bộ Kế hoạch - Đầu tư)": the ministry in brackets, left out of the title's words.
      const bracketed = words.length > 0 && token?.text === '(' ? readBody(tokens, k + 1, context) : null;
      if (bracketed?.body != null && bracketed.body.level === 'CENTRAL' && tokens[bracketed.end]?.text === ')') {
        return { body: unitOf(prefix, prefixEn, words.join(' '), bracketed.body), end: k };
      }
      // "Cục Cảnh sát phòng, chống tội phạm": a lowercase word after a comma goes on with the name.
      const goesOn = comma && tokens[k + 1]?.kind === 'word' && tokens[k + 1]?.text === tokens[k + 1]?.lower;
      if (token === undefined || (token.kind !== 'word' && token.text !== '-' && !goesOn) || NAME_ENDS.has(token.lower)) break;
      words.push(token.text);
    }
    if (words.length === 0 || words.at(-1) === '-' || words.at(-1) === ',') return null;
    const name = `${prefix} ${words.join(' ').replace(/ ,/g, ',')}`;
    return { body: centralBody('STATE_BODY', name, `${toAscii(words.join(' '))} ${prefixEn}`), end: start + words.length };
  };
}

function unitOf(prefix: string, prefixEn: string, words: string, parent: BodyRef): BodyRef {
  const name = words.replace(/ ,/g, ',');
  return { kind: 'STATE_BODY', level: parent.level, area: parent.area, name: `${prefix} ${name}, ${parent.name}`, nameEn: `${toAscii(name)} ${prefixEn}, ${parent.nameEn}` };
}

/**
 * "[Chánh Thanh tra] tỉnh", "[…] TPHCM", "[…] Bộ Tài chính", "[…] Chính phủ": the inspectorate of
 * a unit or of a central body ("Thanh tra Chính phủ").
 */
export const readInspectorate: PostBodyReader = (tokens, index, context) => {
  const unit = readUnit(tokens, index, context);
  if (unit !== null) return { body: unitBody('STATE_BODY', 'Thanh tra', 'Inspectorate', unit.unit), end: unit.end };
  const parent = readBody(tokens, index, context);
  const body = parent?.body;
  if (parent == null || body == null || body.level !== 'CENTRAL') return null;
  const name = body.kind === 'GOVERNMENT' ? 'Thanh tra Chính phủ' : `Thanh tra ${body.name}`;
  return { body: { ...body, kind: body.kind === 'GOVERNMENT' ? 'MINISTRY' : 'STATE_BODY', name, nameEn: `Inspectorate of the ${body.nameEn}` }, end: parent.end };
};

// The words a state enterprise's name starts with: "Tập đoàn Dệt may Việt Nam", "Tổng công ty Điện lực miền Bắc".
const ENTERPRISE_WORDS = new Lexicon<readonly [string, string]>([
  ['tập đoàn', ['Tập đoàn', 'Group']],
  ['tổng công ty', ['Tổng công ty', 'Corporation']],
  ['ngân hàng', ['Ngân hàng', 'Bank']],
  ['công ty', ['Công ty', 'Company']],
]);

/**
 * "[Chủ tịch Hội đồng thành viên] Tập đoàn Dầu khí quốc gia Việt Nam (PVN)": a state group,
 * corporation, bank or company, named by its words up to a bracket, a comma or a verb.
 */
export const readEnterprise: PostBodyReader = (tokens, index) => {
  const word = ENTERPRISE_WORDS.match(tokens, index);
  if (word === null) return null;
  const [prefix, prefixEn] = word.value;
  const words: string[] = [];
  for (let k = word.end; k < word.end + MAX_ENTERPRISE_WORDS; k++) {
    const token = tokens[k];
    if (token === undefined || (token.kind !== 'word' && token.text !== '-' && token.text !== '&') || NAME_ENDS.has(token.lower) || ENTERPRISE_ENDS.has(token.lower)) break;
    words.push(token.text);
  }
  while (words.length > 0 && (words.at(-1) === '-' || words.at(-1) === '&')) words.pop();
  trimName(words);
  if (words.length === 0) return null;
  const name = words.join(' ');
  return { body: centralBody('STATE_BODY', `${prefix} ${name}`, `${toAscii(name)} ${prefixEn}`), end: word.end + words.length };
};
const MAX_ENTERPRISE_WORDS = 12;
// Verbs that end an enterprise's name written without a comma: "… Việt Nam nghỉ hưu".
const ENTERPRISE_ENDS = new Set(['nghỉ', 'phát', 'dự', 'chủ', 'trình', 'báo']);

/** "[Chủ tịch] tỉnh Thừa Thiên Huế", "[Phó Chủ tịch] huyện": the unit's People's Committee, as news says it short. */
export function namedUnitExecutive(tokens: readonly Token[], index: number, context: AreaContext, nameAt?: (at: number) => boolean): { body: BodyRef; end: number } | null {
  // "Chủ tịch Hải Dương", "Phó Chủ tịch Quảng Nam Lê Văn A": the province's, named alone.
  const province = readProvinceName(tokens, index) ?? (nameAt === undefined ? null : readProvinceNameBeforeName(tokens, index, nameAt));
  if (province !== null) {
    const word = CENTRAL_CITY_NAMES.has(province.name) ? CITY_LEVEL : PROVINCE_LEVEL;
    return { body: unitBody('PEOPLES_COMMITTEE', 'Ủy ban nhân dân', "People's Committee", { word, area: areaFor(context, word, province.name) }), end: province.end };
  }
  const unit = readUnit(tokens, index, context);
  if (unit === null || unit.unit.area === null) return null;
  return { body: unitBody('PEOPLES_COMMITTEE', 'Ủy ban nhân dân', "People's Committee", unit.unit), end: unit.end };
}

/**
 * "Chính ủy Quân khu 1, Bộ Quốc phòng": a unit of the army written with its ministry after a
 * comma. The ministry is part of the title as written, not of the unit's name.
 */
export function ministryOfArmyEnd(tokens: readonly Token[], body: { body: BodyRef | null; end: number }, context: AreaContext): number {
  if (body.body?.kind !== 'MILITARY' || tokens[body.end]?.text !== ',') return body.end;
  const owner = readBody(tokens, body.end + 1, context);
  return owner?.body?.name === MINISTRY_OF_DEFENCE ? owner.end : body.end;
}
const MINISTRY_OF_DEFENCE = 'Bộ Quốc phòng';
