import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { articleOn as article } from '../support/articles.js';
import { graphqlClient } from '../support/graphql.js';
import { freshGraph, testStore } from '../support/neo4j.js';

const store = testStore();
const api = graphqlClient(store);

beforeAll(async () => {
  await freshGraph(store);
});

afterAll(() => store.close());

const HOLDERS = `query ($organization: ID!, $role: Role!, $on: Date!) {
  holders(organization: $organization, role: $role, on: $on, minCertainty: POSSIBLE) { person { name } certainty tenure { post { role } } }
}`;

const holders = async (organization: string, role: string, on: string) =>
  ((await api.data(HOLDERS, { organization, role, on })).holders as { person: { name: string }; certainty: string; tenure: { post: { role: string } } }[]).map(
    (holding) => `${holding.person.name} (${holding.tenure.post.role}, ${holding.certainty})`,
  );

describe('a standing deputy is one of the deputies', () => {
  beforeAll(async () => {
    await ingestArticle(
      store,
      article(
        '2025-03-12',
        'Sáng 12/3, Ban Thường vụ Tỉnh ủy Hà Giang họp phiên thường kỳ. Đồng chí Hầu A Lềnh, Bí thư Tỉnh ủy Hà Giang chủ trì. Dự họp có đồng chí Thào Hồng Sơn, Phó Bí thư Thường trực Tỉnh ủy và đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.',
      ),
    );
    await ingestArticle(
      store,
      article(
        '2025-10-25',
        'Ngày 25/10, Quốc hội phê chuẩn bổ nhiệm hai Phó Thủ tướng. Sau khi có thêm hai nhân sự này, Chính phủ có 10 lãnh đạo: Thủ tướng Phạm Minh Chính cùng 9 Phó Thủ tướng là Nguyễn Hòa Bình (Phó Thủ tướng Thường trực), Trần Hồng Hà, Lê Thành Long.',
      ),
    );
  });

  it('holders of the deputy role include the standing deputy, in their own post', async () => {
    expect(await holders('org:tinh-uy-ha-giang', 'DEPUTY_SECRETARY', '2025-03-12')).toEqual([
      'Nguyễn Văn Sơn (DEPUTY_SECRETARY, CONFIRMED)',
      'Thào Hồng Sơn (STANDING_DEPUTY_SECRETARY, CONFIRMED)',
    ]);
    expect(await holders('org:chinh-phu', 'DEPUTY_PRIME_MINISTER', '2025-10-25')).toEqual([
      'Lê Thành Long (DEPUTY_PRIME_MINISTER, CONFIRMED)',
      'Nguyễn Hòa Bình (STANDING_DEPUTY_PRIME_MINISTER, CONFIRMED)',
      'Trần Hồng Hà (DEPUTY_PRIME_MINISTER, CONFIRMED)',
    ]);
  });

  it('the standing deputy role itself still has its one holder', async () => {
    expect(await holders('org:tinh-uy-ha-giang', 'STANDING_DEPUTY_SECRETARY', '2025-03-12')).toEqual(['Thào Hồng Sơn (STANDING_DEPUTY_SECRETARY, CONFIRMED)']);
    expect(await holders('org:chinh-phu', 'STANDING_DEPUTY_PRIME_MINISTER', '2025-10-25')).toEqual(['Nguyễn Hòa Bình (STANDING_DEPUTY_PRIME_MINISTER, CONFIRMED)']);
  });

  it('a person named both a deputy and the standing deputy is one holder', async () => {
    await ingestArticle(
      store,
      article(
        '2025-09-30',
        'Chiều 30/9, Ban Thường vụ Tỉnh ủy Tuyên Quang họp phiên thường kỳ. Dự họp có bà Hoàng Thị Hương, Phó Bí thư Thường trực Tỉnh ủy và ông Vương Quốc Tuấn, Phó Bí thư Tỉnh ủy Tuyên Quang. Phát biểu kết luận, Phó Bí thư Tỉnh ủy Hoàng Thị Hương đề nghị các cấp tập trung thực hiện nhiệm vụ.',
      ),
    );
    const deputies = await holders('org:tinh-uy-tuyen-quang', 'DEPUTY_SECRETARY', '2025-09-30');
    expect(deputies).toEqual(['Hoàng Thị Hương (DEPUTY_SECRETARY, CONFIRMED)', 'Vương Quốc Tuấn (DEPUTY_SECRETARY, CONFIRMED)']);
  });
});

describe('an article listing officials as they are now attests its date', () => {
  beforeAll(async () => {
    await ingestArticle(
      store,
      article('2025-09-26', 'Chiều 26/9, Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Nghệ An diễn ra. Đồng chí Lê Hồng Vinh, Chủ tịch UBND tỉnh Nghệ An dự hội nghị.'),
    );
    await ingestArticle(
      store,
      article(
        '2025-10-24',
        '34 Chủ tịch tỉnh, thành phố hiện nay là những ai. Nhiều địa phương đã kiện toàn xong trong tháng 9: Nghệ An có Chủ tịch Lê Hồng Vinh; Hà Tĩnh có ông Võ Trọng Hải.',
      ),
    );
  });

  it('the listed chair is CONFIRMED on the article day, INFERRED between it and an earlier attestation', async () => {
    expect(await holders('org:uy-ban-nhan-dan-tinh-nghe-an', 'CHAIR', '2025-10-24')).toEqual(['Lê Hồng Vinh (CHAIR, CONFIRMED)']);
    expect(await holders('org:uy-ban-nhan-dan-tinh-nghe-an', 'CHAIR', '2025-10-01')).toEqual(['Lê Hồng Vinh (CHAIR, INFERRED)']);
    expect(await holders('org:uy-ban-nhan-dan-tinh-ha-tinh', 'CHAIR', '2025-10-24')).toEqual(['Võ Trọng Hải (CHAIR, CONFIRMED)']);
  });
});
