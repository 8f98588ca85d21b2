import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey, hashApiKey } from '../../src/api/auth/key-material.js';
import { sourceIdOf, type Article } from '../../src/domain/article.js';
import type { Extraction } from '../../src/domain/extraction.js';
import { personId } from '../../src/domain/ids.js';
import { CURRENT_EXTRACTOR, EXTRACTOR_VERSION, type Extractor } from '../../src/extract/index.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { reprocessSource, sourceIdsToReprocess, type SourceSelection } from '../../src/ingest/reprocess.js';
import { exportGraph } from '../../src/store/export-graph.js';
import { articleOn } from '../support/articles.js';
import { graphqlClient } from '../support/graphql.js';
import { freshGraph, testStore } from '../support/neo4j.js';

const store = testStore();
const editorKey = generateApiKey();
const api = graphqlClient(store, { apiKeys: [{ name: 'lan', role: 'editor', sha256: hashApiKey(editorKey) }], key: editorKey });

/**
 * An older extractor, simulated: it misread "Đông" as "Đồng" and the 20th conference as the
 * 21st, so what it wrote differs from what the current one finds.
 */
const OLDER: Extractor = {
  version: EXTRACTOR_VERSION - 1,
  extract: (body, meta) =>
    JSON.parse(JSON.stringify(CURRENT_EXTRACTOR.extract(body, meta)).replaceAll('Đông', 'Đồng').replaceAll('lần thứ 20', 'lần thứ 21')) as Extraction,
};
/** An extractor with a bug, at the current version. */
const THROWING: Extractor = {
  version: EXTRACTOR_VERSION,
  extract: () => {
    throw new RangeError('token index out of range');
  },
};

const BINH_1 = articleOn('2022-05-01', 'Sáng 1/5, đồng chí Trần Văn Bình, Giám đốc Sở Tài chính tỉnh Hà Tĩnh dự hội nghị.');
const BINH_2 = articleOn('2022-06-01', 'Sáng 1/6, đồng chí Trần Văn Bình, Giám đốc Sở Tài chính tỉnh Hà Tĩnh phát biểu tại hội nghị.');
const CONFERENCE = articleOn(
  '2024-01-10',
  'Sáng 10/1, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh tổ chức hội nghị lần thứ 20. Đồng chí Phạm Văn Đông, Bí thư Tỉnh ủy Hà Tĩnh chủ trì hội nghị.',
);
const VISIT = articleOn(
  '2024-03-01',
  'Sáng 1/3, đồng chí Phạm Văn Đông, Bí thư Tỉnh ủy Hà Tĩnh làm việc với đồng chí Trần Văn Bình, Giám đốc Sở Tài chính tỉnh Hà Tĩnh.',
);
const PHUOC_1 = articleOn('2021-04-08', 'Sáng 8/4, đồng chí Le Huu Phuoc, Chủ tịch UBND tỉnh Hà Tĩnh dự hội nghị.');
const PHUOC_2 = articleOn('2023-10-12', 'Sáng 12/10, đồng chí Lê Hữu Phước, Chủ tịch UBND tỉnh Hà Tĩnh dự hội nghị.');
const BROKEN = articleOn('2024-05-02', 'Sáng 2/5, đồng chí Nguyễn Văn Hải, Giám đốc Sở Xây dựng tỉnh Hà Tĩnh kiểm tra công trình.');

const DONG = personId('Phạm Văn Đông', 'Hà Tĩnh');
const DONG_MISREAD = personId('Phạm Văn Đồng', 'Hà Tĩnh');
const BINH = personId('Trần Văn Bình', 'Hà Tĩnh');
const PHUOC = personId('Lê Hữu Phước', 'Hà Tĩnh');
const PHUOC_UNACCENTED = personId('Le Huu Phuoc', 'Hà Tĩnh');
const HAI = personId('Nguyễn Văn Hải', 'Hà Tĩnh');

/** `officials reprocess` without the command line: every selected source, one transaction each. */
async function reprocessAll(selection: SourceSelection = { olderThan: EXTRACTOR_VERSION }, extractor: Extractor = CURRENT_EXTRACTOR) {
  const outcomes: Record<string, string> = {};
  for await (const id of sourceIdsToReprocess(store, selection, 2)) outcomes[id] = (await reprocessSource(store, id, extractor)).outcome;
  return outcomes;
}

