import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { graphqlClient } from '../support/graphql.js';
import { resetGraph, testStore } from '../support/neo4j.js';
import { seedArticle } from '../support/seed.js';
import { personId } from '../../src/domain/ids.js';

const store = testStore();
const api = graphqlClient(store);

beforeAll(async () => {
  await store.applySchema();
  await resetGraph(store);
  const result = await ingestArticle(store, seedArticle());
  expect(result.written).toBe(true);
  // Full-text indexes are eventually consistent: wait until the new names are searchable.
  await store.driver.executeQuery('CALL db.awaitIndexes(60)');
});
afterAll(() => store.close());

const HOLDERS = `query ($org: ID!, $role: Role!, $on: Date!, $min: Certainty) {
  holders(organization: $org, role: $role, on: $on, minCertainty: $min) {
    certainty
    person { id name }
    tenure { post { name } evidence { quote source { title publishedOn } } }
  }
}`;

const TENURES = `query ($id: ID!, $on: Date) {
  person(id: $id) { name tenures(on: $on) { certainty post { role name organization { id name nameEn } } } }
}`;

async function postsOf(personId: string, on = '2025-04-03') {
  const { person } = await api.data(TENURES, { id: personId, on });
  return person.tenures.map((tenure: any) => `${tenure.post.role} ${tenure.post.organization.name}`).sort();
}

