import { describe, expect, it } from 'vitest';
import { ArticleModel } from '../../../src/domain/article.js';
import { personId } from '../../../src/domain/ids.js';
import type { AreaRef, BodyRef, Evidence, Extraction } from '../../../src/domain/extraction.js';
import { resolveArticle } from '../../../src/resolve/resolve-article.js';

const text = 'Ngày 5/6, ông Lê Văn Nam, Bí thư Tỉnh ủy, chủ trì hội nghị. Nguyên Bí thư Trần Hữu Phúc dự.';
const article = ArticleModel.parse({ title: 'Hội nghị', date: '2024-06-05', text });
const quote = (part: string): Evidence => ({ quote: part, start: text.indexOf(part), end: text.indexOf(part) + part.length });

const thanhHoa: AreaRef = { name: 'Thanh Hóa', kind: 'PROVINCE', within: null };
const samSon: AreaRef = { name: 'Sầm Sơn', kind: 'CITY', within: thanhHoa };
const tinhUy: BodyRef = { kind: 'PARTY_COMMITTEE', level: 'PROVINCE', area: thanhHoa, name: 'Tỉnh ủy Thanh Hóa', nameEn: 'Thanh Hoa Provincial Party Committee' };
const thanhUy: BodyRef = { kind: 'PARTY_COMMITTEE', level: 'CITY', area: samSon, name: 'Thành ủy Sầm Sơn', nameEn: 'Sam Son City Party Committee' };
const hdnd: BodyRef = { kind: 'PEOPLES_COUNCIL', level: 'CITY', area: samSon, name: 'Hội đồng nhân dân thành phố Sầm Sơn', nameEn: "Sam Son City People's Council" };
/** Both are placed in Thanh Hóa by their titles. */
const NAM = personId('Lê Văn Nam', 'Thanh Hóa');
const PHUC = personId('Trần Hữu Phúc', 'Thanh Hóa');
const unknownPlace: BodyRef = { kind: 'PARTY_COMMITTEE', level: 'PROVINCE', area: null, name: 'Tỉnh ủy', nameEn: 'Provincial Party Committee' };

const extraction: Extraction = {
  context: { province: thanhHoa, city: null, date: '2024-06-05' },
  persons: [
    {
      name: 'Lê Văn Nam',
      evidence: quote('Lê Văn Nam, Bí thư Tỉnh ủy'),
      titles: [
        { asWritten: 'Bí thư Tỉnh ủy', role: 'SECRETARY', body: tinhUy, status: 'CURRENT', term: null, evidence: quote('Bí thư Tỉnh ủy') },
        { asWritten: 'Bí thư Thành ủy', role: 'SECRETARY', body: thanhUy, status: 'CURRENT', term: null, evidence: quote('Bí thư Tỉnh ủy') },
        { asWritten: 'Chủ tịch HĐND', role: 'CHAIR', body: hdnd, status: 'CURRENT', term: null, evidence: quote('Bí thư Tỉnh ủy') },
      ],
    },
    {
      name: 'Trần Hữu Phúc',
      evidence: quote('Nguyên Bí thư Trần Hữu Phúc'),
      titles: [{ asWritten: 'Nguyên Bí thư', role: 'SECRETARY', body: tinhUy, status: 'FORMER', term: null, evidence: quote('Nguyên Bí thư') }],
    },
    {
      name: 'Lê Văn Nam',
      evidence: quote('Lê Văn Nam'),
      titles: [{ asWritten: 'Bí thư Tỉnh ủy', role: 'SECRETARY', body: unknownPlace, status: 'CURRENT', term: null, evidence: quote('Bí thư Tỉnh ủy') }],
    },
  ],
  events: [
    {
      kind: 'CONFERENCE',
      name: 'Hội nghị Tỉnh ủy Thanh Hóa',
      ordinal: null,
      term: null,
      convenedBy: tinhUy,
      date: { precision: 'DAY', year: 2024, month: 6, day: 5, text: 'Ngày 5/6' },
      participants: [{ name: 'Lê Văn Nam', roles: ['CHAIRED'], evidence: quote('chủ trì hội nghị') }],
      evidence: quote('Ngày 5/6, ông Lê Văn Nam, Bí thư Tỉnh ủy, chủ trì hội nghị.'),
    },
  ],
  changes: [
    {
      kind: 'APPOINTED',
      person: 'Trần Hữu Phúc',
      title: { asWritten: 'Chủ tịch HĐND', role: 'CHAIR', body: hdnd, status: 'CURRENT', term: null, evidence: quote('Trần Hữu Phúc dự') },
      fromTitle: null,
      date: { precision: 'DAY', year: 2024, month: 6, day: 5, text: 'Ngày 5/6' },
      planned: false,
      evidence: quote('Trần Hữu Phúc dự'),
    },
    {
      kind: 'ELECTED',
      person: 'Lê Văn Nam',
      title: { asWritten: 'Bí thư Thành ủy', role: 'SECRETARY', body: thanhUy, status: 'CURRENT', term: null, evidence: quote('Lê Văn Nam') },
      fromTitle: null,
      date: null,
      planned: true,
      evidence: quote('Lê Văn Nam'),
    },
  ],
  bodyEnds: [{ body: thanhUy, date: { precision: 'DAY', year: 2025, month: 7, day: 1, text: '1/7' }, evidence: quote('Lê Văn Nam') }],
  governmentEnds: [{ area: samSon, date: { precision: 'DAY', year: 2025, month: 7, day: 1, text: '1/7' }, evidence: quote('Trần Hữu Phúc dự') }],
};

