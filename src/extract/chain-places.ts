import type { AreaRef, BodyRef } from '../domain/extraction.js';
import type { Doc } from './doc.js';
import { toAscii } from './english.js';
import type { TitleSpan } from './titles.js';

/**
 * Places a chain of titles gives its bodies (corpus Convention 9, "the title chain"): in
 * "Trưởng ban Tổ chức tỉnh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Khánh Hòa" or
 * "làm Phó Bí thư Tỉnh ủy và được bầu làm Chủ tịch UBND tỉnh Hà Tĩnh", a provincial body the
 * article cannot place ("Tỉnh ủy" in a story about another province) is of the one province the
 * chain names. A chain naming two provinces places nothing.
 */

// Words that may stand between two titles of one chain: "A, B", "A và được bầu làm B".
const CHAIN_WORDS = new Set([',', ';', 'và', 'rồi', 'kiêm', 'được', 'bầu', 'làm', 'giữ', 'chức', 'vụ', 'danh', 'đồng', 'thời', 'sau', 'đó']);
const MAX_GAP = 6;

/** Fills in the province of each unplaced provincial body from the chain of titles it is in. */
export function placeTitleChains(doc: Doc, titles: TitleSpan[]): void {
  let runStart = 0;
  for (let k = 1; k <= titles.length; k++) {
    const previous = titles[k - 1] as TitleSpan;
    const current = titles[k];
    if (current !== undefined && isChainGap(doc, previous.end, current.start)) continue;
    placeRun(titles, runStart, k);
    runStart = k;
  }
}

function isChainGap(doc: Doc, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_GAP) return false;
  for (let j = from; j < to; j++) if (!CHAIN_WORDS.has(doc.tokens[j]?.lower ?? '')) return false;
  return true;
}

function placeRun(titles: TitleSpan[], from: number, to: number): void {
  if (to - from < 2) return;
  const provinces = new Map<string, AreaRef>();
  for (let k = from; k < to; k++) {
    const area = (titles[k] as TitleSpan).mention.body?.area ?? null;
    const province = area === null ? null : area.kind === 'PROVINCE' ? area : area.within;
    if (province != null && province.kind === 'PROVINCE') provinces.set(province.name, province);
  }
  const [province, other] = [...provinces.values()];
  if (province === undefined || other !== undefined) return;
  for (let k = from; k < to; k++) {
    const title = titles[k] as TitleSpan;
    const body = title.mention.body;
    if (body !== null && isUnplacedProvincial(body)) title.mention = { ...title.mention, body: placed(body, province) };
  }
}

function isUnplacedProvincial(body: BodyRef): boolean {
  return body.area === null && body.level === 'PROVINCE';
}

// A body named without its place ends with its level word or committee: "Tỉnh ủy", "Ủy ban nhân dân tỉnh".
function placed(body: BodyRef, province: AreaRef): BodyRef {
  return { ...body, area: province, name: `${body.name} ${province.name}`, nameEn: `${toAscii(province.name)} ${body.nameEn}` };
}
