import type { AreaRef, BodyRef } from '../domain/extraction.js';
import type { Level, OrganizationKind } from '../domain/organization.js';
import { toAscii } from './english.js';
import type { LevelWord } from './places.js';
import { CENTRAL_CITY_NAMES, NAMED_WITH_CITY_WORD } from './provinces.js';

/**
 * Canonical Vietnamese and English names of bodies: no abbreviations, the place spelled out
 * ("Hội đồng nhân dân thành phố Hạ Long" / "Ha Long City People's Council").
 */

/** A local unit: its level word and its area (null when the article does not say which). */
export interface Unit {
  word: LevelWord;
  area: AreaRef | null;
}

/** A body of the central level, always the same. */
export function centralBody(kind: OrganizationKind, name: string, nameEn: string): BodyRef {
  return { kind, level: 'CENTRAL', area: null, name, nameEn };
}

export const PARTY_CENTRAL_COMMITTEE = (): BodyRef =>
  centralBody('PARTY_CENTRAL_COMMITTEE', 'Ban Chấp hành Trung ương Đảng', 'Party Central Committee');

/** "Hạ Long" → CITY, but a centrally-run city is a province-level unit. */
function levelOf(unit: Unit): Level {
  return unit.area !== null && unit.word.areaKind === 'CITY' && CENTRAL_CITY_NAMES.has(unit.area.name) ? 'PROVINCE' : unit.word.level;
}

/** "thành phố Hạ Long" / "Ha Long City"; without an area, "thành phố" / "City". */
export function unitName(unit: Unit): { vi: string; en: string } {
  if (unit.area === null) return { vi: unit.word.vi, en: unit.word.en };
  // A numbered unit carries its level word in its name: "Quận 12".
  if (unit.area.name.toLowerCase().startsWith(`${unit.word.vi} `)) return { vi: unit.area.name, en: toAscii(unit.area.name) };
  return { vi: `${unit.word.vi} ${unit.area.name}`, en: `${toAscii(unit.area.name)} ${unit.word.en}` };
}

/** "Tỉnh ủy Quảng Ninh" / "Quang Ninh Provincial Party Committee". */
export function partyCommittee(unit: Unit): BodyRef {
  const name = unit.area === null ? unit.word.committee : `${unit.word.committee} ${committeePlace(unit.area.name)}`;
  return { kind: 'PARTY_COMMITTEE', level: levelOf(unit), area: unit.area, name, nameEn: `${unitName(unit).en} Party Committee` };
}

/** A body named by a head and its unit: "Ủy ban nhân dân" + "tỉnh Quảng Ninh". */
export function unitBody(kind: OrganizationKind, head: string, headEn: string, unit: Unit): BodyRef {
  const { vi, en } = unitName(unit);
  return { kind, level: levelOf(unit), area: unit.area, name: `${head} ${vi}`, nameEn: `${en} ${headEn}` };
}

/** A body of a Party committee: "Ban Thường vụ" + "Tỉnh ủy Quảng Ninh". */
export function committeeBody(kind: OrganizationKind, head: string, headEn: string, unit: Unit): BodyRef {
  const committee = partyCommittee(unit);
  return { kind, level: committee.level, area: unit.area, name: `${head} ${committee.name}`, nameEn: `${unitName(unit).en} ${headEn}` };
}

/** "Thành ủy Thành phố Hồ Chí Minh": a city named after a person keeps "Thành phố" in its name. */
function committeePlace(name: string): string {
  return NAMED_WITH_CITY_WORD.has(name) ? `Thành phố ${name}` : name;
}
