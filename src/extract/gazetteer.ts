import { isUnitName, provinceOfUnit, type SubUnitKind } from '../domain/admin-units.js';

/**
 * Which province a named city, district, town or commune is in, from the table of Vietnam's
 * administrative units (domain/admin-units): an article that names only "thành phố Hạ Long",
 * "TX Đông Triều" or "phường Văn Miếu - Quốc Tử Giám" is about that unit's province.
 */

// The level word as written ("thành phố", "quận", …) → the kind of unit in the table.
const KIND_OF_LEVEL_WORD: Readonly<Record<string, SubUnitKind>> = {
  'thành phố': 'CITY',
  huyện: 'DISTRICT',
  quận: 'URBAN_DISTRICT',
  'thị xã': 'TOWN',
  phường: 'WARD',
  xã: 'COMMUNE',
  'thị trấn': 'TOWNSHIP',
  'đặc khu': 'SPECIAL_ZONE',
};

/**
 * The province a unit named after `levelWord` is in, or null when the table has no such unit or
 * units of that name in several provinces.
 *
 * @example provinceOfPlace('Hạ Long', 'thành phố') === 'Quảng Ninh'
 * @example provinceOfPlace('Hai Bà Trưng', 'quận') === 'Hà Nội'
 */
export function provinceOfPlace(name: string, levelWord: string): string | null {
  const kind = KIND_OF_LEVEL_WORD[levelWord];
  return kind === undefined ? null : provinceOfUnit(name, kind);
}

/**
 * The province a district-level city or town is in, or null when it is not a known one.
 *
 * @example provinceOfCity('Hạ Long') === 'Quảng Ninh'
 */
export function provinceOfCity(name: string): string | null {
  return provinceOfUnit(name, 'CITY');
}

/**
 * Whether a unit of the level `levelWord` names ("quận", "phường", "thành phố") bears this name
 * somewhere: after "Quận ủy", "Ngô Quyền" is a district, not a person.
 */
export function isPlaceOfLevel(name: string, levelWord: string): boolean {
  const kind = KIND_OF_LEVEL_WORD[levelWord];
  return kind !== undefined && isUnitName(name, kind);
}
