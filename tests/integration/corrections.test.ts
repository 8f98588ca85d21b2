import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey, hashApiKey } from '../../src/api/auth/key-material.js';
import type { Article } from '../../src/domain/article.js';
import { personId } from '../../src/domain/ids.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { exportGraph } from '../../src/store/export-graph.js';
import { articleOn } from '../support/articles.js';
import { graphqlClient } from '../support/graphql.js';
import { freshGraph, testStore } from '../support/neo4j.js';

const store = testStore();
const editorKey = generateApiKey();
const readerKey = generateApiKey();
const apiKeys = [
  { name: 'lan', role: 'editor' as const, sha256: hashApiKey(editorKey) },
  { name: 'ci-bot', role: 'reader' as const, sha256: hashApiKey(readerKey) },
];
const editor = graphqlClient(store, { apiKeys, key: editorKey });

const articles: Article[] = [
  articleOn('2021-04-08', 'Sáng 8/4, đồng chí Le Huu Phuoc, Chủ tịch UBND tỉnh Hà Tĩnh dự hội nghị.'),
  articleOn('2023-10-12', 'Sáng 12/10, đồng chí Lê Hữu Phước, Chủ tịch UBND tỉnh Hà Tĩnh dự hội nghị.'),
  articleOn('2022-05-01', 'Sáng 1/5, đồng chí Trần Văn Bình, Giám đốc Sở Tài chính tỉnh Hà Tĩnh dự hội nghị.'),
  articleOn('2022-06-01', 'Sáng 1/6, đồng chí Trần Văn Bình, Giám đốc Sở Tài chính tỉnh Hà Tĩnh phát biểu tại hội nghị.'),
  articleOn('2022-07-01', 'Sáng 1/7, đồng chí Trần Văn Bình, Giám đốc Sở Tài chính tỉnh Hà Tĩnh kiểm tra công trình.'),
  articleOn('2024-01-10', 'Sáng 10/1, đồng chí Phạm Văn Đông, Bí thư Tỉnh ủy Hà Tĩnh dự lễ khởi công.'),
  articleOn('2022-03-01', 'Sáng 1/3, đồng chí Nguyễn Văn Hải, Giám đốc Sở Xây dựng tỉnh Hà Tĩnh dự hội nghị.'),
  articleOn('2022-09-01', 'Sáng 1/9, đồng chí Nguyen Van Hai, Giám đốc Sở Xây dựng tỉnh Hà Tĩnh kiểm tra công trình.'),
];
const PHUOC = personId('Lê Hữu Phước', 'Hà Tĩnh');
const PHUOC_UNACCENTED = personId('Le Huu Phuoc', 'Hà Tĩnh');
const BINH = personId('Trần Văn Bình', 'Hà Tĩnh');
const DONG = personId('Phạm Văn Đông', 'Hà Tĩnh');
const HAI = personId('Nguyễn Văn Hải', 'Hà Tĩnh');
const HAI_UNACCENTED = personId('Nguyen Van Hai', 'Hà Tĩnh');
const UBND = 'org:uy-ban-nhan-dan-tinh-ha-tinh';

const ingestAll = async (order: readonly Article[]) => {
  for (const article of order) await ingestArticle(store, article);
};
const holders = async (organization: string, role: string, on: string) =>
  (
    await editor.data(
      `query ($organization: ID!, $role: Role!, $on: Date!) {
        holders(organization: $organization, role: $role, on: $on, minCertainty: POSSIBLE) { person { id name aliases } certainty reason }
      }`,
      { organization, role, on },
    )
  ).holders;
const sourceIdOfDay = async (id: string, day: string) => {
  const { person } = await editor.data(`query ($id: ID!) { person(id: $id) { tenures { evidence { id source { id publishedOn } } } } }`, { id });
  const evidence = person.tenures.flatMap((tenure: any) => tenure.evidence);
  return evidence.find((item: any) => item.source.publishedOn === day);
};

beforeAll(async () => {
  await freshGraph(store);
  await ingestAll(articles);
});
afterAll(() => store.close());