/** Whether a person of this very id is in the graph (an id merged away answers with the person it became). */
const personExists = async (id: string) => (await api.request(`query ($id: ID!) { person(id: $id) { id } }`, { id })).data?.person?.id === id;
const extractionOf = async (article: Article) =>
  (await api.data(`query ($id: ID!) { source(id: $id) { extraction { version status error } } }`, { id: sourceIdOf(article) })).source.extraction;
const secretaries = async (on: string) =>
  (
    await api.data(`query ($on: Date!) { holders(organization: "org:tinh-uy-ha-tinh", role: SECRETARY, on: $on, minCertainty: POSSIBLE) { person { id } } }`, {
      on,
    })
  ).holders.map((holding: any) => holding.person.id);
const tenuresOf = async (id: string) =>
  (await api.data(`query ($id: ID!) { person(id: $id) { tenures { attestedOn post { id } } } }`, { id })).person.tenures;
const eventIds = async () => (await api.data(`{ events(organization: "org:tinh-uy-ha-tinh") { edges { node { id } } } }`)).events.edges.map((edge: any) => edge.node.id);

beforeAll(async () => {
  await freshGraph(store);
  for (const article of [BINH_1, BINH_2, PHUOC_1, PHUOC_2]) await ingestArticle(store, article);
  for (const article of [CONFERENCE, VISIT]) await ingestArticle(store, article, { extractor: OLDER });
});
afterAll(() => store.close());

describe('extractor versions', () => {
  it('each source records the version that read it', async () => {
    expect(await extractionOf(BINH_1)).toEqual({ version: EXTRACTOR_VERSION, status: 'OK', error: null });
    expect(await extractionOf(VISIT)).toEqual({ version: EXTRACTOR_VERSION - 1, status: 'OK', error: null });
    // What the older version misread is in the graph.
    expect(await secretaries('2024-03-01')).toEqual([DONG_MISREAD]);
    expect(await eventIds()).toEqual([expect.stringContaining('lan-thu-21')]);
  });
});

