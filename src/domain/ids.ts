import { slug } from './text.js';

/**
 * Readable, stable ids: a type prefix and the slug of the folded canonical Vietnamese name.
 *
 * @example personId('Vũ Đại Thắng') === 'person:vu-dai-thang'
 * @example organizationId('Tỉnh ủy Quảng Ninh') === 'org:tinh-uy-quang-ninh'
 */
export const personId = (name: string) => `person:${slug(name)}`;
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