describe('corrections', () => {
  it('mergePeople makes two spellings one person, whose tenure spans both attestations', async () => {
    expect((await holders(UBND, 'CHAIR', '2022-06-01')).map((h: any) => h.person.name).sort()).toEqual(['Le Huu Phuoc', 'Lê Hữu Phước']);
    const { mergePeople } = await editor.data(
      `mutation ($into: ID!, $people: [ID!]!) { mergePeople(into: $into, people: $people, note: "Same man; C04 lost its diacritics") { kind by note people { id name aliases } } }`,
      { into: PHUOC, people: [PHUOC_UNACCENTED] },
    );
    expect(mergePeople).toEqual({
      kind: 'MERGE_PEOPLE',
      by: 'lan',
      note: 'Same man; C04 lost its diacritics',
      people: [{ id: PHUOC, name: 'Lê Hữu Phước', aliases: ['Le Huu Phuoc'] }],
    });
    expect(await holders(UBND, 'CHAIR', '2022-06-01')).toEqual([
      { person: { id: PHUOC, name: 'Lê Hữu Phước', aliases: ['Le Huu Phuoc'] }, certainty: 'INFERRED', reason: 'between attestations 2021-04-08 and 2023-10-12' },
    ]);
    // The id merged away keeps answering, with the person it became.
    const merged = await editor.data(`query ($id: ID!) { person(id: $id) { id } }`, { id: PHUOC_UNACCENTED });
    expect(merged.person).toEqual({ id: PHUOC });
    const { possibleDuplicates } = await editor.data(`{ possibleDuplicates { people { id } } }`);
    expect(possibleDuplicates.flatMap((candidate: any) => candidate.people.map((p: any) => p.id))).not.toContain(PHUOC);
  });

  it('correctTenure sets a start over what the articles report', async () => {
    expect((await holders(UBND, 'CHAIR', '2020-08-01'))[0]).toMatchObject({ certainty: 'POSSIBLE' });
    const { person } = await editor.data(`query ($id: ID!) { person(id: $id) { tenures { id } } }`, { id: PHUOC });
    const { correctTenure } = await editor.data(
      `mutation ($tenure: ID!) { correctTenure(tenure: $tenure, startDate: "2020-07-01", note: "Elected 1/7/2020 (HĐND resolution)") { kind startDate clearsEndDate tenure { startDate endDate } } }`,
      { tenure: person.tenures[0].id },
    );
    expect(correctTenure).toEqual({ kind: 'CORRECT_TENURE', startDate: '2020-07-01', clearsEndDate: false, tenure: { startDate: '2020-07-01', endDate: null } });
    expect(await holders(UBND, 'CHAIR', '2020-08-01')).toEqual([
      expect.objectContaining({ certainty: 'INFERRED', reason: 'between the reported start 2020-07-01 and the last attestation 2023-10-12' }),
    ]);
    expect(await holders(UBND, 'CHAIR', '2020-06-30')).toEqual([]);
  });

  it('splitPerson gives the mentions in the named articles to a new person', async () => {
    const evidence = await sourceIdOfDay(BINH, '2022-06-01');
    const { splitPerson } = await editor.data(
      `mutation ($person: ID!, $sources: [ID!]!) { splitPerson(person: $person, sources: $sources, note: "Another Bình: the deputy director") { people { id tenures { firstAttested lastAttested } } sources { id } } }`,
      { person: BINH, sources: [evidence.source.id] },
    );
    const [kept, split] = splitPerson.people;
    expect(kept).toEqual({ id: BINH, tenures: [{ firstAttested: '2022-05-01', lastAttested: '2022-07-01' }] });
    expect(split.id).not.toBe(BINH);
    expect(split.tenures).toEqual([{ firstAttested: '2022-06-01', lastAttested: '2022-06-01' }]);
    expect(splitPerson.sources).toEqual([{ id: evidence.source.id }]);
    // Two people of one name in one province, but an editor said so: not listed again.
    const { possibleDuplicates } = await editor.data(`{ possibleDuplicates { people { id } } }`);
    expect(possibleDuplicates.map((candidate: any) => candidate.people.map((p: any) => p.id))).not.toContainEqual(expect.arrayContaining([BINH, split.id]));
  });

  it('rejectEvidence removes what rested only on the quote', async () => {
    expect((await holders('org:tinh-uy-ha-tinh', 'SECRETARY', '2024-01-10')).map((h: any) => h.person.id)).toEqual([DONG]);
    const evidence = await sourceIdOfDay(DONG, '2024-01-10');
    const { rejectEvidence } = await editor.data(
      `mutation ($evidence: ID!) { rejectEvidence(evidence: $evidence, note: "Đông attended; the Secretary title belongs to another man") { kind evidence { id quote } } }`,
      { evidence: evidence.id },
    );
    expect(rejectEvidence).toEqual({ kind: 'REJECT_EVIDENCE', evidence: { id: evidence.id, quote: expect.stringContaining('Phạm Văn Đông') } });
    expect(await holders('org:tinh-uy-ha-tinh', 'SECRETARY', '2024-01-10')).toEqual([]);

    // A person named elsewhere too keeps what the other quotes say, and the correction names them.
    const late = await sourceIdOfDay(BINH, '2022-07-01');
    const { rejectEvidence: second } = await editor.data(
      `mutation ($evidence: ID!) { rejectEvidence(evidence: $evidence, note: "The inspection was the deputy's") { people { id tenures { firstAttested lastAttested } } } }`,
      { evidence: late.id },
    );
    expect(second.people).toEqual([{ id: BINH, tenures: [{ firstAttested: '2022-05-01', lastAttested: '2022-05-01' }] }]);
  });

  it('auditLog lists every correction, newest first, with who and why', async () => {
    const { auditLog } = await editor.data(`{ auditLog { kind by note at } }`);
    expect(auditLog.map((entry: any) => [entry.kind, entry.by])).toEqual([
      ['REJECT_EVIDENCE', 'lan'],
      ['REJECT_EVIDENCE', 'lan'],
      ['SPLIT_PERSON', 'lan'],
      ['CORRECT_TENURE', 'lan'],
      ['MERGE_PEOPLE', 'lan'],
    ]);
    expect(auditLog[4].note).toBe('Same man; C04 lost its diacritics');
    expect(Date.parse(auditLog[0].at)).toBeGreaterThanOrEqual(Date.parse(auditLog[4].at));
  });

  it('a tenure corrected before its holder is merged stays corrected, as the merged tenure', async () => {
    const { person } = await editor.data(`query ($id: ID!) { person(id: $id) { tenures { id } } }`, { id: HAI_UNACCENTED });
    await editor.data(`mutation ($tenure: ID!) { correctTenure(tenure: $tenure, endDate: "2023-01-01", note: "Retired 1/1/2023") { kind } }`, {
      tenure: person.tenures[0].id,
    });
    await editor.data(`mutation ($into: ID!, $people: [ID!]!) { mergePeople(into: $into, people: $people, note: "Same director") { kind } }`, {
      into: HAI,
      people: [HAI_UNACCENTED],
    });
    const { person: merged } = await editor.data(`query ($id: ID!) { person(id: $id) { tenures { id firstAttested lastAttested endDate } } }`, { id: HAI });
    expect(merged.tenures).toEqual([{ id: expect.any(String), firstAttested: '2022-03-01', lastAttested: '2022-09-01', endDate: '2023-01-01' }]);
    const { auditLog } = await editor.data(`{ auditLog(first: 2) { kind tenure { id } } }`);
    expect(auditLog).toEqual([
      { kind: 'MERGE_PEOPLE', tenure: null },
      { kind: 'CORRECT_TENURE', tenure: { id: merged.tenures[0].id } },
    ]);
  });

  it('every correction survives re-ingesting every article, and reading them all again in another order', async () => {
    const corrected = await exportGraph(store);
    await ingestAll(articles);
    expect(await exportGraph(store)).toEqual(corrected);

    // Everything but the corrections goes; the articles come back in reverse order.
    await store.driver.executeQuery('MATCH (n) WHERE NOT n:Correction AND NOT n:OfficialsGraphTestDatabase DETACH DELETE n');
    await ingestAll([...articles].reverse());
    expect(await exportGraph(store)).toEqual(corrected);
    expect((await holders(UBND, 'CHAIR', '2020-08-01')).map((h: any) => h.person.id)).toEqual([PHUOC]);
    expect(await holders('org:tinh-uy-ha-tinh', 'SECRETARY', '2024-01-10')).toEqual([]);
  });
});