describe('no silent failures', () => {
  it('an article the extractor fails on is stored FAILED, with the error, without facts, and logged with its id', async () => {
    const logged: Array<Record<string, unknown>> = [];
    const log = { error: (details: Record<string, unknown>) => void logged.push(details) };
    const result = await ingestArticle(store, BROKEN, { extractor: THROWING, log });
    expect(result).toMatchObject({
      sourceId: sourceIdOf(BROKEN),
      outcome: 'FAILED',
      written: true,
      extraction: { version: EXTRACTOR_VERSION, status: 'FAILED', error: 'RangeError: token index out of range' },
      people: 0,
    });
    expect(logged).toEqual([{ sourceId: sourceIdOf(BROKEN), extractorVersion: EXTRACTOR_VERSION, error: 'RangeError: token index out of range' }]);
    expect(await personExists(HAI)).toBe(false);
    const { sources } = await api.data(`{ sources(status: FAILED) { totalCount edges { node { id extraction { status error } } } } }`);
    expect(sources).toEqual({
      totalCount: 1,
      edges: [{ node: { id: sourceIdOf(BROKEN), extraction: { status: 'FAILED', error: 'RangeError: token index out of range' } } }],
    });
  });

  it('ingesting it again the same way changes nothing', async () => {
    const before = await exportGraph(store);
    const again = await ingestArticle(store, BROKEN, { extractor: THROWING });
    expect(again).toMatchObject({ outcome: 'FAILED', written: false, updates: 0 });
    expect(await exportGraph(store)).toEqual(before);
  });

  it('sources() pages like events: first, after, totalCount; a bad first is refused', async () => {
    const first = await api.data(`{ sources(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
    expect(first.sources.totalCount).toBe(7);
    expect(first.sources.edges).toHaveLength(2);
    expect(first.sources.pageInfo.hasNextPage).toBe(true);
    const next = await api.data(`query ($after: String) { sources(first: 10, after: $after) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }`, {
      after: first.sources.pageInfo.endCursor,
    });
    expect(next.sources.edges).toHaveLength(5);
    expect(next.sources.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const ids = [...first.sources.edges, ...next.sources.edges].map((edge: any) => edge.node.id);
    expect(ids).toEqual([...ids].sort());
    const ok = await api.data(`{ sources(status: OK) { totalCount } }`);
    expect(ok.sources.totalCount).toBe(6);
    const bad = await api.request(`{ sources(first: 1000) { totalCount } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('reprocessing', () => {
  it('merges made before stay applied', async () => {
    await api.data(`mutation ($into: ID!, $people: [ID!]!) { mergePeople(into: $into, people: $people, note: "Same man") { kind } }`, {
      into: PHUOC,
      people: [PHUOC_UNACCENTED],
    });
    expect(await personExists(PHUOC_UNACCENTED)).toBe(false);
  });

  it('reads again what an older version read and what failed: facts only the old reading gave go, others stay', async () => {
    expect(await reprocessAll()).toEqual({
      [sourceIdOf(CONFERENCE)]: 'REREAD',
      [sourceIdOf(VISIT)]: 'REREAD',
      [sourceIdOf(BROKEN)]: 'REREAD',
    });
    expect(await personExists(DONG_MISREAD)).toBe(false);
    expect(await secretaries('2024-03-01')).toEqual([DONG]);
    expect(await eventIds()).toEqual([expect.stringContaining('lan-thu-20')]);
    // Bình's tenure rests on three articles; the one read again gives its attestation back.
    expect(await tenuresOf(BINH)).toEqual([{ attestedOn: ['2022-05-01', '2022-06-01', '2024-03-01'], post: { id: 'post:giam-doc-so-tai-chinh-tinh-ha-tinh' } }]);
    // The article that failed now gives its facts.
    expect(await tenuresOf(HAI)).toHaveLength(1);
    for (const article of [CONFERENCE, VISIT, BROKEN]) expect(await extractionOf(article)).toEqual({ version: EXTRACTOR_VERSION, status: 'OK', error: null });
    expect((await api.data(`{ sources(status: FAILED) { totalCount } }`)).sources.totalCount).toBe(0);
    // The merge still holds.
    expect(await personExists(PHUOC_UNACCENTED)).toBe(false);
    expect((await api.data(`query ($id: ID!) { person(id: $id) { aliases } }`, { id: PHUOC })).person.aliases).toEqual(['Le Huu Phuoc']);
  });

  it('a second run selects nothing and changes nothing; --all finds every source unchanged', async () => {
    const before = await exportGraph(store);
    expect(await reprocessAll()).toEqual({});
    expect(await exportGraph(store)).toEqual(before);
    const all = await reprocessAll({ olderThan: null });
    expect(Object.values(all)).toEqual(Array(7).fill('UNCHANGED'));
    expect(await exportGraph(store)).toEqual(before);
  });

  it('reading every source again in full (no digest of an earlier reading) leaves the graph identical, corrections applied', async () => {
    const before = await exportGraph(store);
    await store.driver.executeQuery('MATCH (s:Source) SET s.extractionDigest = null');
    const all = await reprocessAll({ olderThan: null });
    expect(Object.values(all)).toEqual(Array(7).fill('REREAD'));
    expect(await exportGraph(store)).toEqual(before);
  });

  it('ingesting a text an older version read reads it again; the same text at the same version changes nothing', async () => {
    const text = 'Sáng 5/5, đồng chí Phạm Văn Đông, Bí thư Tỉnh ủy Hà Tĩnh tiếp đoàn công tác.';
    const article = articleOn('2024-05-05', text);
    await ingestArticle(store, article, { extractor: OLDER });
    expect(await tenuresOf(DONG_MISREAD)).toEqual([expect.objectContaining({ attestedOn: ['2024-05-05'] })]);
    const reread = await ingestArticle(store, article);
    expect(reread).toMatchObject({ outcome: 'REREAD', written: true, extraction: { version: EXTRACTOR_VERSION, status: 'OK', error: null } });
    expect(await personExists(DONG_MISREAD)).toBe(false);
    expect((await tenuresOf(DONG))[0].attestedOn).toContain('2024-05-05');
    const same = await ingestArticle(store, article);
    expect(same).toMatchObject({ outcome: 'UNCHANGED', written: false, updates: 0 });
  });

  it('a source the extractor now fails on keeps its facts, is marked FAILED, and is retried', async () => {
    const before = await tenuresOf(BINH);
    expect((await reprocessSource(store, sourceIdOf(BINH_2), THROWING)).outcome).toBe('FAILED');
    expect(await extractionOf(BINH_2)).toEqual({ version: EXTRACTOR_VERSION, status: 'FAILED', error: 'RangeError: token index out of range' });
    expect(await tenuresOf(BINH)).toEqual(before);
    expect(await reprocessAll()).toEqual({ [sourceIdOf(BINH_2)]: 'REREAD' });
    expect(await tenuresOf(BINH)).toEqual(before);
  });
});
