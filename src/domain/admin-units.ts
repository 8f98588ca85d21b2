import {
  COMMUNES_FROM_2025,
  DISTRICTS_BEFORE_2025,
  MERGED_INTO_2025,
  PROVINCES_BEFORE_2025,
  PROVINCES_FROM_2025,
} from './admin-units.generated.js';
import { fold } from './text.js';

/**
 * Lookups over Vietnam's administrative units (admin-units.generated.ts), built once at load:
 * which province a district, town, city or commune belongs to, and what became of a province in
 * the 2025 merger. Names are as written in government texts ("Hạ Long", "Hòa Bình").
 */

/** The kinds of units below a province, as their level word names them. */
export type SubUnitKind = 'URBAN_DISTRICT' | 'DISTRICT' | 'TOWN' | 'CITY' | 'WARD' | 'COMMUNE' | 'TOWNSHIP' | 'SPECIAL_ZONE';

const KIND_CODES: Readonly<Record<string, SubUnitKind>> = {
  q: 'URBAN_DISTRICT',
  h: 'DISTRICT',
  tx: 'TOWN',
  tp: 'CITY',
  p: 'WARD',
  x: 'COMMUNE',
  tt: 'TOWNSHIP',
  dk: 'SPECIAL_ZONE',
};

/** A province before 2025-07-01 (63) or from it (34), and whether it is a centrally-run city. */
export interface ProvinceUnit {
  name: string;
  centrallyRun: boolean;
}

/** The 63 provinces and centrally-run cities before 2025-07-01 and the 34 after, each once. */
export const ALL_PROVINCES: readonly ProvinceUnit[] = (() => {
  const byName = new Map<string, ProvinceUnit>();
  for (const [name, kind] of [...PROVINCES_BEFORE_2025, ...PROVINCES_FROM_2025]) {
    const centrallyRun = kind === 'CITY' || byName.get(name)?.centrallyRun === true;
    byName.set(name, { name, centrallyRun });
  }
  return [...byName.values()];
})();

// Where a name is found: the provinces holding a unit of that name, by kind and for any kind.
const byKind = new Map<string, Set<string>>();
const byName = new Map<string, Set<string>>();

function index(province: string, units: string, kinds: ReadonlySet<SubUnitKind> | null): void {
  for (const unit of units.split('|')) {
    const colon = unit.indexOf(':');
    const kind = KIND_CODES[unit.slice(0, colon)];
    const name = unit.slice(colon + 1);
    if (kind === undefined || (kinds !== null && !kinds.has(kind))) continue;
    const key = `${kind} ${name}`;
    byKind.set(key, (byKind.get(key) ?? new Set()).add(province));
    const group = `${isCommuneKind(kind) ? 'C' : 'D'} ${name}`;
    byName.set(group, (byName.get(group) ?? new Set()).add(province));
  }
}

function isCommuneKind(kind: SubUnitKind): boolean {
  return kind === 'WARD' || kind === 'COMMUNE' || kind === 'TOWNSHIP' || kind === 'SPECIAL_ZONE';
}

for (const [province, units] of Object.entries(DISTRICTS_BEFORE_2025)) index(province, units, null);
for (const [province, units] of Object.entries(COMMUNES_FROM_2025)) index(province, units, null);

const only = (provinces: ReadonlySet<string> | undefined): string | null =>
  provinces?.size === 1 ? ([...provinces][0] as string) : null;

/**
 * The province a named unit is in: the province of the one unit of that kind and name, else of
 * the one district-level (or commune-level) unit of that name whatever its kind ("TX Đông Triều"
 * after it became a city). Districts are placed in the 63 provinces, communes in the 34; a name
 * shared by units of two provinces gives null.
 *
 * @example provinceOfUnit('Hạ Long', 'CITY') === 'Quảng Ninh'
 * @example provinceOfUnit('Hoàng Mai', 'URBAN_DISTRICT') === 'Hà Nội'
 */
export function provinceOfUnit(name: string, kind: SubUnitKind): string | null {
  const exact = byKind.get(`${kind} ${name}`);
  if (exact !== undefined) return only(exact);
  return only(byName.get(`${isCommuneKind(kind) ? 'C' : 'D'} ${name}`));
}

/**
 * Whether some unit at the level of `kind` (district-level: quận, huyện, thị xã, thành phố;
 * commune-level: phường, xã, thị trấn, đặc khu) bears this name, in any province.
 *
 * @example isUnitName('Ngô Quyền', 'URBAN_DISTRICT') === true
 */
export function isUnitName(name: string, kind: SubUnitKind): boolean {
  return byName.has(`${isCommuneKind(kind) ? 'C' : 'D'} ${name}`);
}

/**
 * The province of the 34 that an old province is part of from 2025-07-01, or null for a name
 * that is not one of the 63 (Nghị quyết 202/2025/QH15).
 *
 * @example mergedInto('Hải Dương') === 'Hải Phòng'
 */
export function mergedInto(province: string): string | null {
  return MERGED_INTO_2025[province] ?? null;
}

/** The old provinces merged into `province` from 2025-07-01 (itself included when it was one). */
export function mergedFrom(province: string): readonly string[] {
  return Object.keys(MERGED_INTO_2025).filter((old) => MERGED_INTO_2025[old] === province);
}

/** Names folded and without spaces ("quangninh"), as site names write them. */
export function compactName(name: string): string {
  return fold(name).replace(/[^a-z0-9]/g, '');
}

/** Every district-level city before 2025-07-01 with its province: site names may name them. */
export function districtCities(): readonly (readonly [string, string])[] {
  const cities: [string, string][] = [];
  for (const [key, provinces] of byKind) {
    const province = only(provinces);
    if (key.startsWith('CITY ') && province !== null) cities.push([key.slice('CITY '.length), province]);
  }
  return cities;
}
