import { normalizeVietnamese, slug } from './text.js';

/** The identity context of a person known only in central bodies. */
export const NATIONAL = 'vn';

/**
 * Six base-36 digits of a 32-bit FNV-1a hash of the normalised, lowercased spelling: it keeps
 * apart names that fold to one slug ("Lê Hữu Phước" / "Le Huu Phuoc", "Hùng" / "Hưng").
 */
function spellingCode(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of normalizeVietnamese(name).trim().toLowerCase()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-6);
}

/**
 * Readable, stable ids: a type prefix and the slug of the folded canonical Vietnamese name. A
 * person's id also names the province they are known in (or `vn`) and a code of the exact
 * spelling, since a person is one spelling in one province (src/resolve/identity.ts).
 *
 * @example personId('Vũ Đại Thắng', 'Quảng Ninh') === 'person:vu-dai-thang--quang-ninh--4n7gff'
 * @example organizationId('Tỉnh ủy Quảng Ninh') === 'org:tinh-uy-quang-ninh'
 */
export const personId = (name: string, province: string | null) =>
  `person:${slug(name)}--${province === null ? NATIONAL : slug(province)}--${spellingCode(name)}`;
export const organizationId = (name: string) => `org:${slug(name)}`;
/** @example areaId(['Quảng Ninh', 'Hạ Long']) === 'area:quang-ninh--ha-long' (outermost first) */
export const areaId = (names: readonly string[]) => `area:${names.map(slug).join('--')}`;
export const postId = (name: string) => `post:${slug(name)}`;
export const eventId = (name: string, date: string | null) => `event:${slug(name)}${date ? `-${date}` : ''}`;
/** One tenure per person and post; a later issue splits separate spells in the same post. */
export const tenureId = (person: string, post: string) =>
  `tenure:${person.replace(/^person:/, '')}--${post.replace(/^post:/, '')}`;
export const evidenceId = (sourceId: string, start: number, end: number) =>
  `evidence:${sourceId.replace(/^source:/, '')}:${start}-${end}`;
/** @example changeId('person:a', 'APPOINTED', 'post:b', '2024-05-01') === 'change:a--appointed--b--2024-05-01' */
export const changeId = (person: string, kind: string, post: string | null, when: string) =>
  `change:${person.replace(/^person:/, '')}--${kind.toLowerCase().replace(/_/g, '-')}--${post ? post.replace(/^post:/, '') : 'unknown-post'}--${when}`;
