import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { articleOn as article } from '../support/articles.js';
import { graphqlClient } from '../support/graphql.js';
import { freshGraph, testStore } from '../support/neo4j.js';
import { personId } from '../../src/domain/ids.js';

const store = testStore();
const api = graphqlClient(store);

beforeAll(async () => {
  await freshGraph(store);
  // Two Secretaries of one Provincial Party Committee, a year apart, and a Deputy Secretary
  // (a post with several holders) seen in both years.
  await ingestArticle(store, article('2020-10-01', 'Sáng 1/10, Ban Chấp hành Đảng bộ tỉnh Thanh Hóa tổ chức hội nghị lần thứ 5. Đồng chí Lê Văn Nam, Bí thư Tỉnh ủy Thanh Hóa chủ trì hội nghị. Dự hội nghị có đồng chí Trần Thị Hoa, Phó Bí thư Tỉnh ủy.'));
  await ingestArticle(store, article('2021-05-01', 'Sáng 1/5, Ban Chấp hành Đảng bộ tỉnh Thanh Hóa tổ chức hội nghị lần thứ 9. Đồng chí Phạm Quốc Bảo, Bí thư Tỉnh ủy Thanh Hóa chủ trì hội nghị. Dự hội nghị có đồng chí Trần Thị Hoa, Phó Bí thư Tỉnh ủy.'));
});

afterAll(() => store.close());

const HOLDERS = `query ($role: Role!, $on: Date!) {
  holders(organization: "org:tinh-uy-thanh-hoa", role: $role, on: $on, minCertainty: POSSIBLE) { person { name } certainty reason }
}`;

describe('succession in a single-holder post', () => {
  it('a later holder bounds the earlier tenure: after the takeover only the new Secretary is possible', async () => {
    expect((await api.data(HOLDERS, { role: 'SECRETARY', on: '2021-01-15' })).holders).toEqual([
      { person: { name: 'Lê Văn Nam' }, certainty: 'POSSIBLE', reason: 'after the last attestation (2020-10-01); next holder known from 2021-05-01' },
      { person: { name: 'Phạm Quốc Bảo' }, certainty: 'POSSIBLE', reason: 'before the first attestation (2021-05-01)' },
    ]);
    expect((await api.data(HOLDERS, { role: 'SECRETARY', on: '2021-06-01' })).holders).toEqual([
      { person: { name: 'Phạm Quốc Bảo' }, certainty: 'POSSIBLE', reason: 'after the last attestation (2021-05-01); no later holder known' },
    ]);
  });

  it('gives nobody else the post, at any certainty, on a day its holder is attested in it or known to hold it', async () => {
    expect((await api.data(HOLDERS, { role: 'SECRETARY', on: '2020-10-01' })).holders).toEqual([
      { person: { name: 'Lê Văn Nam' }, certainty: 'CONFIRMED', reason: 'attested on 2020-10-01' },
    ]);
    expect((await api.data(HOLDERS, { role: 'SECRETARY', on: '2021-05-01' })).holders).toEqual([
      { person: { name: 'Phạm Quốc Bảo' }, certainty: 'CONFIRMED', reason: 'attested on 2021-05-01' },
    ]);
  });

  it('a multi-holder post is not bounded by other holders; between attestations is INFERRED', async () => {
    expect((await api.data(HOLDERS, { role: 'DEPUTY_SECRETARY', on: '2021-01-15' })).holders).toEqual([
      { person: { name: 'Trần Thị Hoa' }, certainty: 'INFERRED', reason: 'between attestations 2020-10-01 and 2021-05-01' },
    ]);
  });

  it('gives the predecessor, the successor and the history of the post', async () => {
    const { post } = await api.data(`{
      post(id: "post:bi-thu-tinh-uy-thanh-hoa") {
        history { person { name } firstAttested predecessor { person { name } } successor { person { name } } }
      }
    }`);
    expect(post.history).toEqual([
      { person: { name: 'Lê Văn Nam' }, firstAttested: '2020-10-01', predecessor: null, successor: { person: { name: 'Phạm Quốc Bảo' } } },
      { person: { name: 'Phạm Quốc Bảo' }, firstAttested: '2021-05-01', predecessor: { person: { name: 'Lê Văn Nam' } }, successor: null },
    ]);
  });

  it('has no predecessor or successor in a post with several holders', async () => {
    const { person } = await api.data(`{ person(id: "${personId('Trần Thị Hoa', 'Thanh Hóa')}") { tenures { predecessor { id } successor { id } } } }`);
    expect(person.tenures).toEqual([{ predecessor: null, successor: null }]);
  });
});

describe('careers', () => {
  it('colleagues on a date: who held posts in the same bodies then', async () => {
    const { person } = await api.data(`{
      person(id: "${personId('Trần Thị Hoa', 'Thanh Hóa')}") { colleagues(on: "2020-10-01") { person { name } organization { id } holding { tenure { post { role } } certainty } } }
    }`);
    expect(person.colleagues).toEqual([
      { person: { name: 'Lê Văn Nam' }, organization: { id: 'org:tinh-uy-thanh-hoa' }, holding: { tenure: { post: { role: 'SECRETARY' } }, certainty: 'CONFIRMED' } },
    ]);
  });

  it('co-participants: who attended the same events, and how often', async () => {
    const { person } = await api.data(`{ person(id: "${personId('Trần Thị Hoa', 'Thanh Hóa')}") { coParticipants { person { name } count } } }`);
    expect(person.coParticipants).toEqual([
      { person: { name: 'Lê Văn Nam' }, count: 1 },
      { person: { name: 'Phạm Quốc Bảo' }, count: 1 },
    ]);
  });
});

