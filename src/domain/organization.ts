/** What kind of body an organization is (DESIGN.md, graph model). */
export const ORGANIZATION_KINDS = [
  'PARTY_CENTRAL_COMMITTEE',
  'PARTY_COMMITTEE',
  'PARTY_STANDING_COMMITTEE',
  'PARTY_EXECUTIVE_COMMITTEE',
  'PARTY_ORGANIZATION',
  'PARTY_INSPECTION_COMMISSION',
  'PEOPLES_COUNCIL',
  'PEOPLES_COMMITTEE',
  'FATHERLAND_FRONT',
  'MASS_ORGANIZATION',
  'NATIONAL_ASSEMBLY',
  'GOVERNMENT',
  'MINISTRY',
  'STATE_BODY',
  'MILITARY',
] as const;

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const LEVELS = ['CENTRAL', 'PROVINCE', 'CITY', 'DISTRICT', 'COMMUNE'] as const;
export type Level = (typeof LEVELS)[number];

export const AREA_KINDS = ['COUNTRY', 'PROVINCE', 'CITY', 'DISTRICT', 'TOWN', 'WARD', 'COMMUNE'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];
