import type { BodyRef, TitleMention } from '../domain/extraction.js';
import { partyCommittee, unitBody } from './body-refs.js';
import { areaFor, type AreaContext } from './context.js';
import type { Doc } from './doc.js';
import { evidenceOf } from './evidence.js';
import type { PersonSpan } from './persons.js';
import { CITY_LEVEL, PROVINCE_LEVEL } from './places.js';
import { CENTRAL_CITY_NAMES, readProvinceName } from './provinces.js';
import { readRole, type BareRole } from './titles.js';
import type { Token } from './tokens.js';

/**
 * Who holds a province's post, listed place by place with the role written once: "Thanh Hóa có
 * tân Chủ tịch Nguyễn Hoài Anh; Quảng Ninh có ông Bùi Văn Khắng; … còn Đà Nẵng có ông Phạm Đức
 * Ấn". Each person gets the role in their own province's body, as "Chủ tịch tỉnh X" is the
 * chair of its People's Committee and "Bí thư X" the secretary of its Party committee; where the
 * role is not written for them the post is implied. Needs two places in the sentence and no
 * other role: a list of holders, not a story.
 */

const ITEM_OPENERS = new Set([';', ',', ':', 'còn', 'và']);
const HONORIFICS = new Set(['ông', 'bà', 'đồng', 'chí']);
const MAX_HONORIFIC = 2;

interface PlaceItem {
  province: string;
  start: number;
  role: BareRole | null;
  roleStart: number;
  person: PersonSpan;
}

/** Adds the titles such lists give, to the people's mentions. */
export function addPlaceListTitles(doc: Doc, persons: readonly PersonSpan[], context: AreaContext): void {
  const personAt = new Map(persons.map((person) => [person.start, person]));
  for (const sentence of doc.sentences) {
    const items: PlaceItem[] = [];
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const item = placeItemAt(doc.tokens, k, sentence.tokenStart, personAt);
      if (item !== null) items.push(item);
    }
    const roles = new Set(items.flatMap((item) => (item.role === null ? [] : [item.role.role])));
    const written = items.find((item) => item.role !== null)?.role ?? null;
    if (items.length < 2 || roles.size !== 1 || written === null) continue;
    for (const item of items) {
      const body = bodyOf(written, item.province, context);
      if (body === null) continue;
      const own = item.role !== null;
      const [from, to] = own ? [item.roleStart, item.role!.end] : [item.start, item.person.end];
      const evidence = evidenceOf(doc.body, (doc.tokens[from] as Token).start, (doc.tokens[to - 1] as Token).end);
      const asWritten = own ? evidence.quote : quoteOf(doc, items);
      const title: TitleMention = { asWritten, role: written.role, body, status: 'CURRENT', term: null, evidence, ...(own ? {} : { implied: true as const }) };
      if (!item.person.mention.titles.some((held) => held.role === title.role && held.body?.name === body.name)) item.person.mention.titles.push(title);
    }
  }
}

/** "Quảng Ninh có [tân] [Chủ tịch] [ông] <name>" at token `index`, after a joiner or the sentence's start. */
function placeItemAt(tokens: readonly Token[], index: number, sentenceStart: number, personAt: ReadonlyMap<number, PersonSpan>): PlaceItem | null {
  if (index !== sentenceStart && !ITEM_OPENERS.has(tokens[index - 1]?.lower ?? '')) return null;
  const province = readProvinceName(tokens, index);
  if (province === null || tokens[province.end]?.lower !== 'có') return null;
  let k = province.end + 1;
  if (tokens[k]?.lower === 'tân') k++;
  const roleStart = k;
  const role = readRole(tokens, k);
  if (role !== null) k = role.end;
  for (let skipped = 0; skipped < MAX_HONORIFIC && HONORIFICS.has(tokens[k]?.lower ?? '') && !personAt.has(k); skipped++) k++;
  const person = personAt.get(k) ?? personAt.get(roleStart) ?? personAt.get(province.end + 1);
  if (person === undefined) return null;
  return { province: province.name, start: index, role, roleStart, person };
}

/** The role's body in a province: its People's Committee for a chair, its Party committee for a secretary. */
function bodyOf(role: BareRole, province: string, context: AreaContext): BodyRef | null {
  const level = CENTRAL_CITY_NAMES.has(province) ? CITY_LEVEL : PROVINCE_LEVEL;
  const unit = { word: level, area: areaFor(context, level, province) };
  if (role.form.role === 'CHAIR' && role.role !== 'ACTING_CHAIR') return unitBody('PEOPLES_COMMITTEE', 'Ủy ban nhân dân', "People's Committee", unit);
  if (role.form.role === 'SECRETARY') return partyCommittee(unit);
  return null;
}

/** The role as the list writes it once. */
function quoteOf(doc: Doc, items: readonly PlaceItem[]): string {
  const item = items.find((other) => other.role !== null) as PlaceItem;
  const [from, to] = [doc.tokens[item.roleStart] as Token, doc.tokens[(item.role as BareRole).end - 1] as Token];
  return doc.body.slice(from.start, to.end);
}