describe('a reported retirement ends the tenure', () => {
  beforeAll(async () => {
    await ingestArticle(
      store,
      article('2022-03-03', 'Ngày 3/3/2022, Tỉnh ủy Thanh Hóa tổ chức hội nghị trao quyết định nghỉ hưu. Đồng chí Phạm Quốc Bảo, Bí thư Tỉnh ủy Thanh Hóa nghỉ hưu theo chế độ từ ngày 1/4/2022.'),
    );
  });

  it('sets the end from the change: no holder from that day, INFERRED up to it', async () => {
    const { person } = await api.data(`{ person(id: "${personId('Phạm Quốc Bảo', 'Thanh Hóa')}") { tenures { endDate lastAttested } changes { kind date } } }`);
    expect(person).toEqual({ tenures: [{ endDate: '2022-04-01', lastAttested: '2022-03-03' }], changes: [{ kind: 'RETIRED', date: '2022-04-01' }] });
    expect((await api.data(HOLDERS, { role: 'SECRETARY', on: '2022-04-01' })).holders).toEqual([]);
    const { person: timeline } = await api.data(`{ person(id: "${personId('Phạm Quốc Bảo', 'Thanh Hóa')}") { timeline { date tenure { post { name } } change { kind } } } }`);
    expect(timeline.timeline).toEqual([
      { date: '2021-05-01', tenure: { post: { name: 'Bí thư Tỉnh ủy Thanh Hóa' } }, change: null },
      { date: '2022-04-01', tenure: null, change: { kind: 'RETIRED' } },
    ]);
    expect((await api.data(HOLDERS, { role: 'SECRETARY', on: '2022-03-20' })).holders).toEqual([
      { person: { name: 'Phạm Quốc Bảo' }, certainty: 'INFERRED', reason: 'between the first attestation 2021-05-01 and the reported end 2022-04-01' },
    ]);
  });
});

describe('a re-election reported after the holder was attested in the post', () => {
  beforeAll(async () => {
    await ingestArticle(store, article('2025-04-03', 'Chiều 3/4, Ban Thường vụ Tỉnh ủy Ninh Bình họp phiên thường kỳ. Đồng chí Đoàn Minh Huấn, Bí thư Tỉnh ủy Ninh Bình chủ trì hội nghị.'));
    await ingestArticle(
      store,
      article('2025-09-26', 'Chiều 26/9, Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ I bế mạc. Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh đã bầu đồng chí Đoàn Minh Huấn giữ chức Bí thư Tỉnh ủy Ninh Bình.'),
    );
  });

  it('keeps the attestation before it: the holder is CONFIRMED on the attested day and INFERRED between', async () => {
    const holders = `query ($on: Date!) { holders(organization: "org:tinh-uy-ninh-binh", role: SECRETARY, on: $on, minCertainty: POSSIBLE) { person { name } certainty } }`;
    expect((await api.data(holders, { on: '2025-04-03' })).holders).toEqual([{ person: { name: 'Đoàn Minh Huấn' }, certainty: 'CONFIRMED' }]);
    expect((await api.data(holders, { on: '2025-06-01' })).holders).toEqual([{ person: { name: 'Đoàn Minh Huấn' }, certainty: 'INFERRED' }]);
  });
});

describe('a post the article calls former', () => {
  beforeAll(async () => {
    await ingestArticle(store, article('2023-06-20', 'Sáng 20/6, Ban Thường vụ Tỉnh ủy Lai Châu họp phiên thường kỳ. Đồng chí Giàng Páo Mỷ, Bí thư Tỉnh ủy Lai Châu chủ trì.'));
    await ingestArticle(
      store,
      article(
        '2024-10-15',
        'Chiều 15/10, Hội nghị Ban Chấp hành Đảng bộ tỉnh Lai Châu đã bầu đồng chí Lê Minh Ngân giữ chức Bí thư Tỉnh ủy Lai Châu, thay đồng chí Giàng Páo Mỷ. Dự hội nghị có đồng chí Vũ Văn Hòa, nguyên Chủ tịch UBND tỉnh Lai Châu.',
      ),
    );
  });

  it('is in the career, with the day it was called former, and not held from that day on', async () => {
    const { person } = await api.data(`{ person(id: "${personId('Vũ Văn Hòa', 'Lai Châu')}") { tenures { post { name } formerOn attestedOn evidence { quote } } } }`);
    expect(person.tenures).toEqual([
      { post: { name: 'Chủ tịch Ủy ban nhân dân tỉnh Lai Châu' }, formerOn: ['2024-10-15'], attestedOn: [], evidence: [{ quote: expect.stringContaining('nguyên Chủ tịch UBND tỉnh Lai Châu') }] },
    ]);
    const chairs = `{ holders(organization: "org:uy-ban-nhan-dan-tinh-lai-chau", role: CHAIR, on: "2024-10-15", minCertainty: POSSIBLE) { person { name } } }`;
    expect((await api.data(chairs)).holders).toEqual([]);
  });

  it('puts the replaced holder before the one who replaced him, and ends his tenure by the replacement', async () => {
    const { post } = await api.data(`{ post(id: "post:bi-thu-tinh-uy-lai-chau") { history { person { name } } } }`);
    expect(post.history).toEqual([{ person: { name: 'Giàng Páo Mỷ' } }, { person: { name: 'Lê Minh Ngân' } }]);
    expect((await api.data(`{ holders(organization: "org:tinh-uy-lai-chau", role: SECRETARY, on: "2024-12-01", minCertainty: POSSIBLE) { person { name } } }`)).holders).toEqual([
      { person: { name: 'Lê Minh Ngân' } },
    ]);
  });
});
