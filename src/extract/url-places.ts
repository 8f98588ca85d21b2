import { ALL_PROVINCES, compactName, districtCities } from '../domain/admin-units.js';
import { slug } from '../domain/text.js';
import { PLACE_ALIASES } from './places.js';

/**
 * The places an article's address names: a path segment that is a province's slug
 * (".../quang-ninh/..."), a provincial paper's site ("baoquangninh.vn", "nguoihanoi.vn"), a
 * city's site ("halongcity.gov.vn"), or "thanh-pho-<city>" in the page's slug. Built from the
 * table of administrative units, not from a list of sites.
 */

export interface UrlPlaces {
  /** From a path segment that is a province's slug. */
  pathProvince: string | null;
  /** From the site's name, or the province of a city the site or the slug names. */
  siteProvince: string | null;
  /** A district-level city the site or the slug names. */
  city: string | null;
}

const NONE: UrlPlaces = { pathProvince: null, siteProvince: null, city: null };

const PROVINCE_SLUGS = new Map(ALL_PROVINCES.map((province) => [slug(province.name), province.name]));

// A name shorter than this is found in a site's name only when it is the whole label ("hue.gov.vn").
const MIN_SUBSTRING_LENGTH = 5;

/** Compact names ("quangninh", "hcm") → the province, longest first. */
const SITE_PROVINCE_NAMES: readonly (readonly [string, string])[] = [
  ...ALL_PROVINCES.map((province) => [compactName(province.name), province.name] as const),
  ...[...PLACE_ALIASES].map(([alias, name]) => [compactName(alias), name] as const),
].sort((a, b) => b[0].length - a[0].length);

/** Compact names of district-level cities → [city, province], longest first. */
const CITIES = districtCities();
const SITE_CITY_NAMES = CITIES.map(([city, province]) => [compactName(city), city, province] as const)
  .filter(([compact]) => compact.length > MIN_SUBSTRING_LENGTH)
  .sort((a, b) => b[0].length - a[0].length);
const CITY_SLUGS = new Map(CITIES.map(([city, province]) => [slug(city), [city, province] as const]));

// Labels of a host that name no place: "www", "m", "amp", top-level and second-level domains.
const GENERIC_LABELS = new Set(['www', 'm', 'amp', 'vn', 'com', 'org', 'net', 'gov', 'edu', 'info', 'biz']);

/** The places in an article's URL; nothing for an address that is not a URL. */
export function placesInUrl(url: string | null): UrlPlaces {
  if (typeof url !== 'string') return NONE;
  const match = /^[a-z]+:\/\/([^/?#]*)([^?#]*)/i.exec(url.trim());
  if (match === null) return NONE;
  const host = (match[1] ?? '').toLowerCase();
  const path = (match[2] ?? '').toLowerCase();
  const pathProvince = path.split('/').map((segment) => PROVINCE_SLUGS.get(segment)).find((name) => name !== undefined) ?? null;
  const labels = host.split('.').filter((label) => label !== '' && !GENERIC_LABELS.has(label));
  const siteProvince = labels.map(provinceInLabel).find((name) => name !== null) ?? null;
  // "bacninh.dangcongsan.vn" names the province, not its same-named city.
  const siteCity = labels.map((label) => (provinceInLabel(label) === null ? cityInLabel(label) : null)).find((city) => city !== null) ?? null;
  const city = siteCity ?? cityInSlug(path);
  return { pathProvince, siteProvince: siteProvince ?? city?.[1] ?? null, city: city?.[0] ?? null };
}

function provinceInLabel(label: string): string | null {
  const compact = label.replace(/[^a-z0-9]/g, '');
  for (const [name, province] of SITE_PROVINCE_NAMES) {
    if (compact === name || (name.length >= MIN_SUBSTRING_LENGTH && compact.includes(name))) return province;
  }
  return null;
}

function cityInLabel(label: string): readonly [string, string] | null {
  const compact = label.replace(/[^a-z0-9]/g, '');
  for (const [name, city, province] of SITE_CITY_NAMES) if (compact.includes(name)) return [city, province];
  return null;
}

const MAX_CITY_WORDS = 4;

/** ".../hoi-nghi-thanh-pho-bac-kan-lan-thu-12.html": the city after "thanh-pho". */
function cityInSlug(path: string): readonly [string, string] | null {
  const words = path.split(/[^a-z0-9]+/);
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i] !== 'thanh' || words[i + 1] !== 'pho') continue;
    for (let length = MAX_CITY_WORDS; length >= 1; length--) {
      const city = CITY_SLUGS.get(words.slice(i + 2, i + 2 + length).join('-'));
      if (city !== undefined) return city;
    }
  }
  return null;
}
