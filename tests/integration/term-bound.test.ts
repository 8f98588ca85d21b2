import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizationId, personId } from '../../src/domain/ids.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { articleOn as article } from '../support/articles.js';
import { graphqlClient } from '../support/graphql.js';
import { freshGraph, testStore } from '../support/neo4j.js';

// The "Lan Anh" case of tests/fixtures/careers (README, worked cases and ambiguity 5), written
// short: two members of the Standing Committee of khóa XVIII; one is attested again after the
// XIX congress (re-elected), the other is not.
const CONFERENCE = article(
  '2019-06-20',
  'Sáng 20/6, Tỉnh ủy Hà Tĩnh tổ chức Hội nghị lần thứ 35 Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh khóa XVIII, nhiệm kỳ 2015-2020. ' +
    'Dự hội nghị có đồng chí Phan Thị Lan Anh, Ủy viên Ban Thường vụ Tỉnh ủy Hà Tĩnh khóa XVIII, và đồng chí Trần Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy Hà Tĩnh khóa XVIII.',
);
const INSPECTION = article('2020-03-12', 'Sáng 12/3, đoàn công tác của tỉnh kiểm tra công tác phòng dịch. Cùng đi có đồng chí Phan Thị Lan Anh, Ủy viên Ban Thường vụ Tỉnh ủy Hà Tĩnh khóa XVIII.');
const CONGRESS = article('2020-10-16', 'Chiều 16/10, Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XIX, nhiệm kỳ 2020-2025 đã bế mạc sau ba ngày làm việc.');
const RE_ELECTED = article('2021-04-08', 'Sáng 8/4, đồng chí Trần Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy Hà Tĩnh, làm việc với huyện Kỳ Anh.');

const store = testStore();
const api = graphqlClient(store);

const HOLDERS = `query ($organization: ID!, $on: Date!) {
  holders(organization: $organization, role: STANDING_COMMITTEE_MEMBER, on: $on, minCertainty: POSSIBLE) { person { name } certainty reason }
}`;
const holdersOn = async (on: string) => (await api.data(HOLDERS, { organization: organizationId('Tỉnh ủy Hà Tĩnh'), on })).holders;
const TENURES = `query ($id: ID!) { person(id: $id) { tenures { terms termEnd } } }`;
const LAN_ANH = personId('Phan Thị Lan Anh', 'Hà Tĩnh');
const HUNG = personId('Trần Văn Hùng', 'Hà Tĩnh');

beforeAll(async () => {
  await freshGraph(store);
  for (const each of [RE_ELECTED, INSPECTION, CONFERENCE]) await ingestArticle(store, each);
});

afterAll(() => store.close());

describe('a term bounds membership of a term-bound body', () => {
  it('before the next congress is known, ends the term on 1 January after its last year', async () => {
    expect(await holdersOn('2020-11-01')).toEqual([
      { person: { name: 'Phan Thị Lan Anh' }, certainty: 'POSSIBLE', reason: 'after the last attestation (2020-03-12); the term khóa XVIII ended by 2021-01-01' },
      { person: { name: 'Trần Văn Hùng' }, certainty: 'INFERRED', reason: 'between attestations 2019-06-20 and 2021-04-08' },
    ]);
    expect((await api.data(TENURES, { id: LAN_ANH })).person.tenures).toEqual([{ terms: ['XVIII'], termEnd: '2021-01-01' }]);
  });

  describe('once the congress of the next term is ingested', () => {
    beforeAll(() => ingestArticle(store, CONGRESS));

    it.each([
      ['2019-12-01', [{ person: { name: 'Phan Thị Lan Anh' }, certainty: 'INFERRED', reason: 'between attestations 2019-06-20 and 2020-03-12' }]],
      ['2020-08-01', [{ person: { name: 'Phan Thị Lan Anh' }, certainty: 'POSSIBLE', reason: 'after the last attestation (2020-03-12); the term khóa XVIII ended by 2020-10-16' }]],
      ['2021-06-01', []],
    ])('a member not attested again: on %s', async (on, expected) => {
      const lanAnh = (await holdersOn(on)).filter((holding: { person: { name: string } }) => holding.person.name === 'Phan Thị Lan Anh');
      expect(lanAnh).toEqual(expected);
    });

    it('ends the term on the day of the next congress', async () => {
      expect((await api.data(TENURES, { id: LAN_ANH })).person.tenures).toEqual([{ terms: ['XVIII'], termEnd: '2020-10-16' }]);
    });

    it('does not bound a member attested after the next term began (re-elected)', async () => {
      expect(await holdersOn('2021-06-01')).toEqual([
        { person: { name: 'Trần Văn Hùng' }, certainty: 'POSSIBLE', reason: 'after the last attestation (2021-04-08); no later holder known' },
      ]);
      expect((await api.data(TENURES, { id: HUNG })).person.tenures).toEqual([{ terms: ['XVIII'], termEnd: null }]);
    });
  });
});