describe('the seed article, through GraphQL', () => {
  it('Vũ Đại Thắng was SECRETARY of Tỉnh ủy Quảng Ninh on 2025-04-03, CONFIRMED, with the quote', async () => {
    const { holders } = await api.data(HOLDERS, { org: 'org:tinh-uy-quang-ninh', role: 'SECRETARY', on: '2025-04-03' });
    expect(holders).toHaveLength(1);
    expect(holders[0].person).toEqual({ id: personId('Vũ Đại Thắng', 'Quảng Ninh'), name: 'Vũ Đại Thắng' });
    expect(holders[0].certainty).toBe('CONFIRMED');
    const quotes = holders[0].tenure.evidence.map((evidence: any) => evidence.quote);
    expect(quotes.some((quote: string) => quote.includes('Vũ Đại Thắng, Ủy viên TW Đảng, Bí thư Tỉnh ủy'))).toBe(true);
    expect(holders[0].tenure.evidence[0].source).toEqual({ title: 'Hội nghị BCH Đảng bộ Thành phố lần thứ 63', publishedOn: '2025-04-03' });
  });

  it('his tenures on 2025-04-03: Member of the Party Central Committee and Secretary of Tỉnh ủy Quảng Ninh', async () => {
    expect(await postsOf(personId('Vũ Đại Thắng', 'Quảng Ninh'))).toEqual(['MEMBER Ban Chấp hành Trung ương Đảng', 'SECRETARY Tỉnh ủy Quảng Ninh']);
  });

  it.each([
    [personId('Vũ Quyết Tiến', 'Quảng Ninh'), ['DEPUTY_SECRETARY Tỉnh ủy Quảng Ninh']],
    [personId('Vũ Thị Mai Anh', 'Quảng Ninh'), ['CHAIR Hội đồng nhân dân thành phố Hạ Long', 'STANDING_DEPUTY_SECRETARY Thành ủy Hạ Long']],
    [personId('Nguyễn Tiến Dũng', 'Quảng Ninh'), ['CHAIR Ủy ban nhân dân thành phố Hạ Long', 'DEPUTY_SECRETARY Thành ủy Hạ Long']],
  ])('%s held %j on 2025-04-03', async (id, posts) => {
    expect(await postsOf(id)).toEqual(posts);
  });

  it('the 63rd conference of Thành ủy Hạ Long, with who did what', async () => {
    const { events } = await api.data(`{
      events(organization: "org:thanh-uy-ha-long") {
        totalCount
        edges { node { name ordinal date dateKnown term termStart termEnd convenedBy { id }
          participants { person { name } roles evidence { quote } } evidence { quote } } }
      }
    }`);
    expect(events.totalCount).toBe(1);
    const event = events.edges[0].node;
    expect(event).toMatchObject({ ordinal: 63, date: '2025-04-03', dateKnown: true, term: 'XXV', termStart: 2020, termEnd: 2025 });
    expect(event.name).toMatch(/^Hội nghị .* lần thứ 63$/);
    expect(event.convenedBy.id).toBe('org:thanh-uy-ha-long');
    expect(event.evidence.length).toBeGreaterThan(0);
    const roles = Object.fromEntries(event.participants.map((p: any) => [p.person.name, p.roles]));
    expect(roles['Vũ Đại Thắng']).toEqual(expect.arrayContaining(['ATTENDED', 'DIRECTED', 'SPOKE']));
    expect(roles['Vũ Quyết Tiến']).toEqual(expect.arrayContaining(['ATTENDED', 'DIRECTED']));
    expect(roles['Vũ Thị Mai Anh']).toEqual(expect.arrayContaining(['CO_CHAIRED', 'CONCLUDED']));
    expect(roles['Nguyễn Tiến Dũng']).toEqual(expect.arrayContaining(['CO_CHAIRED']));
    expect(Object.keys(roles).sort()).toEqual(['Nguyễn Tiến Dũng', 'Vũ Quyết Tiến', 'Vũ Thị Mai Anh', 'Vũ Đại Thắng'].sort());
    for (const participant of event.participants) expect(participant.evidence.length).toBeGreaterThan(0);
  });

  it('the 16th Congress of the city military Party organisation, dated only to the first quarter of 2025', async () => {
    const { events } = await api.data(`{
      events(from: "2025-01-01", to: "2025-12-31") { edges { node { kind name ordinal date dateKnown dateText period { from to } termStart termEnd evidence { quote } } } }
    }`);
    const congress = events.edges.map((edge: any) => edge.node).find((event: any) => event.kind === 'CONGRESS');
    expect(congress).toMatchObject({
      ordinal: 16,
      date: null,
      dateKnown: false,
      period: { from: '2025-01-01', to: '2025-03-31' },
      termStart: 2025,
      termEnd: 2030,
    });
    expect(congress.name).toMatch(/Đại hội Đảng bộ Quân sự thành phố/);
    expect(congress.evidence[0].quote).toContain('Đại hội Đảng bộ Quân sự thành phố lần thứ XVI');
  });

  it('the org chart of Tỉnh ủy Quảng Ninh on 2025-04-03, with Thành ủy Hạ Long as a child', async () => {
    const { orgChart } = await api.data(`{
      orgChart(organization: "org:tinh-uy-quang-ninh", on: "2025-04-03") {
        organization { name nameEn }
        posts { post { role } holders { person { name } certainty } }
        children { organization { id } posts { post { role } holders { person { name } } } }
      }
    }`);
    expect(orgChart.organization).toEqual({ name: 'Tỉnh ủy Quảng Ninh', nameEn: 'Quang Ninh Provincial Party Committee' });
    const holders = (posts: any[]) =>
      Object.fromEntries(posts.map((p) => [p.post.role, p.holders.map((h: any) => h.person.name)]));
    expect(holders(orgChart.posts)).toEqual({ SECRETARY: ['Vũ Đại Thắng'], DEPUTY_SECRETARY: ['Vũ Quyết Tiến'] });
    const city = orgChart.children.find((child: any) => child.organization.id === 'org:thanh-uy-ha-long');
    expect(holders(city.posts)).toEqual({ STANDING_DEPUTY_SECRETARY: ['Vũ Thị Mai Anh'], DEPUTY_SECRETARY: ['Nguyễn Tiến Dũng'] });
  });

  it("the city's People's Council and People's Committee end on 2025-07-01, with evidence, and have no holders after", async () => {
    for (const id of ['org:hoi-dong-nhan-dan-thanh-pho-ha-long', 'org:uy-ban-nhan-dan-thanh-pho-ha-long']) {
      const { organization } = await api.data(`query ($id: ID!) { organization(id: $id) { endDate endEvidence { quote } } }`, { id });
      expect(organization.endDate).toBe('2025-07-01');
      expect(organization.endEvidence[0].quote).toContain('kết thúc hoạt động của Thành phố');
      const { holders } = await api.data(HOLDERS, { org: id, role: 'CHAIR', on: '2025-08-01', min: 'POSSIBLE' });
      expect(holders).toEqual([]);
    }
  });

  it('on 2025-05-01 the Secretary is only POSSIBLE: absent by default, present when asked for POSSIBLE', async () => {
    const byDefault = await api.data(HOLDERS, { org: 'org:tinh-uy-quang-ninh', role: 'SECRETARY', on: '2025-05-01' });
    expect(byDefault.holders).toEqual([]);
    const possible = await api.data(HOLDERS, { org: 'org:tinh-uy-quang-ninh', role: 'SECRETARY', on: '2025-05-01', min: 'POSSIBLE' });
    expect(possible.holders.map((h: any) => [h.person.name, h.certainty])).toEqual([['Vũ Đại Thắng', 'POSSIBLE']]);
  });

  it.each([
    ['vu dai thang', 'Person', 'Vũ Đại Thắng'],
    ['hdnd ha long', 'Organization', 'Hội đồng nhân dân thành phố Hạ Long'],
    ['Tỉnh ủy Quảng Ninh', 'Organization', 'Tỉnh ủy Quảng Ninh'],
  ])('search(%j) finds %s %s first', async (text, type, name) => {
    const { search } = await api.data(
      `query ($text: String!) { search(text: $text) { __typename ... on Person { name } ... on Organization { name } ... on Post { name } } }`,
      { text },
    );
    expect(search[0]).toEqual({ __typename: type, name });
  });

  it('makes no Person or Event from the byline or the list of other news', async () => {
    const { search } = await api.data(`{ search(text: "thu huong") { __typename } }`);
    expect(search).toEqual([]);
    const { events } = await api.data(`{ events { totalCount edges { node { name } } } }`);
    expect(events.totalCount).toBe(2);
    expect(events.edges.map((edge: any) => edge.node.name).join('\n')).not.toMatch(/Phiên họp thường kỳ/);
  });
});

describe('bad arguments', () => {
  it('an unknown organization id is NOT_FOUND with a message that says what to do', async () => {
    const result = await api.request(HOLDERS, { org: 'org:nowhere', role: 'SECRETARY', on: '2025-04-03' });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(result.errors?.[0]?.message).toBe('No organization with id "org:nowhere". Find ids with the `search` query.');
  });

  it('a malformed date is BAD_USER_INPUT', async () => {
    const result = await api.request(HOLDERS, { org: 'org:tinh-uy-quang-ninh', role: 'SECRETARY', on: '2025-13-01' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('expected a calendar date as YYYY-MM-DD');
  });

  it('a malformed date written in the query is BAD_USER_INPUT too', async () => {
    const result = await api.request(`{ holders(organization: "org:tinh-uy-quang-ninh", role: SECRETARY, on: "3/4/2025") { certainty } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an unknown person is NOT_FOUND', async () => {
    const result = await api.request(`{ person(id: "person:nobody") { name } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
