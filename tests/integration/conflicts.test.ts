import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/cli/ingest-article.js';
import { articleOn as article } from '../support/articles.js';
import { graphqlClient } from '../support/graphql.js';
import { freshGraph, testStore } from '../support/neo4j.js';
import { seedArticle } from '../support/seed.js';

const store = testStore();
const api = graphqlClient(store);
beforeAll(async () => {
  await freshGraph(store);
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
    const twoHolders = conflicts.find((c: any) => c.kind === 'TWO_CONFIRMED_HOLDERS');
    expect(twoHolders.evidence.map((e: any) => e.quote).sort()).toEqual([
      'Lê Văn Nam, Bí thư Tỉnh ủy Thanh Hóa',
      'Phạm Quốc Bảo, Bí thư Tỉnh ủy Thanh Hóa',
    ]);
    const retirement = conflicts.find((c: any) => c.kind === 'ATTESTED_AFTER_RETIREMENT');
    expect([...new Set(retirement.evidence.map((e: any) => e.source.publishedOn))].sort()).toEqual(['2022-03-03', '2022-08-01']);
  });

  it('pages with first', async () => {
    const { conflicts } = await api.data(`{ conflicts(first: 1) { kind } }`);
    expect(conflicts).toEqual([{ kind: 'ATTESTED_AFTER_RETIREMENT' }]);
  });
});
