import type { AreaRef, BodyRef } from '../domain/extraction.js';
import { areaId, organizationId } from '../domain/ids.js';
import { fold, stripDiacritics } from '../domain/text.js';
import type { AreaRecord, OrganizationRecord } from './article-graph.js';

/** Ids of areas include the areas they lie within, so a city and a province of one name stay apart. */
export function areaIdOf(area: AreaRef): string {
  const chain: string[] = [];
  for (let current: AreaRef | null = area; current; current = current.within) chain.unshift(current.name);
  return areaId(chain);
}

/** The area and every area it lies within, as records. */
export function areaRecords(area: AreaRef): AreaRecord[] {
  const records: AreaRecord[] = [];
  for (let current: AreaRef | null = area; current; current = current.within) {
    records.push({
      id: areaIdOf(current),
      name: current.name,
      nameFolded: fold(current.name),
      kind: current.kind,
      withinId: current.within ? areaIdOf(current.within) : null,
    });
  }
  return records;
}

/** A body can become an Organization when its place is known, or when it is a central body. */
export function isResolvable(body: BodyRef | null): body is BodyRef {
  return body !== null && (body.area !== null || body.level === 'CENTRAL');
}

export const PARTY_CENTRAL_COMMITTEE: BodyRef = {
  kind: 'PARTY_CENTRAL_COMMITTEE',
  level: 'CENTRAL',
  area: null,
  name: 'Ban Chấp hành Trung ương Đảng',
  nameEn: 'Party Central Committee',
};

function provincialPartyCommittee(province: AreaRef): BodyRef {
  return {
    kind: 'PARTY_COMMITTEE',
    level: 'PROVINCE',
    area: province,
    name: `Tỉnh ủy ${province.name}`,
    nameEn: `${stripDiacritics(province.name)} Provincial Party Committee`,
  };
}

function localPartyCommittee(area: AreaRef): BodyRef | null {
  if (area.kind === 'PROVINCE') return provincialPartyCommittee(area);
  if (area.kind === 'CITY') {
    return { kind: 'PARTY_COMMITTEE', level: 'CITY', area, name: `Thành ủy ${area.name}`, nameEn: `${stripDiacritics(area.name)} City Party Committee` };
  }
  return null;
}

/**
 * The body a body belongs to, by the Party's hierarchy: a city or district Party Committee
 * belongs to its province's, a provincial one to the Central Committee, a military Party
 * organisation to the Party Committee of its area. Other bodies have no parent here.
 */
export function parentBody(body: BodyRef): BodyRef | null {
  if (body.kind === 'PARTY_COMMITTEE' && body.area) {
    if (body.level === 'PROVINCE') return PARTY_CENTRAL_COMMITTEE;
    return body.area.within ? localPartyCommittee(body.area.within) : null;
  }
  if (body.kind === 'MILITARY' && body.area) return localPartyCommittee(body.area);
  return null;
}

/** The organization records for a body and the bodies above it. */
export function organizationRecords(body: BodyRef): OrganizationRecord[] {
  const records: OrganizationRecord[] = [];
  for (let current: BodyRef | null = body; current && isResolvable(current); ) {
    const parent: BodyRef | null = parentBody(current);
    records.push({
      id: organizationId(current.name),
      name: current.name,
      nameEn: current.nameEn,
      nameFolded: fold(current.name),
      kind: current.kind,
      level: current.level,
      areaId: current.area ? areaIdOf(current.area) : null,
      parentId: parent ? organizationId(parent.name) : null,
    });
    current = parent;
  }
  return records;
}