const graph = resolveArticle(article, 'source:abc', extraction);

describe('resolveArticle', () => {
  it('makes one person per name, with readable ids', () => {
    expect(graph.people.map((person) => person.id)).toEqual([NAM, PHUC]);
  });

  it('makes a tenure per current title whose body is known, attested on the article date, with the mention as evidence', () => {
    expect(graph.tenures.map((tenure) => tenure.id)).toEqual([
      `tenure:${NAM.slice(7)}--bi-thu-tinh-uy-thanh-hoa`,
      `tenure:${NAM.slice(7)}--bi-thu-thanh-uy-sam-son`,
      `tenure:${NAM.slice(7)}--chu-tich-hoi-dong-nhan-dan-thanh-pho-sam-son`,
      `tenure:${PHUC.slice(7)}--bi-thu-tinh-uy-thanh-hoa`,
      `tenure:${PHUC.slice(7)}--chu-tich-hoi-dong-nhan-dan-thanh-pho-sam-son`,
    ]);
    expect(graph.tenures[0]!.attestedOn).toEqual(['2024-06-05']);
    const evidence = graph.evidence.find((item) => item.id === graph.tenures[0]!.evidenceIds[0]);
    expect(evidence?.quote).toBe('Lê Văn Nam, Bí thư Tỉnh ủy');
    expect(text.slice(evidence!.start, evidence!.end)).toBe(evidence!.quote);
  });

  it('makes a former title a tenure called former on the article date, never attested', () => {
    const former = graph.tenures.find((tenure) => tenure.postId === 'post:bi-thu-tinh-uy-thanh-hoa' && tenure.personId === PHUC);
    expect(former).toMatchObject({ attestedOn: [], formerOn: ['2024-06-05'], startDate: null, endDate: null });
    expect(former!.evidenceIds).toHaveLength(1);
  });

  it('states who held a single-holder post before whom: the former holder before the one holding it now', () => {
    expect(graph.successions).toEqual([
      {
        fromTenureId: `tenure:${PHUC.slice(7)}--bi-thu-tinh-uy-thanh-hoa`,
        toTenureId: `tenure:${NAM.slice(7)}--bi-thu-tinh-uy-thanh-hoa`,
        evidenceIds: [expect.stringMatching(/^evidence:abc:/), expect.stringMatching(/^evidence:abc:/)],
      },
    ]);
    // Two people taking up the chair of the council in one article says nothing of their order.
    expect(graph.successions.some((succession) => succession.toTenureId.endsWith('chu-tich-hoi-dong-nhan-dan-thanh-pho-sam-son'))).toBe(false);
  });

  it('states the same order from an undated article, which attests nothing', () => {
    const undated = resolveArticle(ArticleModel.parse({ title: 'Hội nghị', date: null, text }), 'source:abc', { ...extraction, events: [], changes: [], context: { ...extraction.context, date: null } });
    expect(undated.tenures.every((tenure) => tenure.attestedOn.length === 0 && tenure.formerOn.length === 0)).toBe(true);
    expect(undated.successions.map((succession) => [succession.fromTenureId, succession.toTenureId])).toEqual([
      [`tenure:${PHUC.slice(7)}--bi-thu-tinh-uy-thanh-hoa`, `tenure:${NAM.slice(7)}--bi-thu-tinh-uy-thanh-hoa`],
    ]);
  });

  it('makes no tenure from a body whose place is unknown', () => {
    expect(graph.organizations.some((organization) => organization.id === 'org:tinh-uy')).toBe(false);
  });

  it('names posts in both languages', () => {
    expect(graph.posts[0]).toMatchObject({
      id: 'post:bi-thu-tinh-uy-thanh-hoa',
      role: 'SECRETARY',
      name: 'Bí thư Tỉnh ủy Thanh Hóa',
      nameEn: 'Secretary of the Thanh Hoa Provincial Party Committee',
      singleHolder: true,
      organizationId: 'org:tinh-uy-thanh-hoa',
    });
  });

  it('places bodies in the Party hierarchy and in their areas', () => {
    const byId = Object.fromEntries(graph.organizations.map((organization) => [organization.id, organization]));
    expect(byId['org:thanh-uy-sam-son']).toMatchObject({ parentId: 'org:tinh-uy-thanh-hoa', areaId: 'area:thanh-hoa--sam-son' });
    expect(byId['org:tinh-uy-thanh-hoa']).toMatchObject({ parentId: 'org:ban-chap-hanh-trung-uong-dang', areaId: 'area:thanh-hoa' });
    expect(byId['org:ban-chap-hanh-trung-uong-dang']).toMatchObject({ parentId: null, areaId: null, level: 'CENTRAL' });
    expect(graph.areas).toEqual([
      { id: 'area:thanh-hoa', name: 'Thanh Hóa', nameFolded: 'thanh hoa', kind: 'PROVINCE', withinId: null },
      { id: 'area:thanh-hoa--sam-son', name: 'Sầm Sơn', nameFolded: 'sam son', kind: 'CITY', withinId: 'area:thanh-hoa' },
    ]);
  });

  it('makes events with their participants, each with evidence', () => {
    expect(graph.events).toEqual([
      expect.objectContaining({
        id: 'event:hoi-nghi-tinh-uy-thanh-hoa-2024-06-05',
        date: '2024-06-05',
        periodFrom: '2024-06-05',
        periodTo: '2024-06-05',
        convenedById: 'org:tinh-uy-thanh-hoa',
      }),
    ]);
    expect(graph.participations).toEqual([
      { personId: NAM, eventId: 'event:hoi-nghi-tinh-uy-thanh-hoa-2024-06-05', roles: ['CHAIRED'], evidenceIds: [expect.any(String)] },
    ]);
  });

  it("ends the area's People's Council (a government body) but not its Party Committee, unless that is named", () => {
    expect(graph.organizationEnds).toEqual([
      { organizationId: 'org:hoi-dong-nhan-dan-thanh-pho-sam-son', endDate: '2025-07-01', evidenceId: expect.any(String) },
      { organizationId: 'org:thanh-uy-sam-son', endDate: '2025-07-01', evidenceId: expect.any(String) },
    ]);
  });

  it('keeps reported changes with their post and date, and drops planned ones', () => {
    expect(graph.changes).toEqual([
      {
        id: `change:${PHUC.slice(7)}--appointed--chu-tich-hoi-dong-nhan-dan-thanh-pho-sam-son--2024-06-05`,
        kind: 'APPOINTED',
        personId: PHUC,
        postId: 'post:chu-tich-hoi-dong-nhan-dan-thanh-pho-sam-son',
        fromPostId: null,
        date: '2024-06-05',
        dateText: 'Ngày 5/6',
        evidenceIds: [expect.stringMatching(/^evidence:abc:/)],
      },
    ]);
  });

  it('starts the tenure a dated appointment takes up, attested on that day, with the change as evidence', () => {
    const appointed = graph.tenures.find((tenure) => tenure.id === `tenure:${PHUC.slice(7)}--chu-tich-hoi-dong-nhan-dan-thanh-pho-sam-son`);
    expect(appointed).toMatchObject({ startDate: '2024-06-05', endDate: null, attestedOn: ['2024-06-05'] });
    expect(appointed!.evidenceIds).toEqual(graph.changes[0]!.evidenceIds);
  });

  it('cites every quote once, by source and offsets', () => {
    expect(new Set(graph.evidence.map((item) => item.id)).size).toBe(graph.evidence.length);
    for (const item of graph.evidence) expect(item.id).toBe(`evidence:abc:${item.start}-${item.end}`);
  });
});