describe('corrections: who may make them, and bad input', () => {
  const mutation = `mutation ($into: ID!, $people: [ID!]!, $note: String!) { mergePeople(into: $into, people: $people, note: $note) { kind } }`;
  const codeOf = async (client: ReturnType<typeof graphqlClient>, variables: Record<string, unknown>) =>
    (await client.request(mutation, variables)).errors?.map((error) => [error.extensions?.code, error.message]);

  it('needs an editor key: UNAUTHENTICATED without one, FORBIDDEN with a reader key', async () => {
    const variables = { into: BINH, people: [DONG], note: 'x' };
    expect((await codeOf(graphqlClient(store, { apiKeys }), variables))?.[0]?.[0]).toBe('UNAUTHENTICATED');
    expect((await codeOf(graphqlClient(store, { apiKeys, key: readerKey }), variables))?.[0]?.[0]).toBe('FORBIDDEN');
  });

  it('names what is wrong: an unknown person, a missing note, a merge into itself, an end before the start', async () => {
    expect(await codeOf(editor, { into: BINH, people: ['person:nobody'], note: 'x' })).toEqual([
      ['NOT_FOUND', 'No person with id "person:nobody". Find ids with the `search` query.'],
    ]);
    expect(await codeOf(editor, { into: BINH, people: [BINH], note: 'x' })).toEqual([
      ['BAD_USER_INPUT', `people: "${BINH}" is \`into\`; list only the people merged into it`],
    ]);
    expect(await codeOf(editor, { into: BINH, people: [PHUOC], note: '  ' })).toEqual([
      ['BAD_USER_INPUT', 'note: say why you make this correction; the audit log shows it'],
    ]);
    const { person } = await editor.data(`query ($id: ID!) { person(id: $id) { tenures { id } } }`, { id: PHUOC });
    const answer = await editor.request(`mutation ($tenure: ID!) { correctTenure(tenure: $tenure, endDate: "2019-01-01", note: "x") { kind } }`, {
      tenure: person.tenures[0].id,
    });
    expect(answer.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ['BAD_USER_INPUT', 'endDate: the end (2019-01-01, the first day not held) must come after the start (2020-07-01)'],
    ]);
    expect((await editor.data(`{ auditLog { kind } }`)).auditLog).toHaveLength(7);
  });

  it('refuses, changing nothing, to merge a person no stored article is linked to (a graph of an older version)', async () => {
    await store.driver.executeQuery("CREATE (:Person {id: 'person:legacy', name: 'Trần Văn Bính', nameFolded: 'tran van binh', aliases: []})");
    const answer = await codeOf(editor, { into: BINH, people: ['person:legacy'], note: 'same man' });
    expect(answer?.[0]?.[0]).toBe('BAD_USER_INPUT');
    expect(answer?.[0]?.[1]).toMatch(/^No stored article is linked to person:legacy, .*nothing was changed\. Ingest the articles into an empty database/);
    expect((await editor.data(`query ($id: ID!) { person(id: $id) { id } }`, { id: BINH })).person.id).toBe(BINH);
    expect((await editor.data(`{ auditLog { kind } }`)).auditLog).toHaveLength(7);
    await store.driver.executeQuery("MATCH (p:Person {id: 'person:legacy'}) DETACH DELETE p");
  });
});

describe('rejectEvidence on the end of a body', () => {
  it('leaves the end the other quotes report', async () => {
    await ingestArticle(store, articleOn('2025-07-02', 'Ủy ban nhân dân thành phố Tuy Hòa kết thúc hoạt động từ ngày 1/7/2025.'));
    await ingestArticle(store, articleOn('2025-05-20', 'Ủy ban nhân dân thành phố Tuy Hòa kết thúc hoạt động từ ngày 1/6/2025.'));
    const query = `{ organization(id: "org:uy-ban-nhan-dan-thanh-pho-tuy-hoa") { endDate endEvidence { id quote } } }`;
    const { organization } = await editor.data(query);
    expect(organization.endDate).toBe('2025-06-01');
    const wrong = organization.endEvidence.find((evidence: any) => evidence.quote.includes('1/6/2025'));
    await editor.data(`mutation ($evidence: ID!) { rejectEvidence(evidence: $evidence, note: "The plan moved; it ended on 1/7") { kind } }`, { evidence: wrong.id });
    const after = (await editor.data(query)).organization;
    expect(after.endDate).toBe('2025-07-01');
    expect(after.endEvidence.map((evidence: any) => evidence.quote)).toEqual([expect.stringContaining('1/7/2025')]);
  });
});
