import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { articleOn as article } from '../support/articles.js';
import { graphqlClient } from '../support/graphql.js';
import { freshGraph, testStore } from '../support/neo4j.js';
import { seedArticle } from '../support/seed.js';

const store = testStore();
const api = graphqlClient(store);
beforeAll(async () => {
  await freshGraph(store);
  // Attestations earlier than the contradictions below: not part of them.
  await ingestArticle(store, article('2022-11-10', 'Sáng 10/11, đồng chí Lê Văn Nam, Bí thư Tỉnh ủy Thanh Hóa làm việc với huyện Nga Sơn.'));
  await ingestArticle(store, article('2021-05-10', 'Sáng 10/5, ông Trần Hữu Phúc, Chủ tịch UBND tỉnh Nghệ An tiếp đoàn công tác.'));
  // Two reports of the same day name two different Secretaries of one committee.
  await ingestArticle(store, article('2023-03-01', 'Sáng 1/3, đồng chí Lê Văn Nam, Bí thư Tỉnh ủy Thanh Hóa tiếp đoàn công tác.'));
  await ingestArticle(store, article('2023-03-01', 'Chiều 1/3, đồng chí Phạm Quốc Bảo, Bí thư Tỉnh ủy Thanh Hóa dự lễ khánh thành.'));
  // A retirement, then the same person called by the post months later.
  await ingestArticle(
    store,
    article('2022-03-03', 'Ngày 3/3/2022, Tỉnh ủy Nghệ An trao quyết định nghỉ hưu. Ông Trần Hữu Phúc, Chủ tịch UBND tỉnh Nghệ An nghỉ hưu theo chế độ từ ngày 1/4/2022.'),
  );
  await ingestArticle(store, article('2022-08-01', 'Sáng 1/8, ông Trần Hữu Phúc, Chủ tịch UBND tỉnh Nghệ An kiểm tra công trình.'));
  // The seed ends the city's People's Council on 2025-07-01; a later report still names its Chair.
  await ingestArticle(store, seedArticle());
  await ingestArticle(
    store,
    article('2025-08-01', 'Sáng 1/8, tại thành phố Hạ Long, tỉnh Quảng Ninh, bà Vũ Thị Mai Anh, Chủ tịch HĐND thành phố Hạ Long dự buổi gặp mặt.'),
  );
});
afterAll(() => store.close());

describe('conflicts: the correction queue', () => {
  it('lists each contradiction with the people, the post and the evidence on both sides', async () => {
    const { conflicts } = await api.data(`{
      conflicts { kind date people { name } post { name } organization { id } evidence { quote source { publishedOn } } }
    }`);
    const summary = conflicts.map((c: any) => [c.kind, c.date, c.people.map((p: any) => p.name).join(' / '), c.post?.name]);
    expect(summary).toEqual([
      ['ATTESTED_AFTER_RETIREMENT', '2022-08-01', 'Trần Hữu Phúc', 'Chủ tịch Ủy ban nhân dân tỉnh Nghệ An'],
      ['TWO_CONFIRMED_HOLDERS', '2023-03-01', 'Lê Văn Nam / Phạm Quốc Bảo', 'Bí thư Tỉnh ủy Thanh Hóa'],
      ['TENURE_AFTER_ORGANIZATION_END', '2025-08-01', 'Vũ Thị Mai Anh', 'Chủ tịch Hội đồng nhân dân thành phố Hạ Long'],
    ]);
  });

  it('gives only the quotes of the contradicting facts, not those of the earlier attestations', async () => {
    const { conflicts } = await api.data(`{ conflicts { kind evidence { quote source { publishedOn } } } }`);
    const evidenceOf = (kind: string) =>
      conflicts.find((c: any) => c.kind === kind).evidence.map((e: any) => [e.source.publishedOn, e.quote]);
    // Lê Văn Nam's attestation of 2022-11-10 is not part of the clash of 2023-03-01.
    expect(evidenceOf('TWO_CONFIRMED_HOLDERS')).toEqual([
      ['2023-03-01', 'Lê Văn Nam, Bí thư Tỉnh ủy Thanh Hóa'],
      ['2023-03-01', 'Phạm Quốc Bảo, Bí thư Tỉnh ủy Thanh Hóa'],
    ]);
    // The retirement and the attestation after it; not the attestation of 2021-05-10.
    const retirement = evidenceOf('ATTESTED_AFTER_RETIREMENT');
    expect([...new Set(retirement.map(([day]: string[]) => day))]).toEqual(['2022-03-03', '2022-08-01']);
    expect(retirement.map(([, quote]: string[]) => quote)).toContain('Ông Trần Hữu Phúc, Chủ tịch UBND tỉnh Nghệ An nghỉ hưu theo chế độ từ ngày 1/4/2022.');
    // The end of the body and the attestation after it; not the seed's attestation of 2025-04-03.
    expect(evidenceOf('TENURE_AFTER_ORGANIZATION_END')).toEqual([
      ['2025-04-03', expect.stringContaining('kết thúc hoạt động')],
      ['2025-08-01', 'Vũ Thị Mai Anh, Chủ tịch HĐND thành phố Hạ Long'],
    ]);
  });

  it('pages with first', async () => {
    const { conflicts } = await api.data(`{ conflicts(first: 1) { kind } }`);
    expect(conflicts).toEqual([{ kind: 'ATTESTED_AFTER_RETIREMENT' }]);
  });
});
