import type { BodyRef, TitleMention } from '../domain/extraction.js';
import type { Role } from '../domain/roles.js';
import { centralBody, PARTY_CENTRAL_COMMITTEE } from './body-refs.js';
import { readBody } from './bodies.js';
import type { AreaContext } from './context.js';
import type { Doc } from './doc.js';
import { evidenceOf } from './evidence.js';
import { Lexicon, phraseSet } from './lexicon.js';
import type { Token } from './tokens.js';

/**
 * The grammar of titles: [nguyên] [Phó] role [Thường trực|TT] body [place].
 * "Phó Bí thư TT Thành ủy" = deputy + Bí thư + standing + Thành ủy (the article's city).
 */

interface RoleForm {
  role: Role;
  deputy?: Role;
  standingDeputy?: Role;
  /** The body when the text names none ("Tổng Bí thư"); without it a title needs a body. */
  defaultBody?: () => BodyRef | null;
}

const GOVERNMENT = (): BodyRef => centralBody('GOVERNMENT', 'Chính phủ', 'Government');
const NATIONAL_ASSEMBLY = (): BodyRef => centralBody('NATIONAL_ASSEMBLY', 'Quốc hội', 'National Assembly');

const ROLE_HEADS = new Lexicon<RoleForm>([
  ['bí thư', { role: 'SECRETARY', deputy: 'DEPUTY_SECRETARY', standingDeputy: 'STANDING_DEPUTY_SECRETARY' }],
  ['tổng bí thư', { role: 'GENERAL_SECRETARY', defaultBody: PARTY_CENTRAL_COMMITTEE }],
  ['chủ tịch', { role: 'CHAIR', deputy: 'VICE_CHAIR', standingDeputy: 'STANDING_VICE_CHAIR' }],
  ['chủ tịch nước', { role: 'PRESIDENT', defaultBody: () => null }],
  ['ủy viên', { role: 'MEMBER' }],
  ['ủy viên dự khuyết', { role: 'MEMBER' }],
  ['trưởng', { role: 'HEAD', deputy: 'DEPUTY_HEAD' }],
  ['chủ nhiệm', { role: 'CHAIRMAN_OF_COMMISSION', deputy: 'VICE_CHAIRMAN_OF_COMMISSION' }],
  ['giám đốc', { role: 'DIRECTOR', deputy: 'DEPUTY_DIRECTOR' }],
  ['bộ trưởng', { role: 'MINISTER' }],
  ['thứ trưởng', { role: 'DEPUTY_MINISTER' }],
  ['thủ tướng', { role: 'PRIME_MINISTER', deputy: 'DEPUTY_PRIME_MINISTER', defaultBody: GOVERNMENT }],
  ['chỉ huy trưởng', { role: 'COMMANDER' }],
  ['đại biểu', { role: 'DELEGATE' }],
  ['đại biểu quốc hội', { role: 'DELEGATE', defaultBody: NATIONAL_ASSEMBLY }],
]);
const STANDING = phraseSet(['thường trực']);

/** A title found in the text, with the tokens it spans. */
export interface TitleSpan {
  mention: TitleMention;
  start: number;
  /** Exclusive token index. */
  end: number;
}

interface ParsedTitle {
  role: Role;
  body: BodyRef | null;
  former: boolean;
  end: number;
}

/** Every title in the article, left to right, never overlapping. */
export function findTitles(doc: Doc, context: AreaContext): TitleSpan[] {
  const titles: TitleSpan[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const parsed = parseTitle(doc.tokens, i, context);
    if (parsed === null) continue;
    const start = (doc.tokens[i] as Token).start;
    const end = (doc.tokens[parsed.end - 1] as Token).end;
    const evidence = evidenceOf(doc.body, start, end);
    titles.push({
      mention: { asWritten: evidence.quote, role: parsed.role, body: parsed.body, status: parsed.former ? 'FORMER' : 'CURRENT', evidence },
      start: i,
      end: parsed.end,
    });
    i = parsed.end - 1;
  }
  return titles;
}

/** The title that starts at token `index`, or null. */
function parseTitle(tokens: readonly Token[], index: number, context: AreaContext): ParsedTitle | null {
  let position = index;
  const former = tokens[position]?.lower === 'nguyên';
  if (former) position++;
  const deputy = tokens[position]?.lower === 'phó';
  if (deputy) position++;
  if (tokens[position]?.lower === 'trưởng' && tokens[position - 1]?.lower === 'tăng') return null;
  const head = ROLE_HEADS.match(tokens, position);
  if (head === null || (deputy && head.value.deputy === undefined)) return null;
  const form = head.value;
  position = head.end;
  const standing = deputy && form.standingDeputy !== undefined ? STANDING.match(tokens, position) : null;
  if (standing !== null) position = standing.end;
  const role = (standing !== null ? form.standingDeputy : deputy ? form.deputy : form.role) ?? form.role;
  const body = readBody(tokens, position, context);
  if (body === null) {
    return form.defaultBody === undefined ? null : { role, body: form.defaultBody(), former, end: position };
  }
  if (role === 'MEMBER' && body.kind === 'PARTY_STANDING_COMMITTEE' && (body.committee !== null || body.body === null)) {
    return { role: 'STANDING_COMMITTEE_MEMBER', body: body.committee, former, end: body.end };
  }
  return { role, body: body.body, former, end: body.end };
}
