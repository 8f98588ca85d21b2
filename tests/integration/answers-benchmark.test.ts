/**
 * Issue 10, the answers benchmark: a corpus and questions written for the test are ingested
 * into the test Neo4j and asked through the GraphQL API; right answers count, wrong ones are
 * listed with what was expected, what came back and the files they rest on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnswersBenchmark, type AnswersBenchmarkResult, type CorpusArticle } from '../../src/cli/answers-benchmark.js';
import { ArticleModel } from '../../src/domain/article.js';
import { formatAnswersReport } from '../../src/eval/format-answers.js';
import { parseQuestionLines } from '../../src/eval/question-model.js';
import { freshGraph, testStore } from '../support/neo4j.js';

const article = (file: string, date: string, title: string, text: string): CorpusArticle => ({ file, article: ArticleModel.parse({ title, date, text }) });

const CORPUS = [
  article(
    'hop-btv.txt',
    '2024-03-05',
    'Ban Thường vụ Tỉnh ủy Hà Giang họp phiên thường kỳ',
    'Sáng 5/3, Ban Thường vụ Tỉnh ủy Hà Giang tổ chức hội nghị thường kỳ tháng 3. Đồng chí Ngô Đình Lực, Bí thư Tỉnh ủy chủ trì hội nghị. ' +
      'Dự hội nghị có đồng chí Lê Hữu Tài, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang.\n\n' +
      'Phát biểu kết luận, đồng chí Ngô Đình Lực đề nghị các ngành tập trung triển khai nhiệm vụ quý II.',
  ),
  article(
    'ky-hop.txt',
    '2024-09-10',
    'Hà Giang có tân Chủ tịch UBND tỉnh',
    'Chiều 10/9, HĐND tỉnh Hà Giang khóa XVIII tổ chức kỳ họp chuyên đề. Kỳ họp đã miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Lê Hữu Tài để nhận nhiệm vụ mới. ' +
      'Với 100% đại biểu tán thành, ông Hà Văn Nam, Phó Chủ tịch UBND tỉnh được bầu giữ chức Chủ tịch UBND tỉnh Hà Giang nhiệm kỳ 2021-2026.',
  ),
];

const QUESTIONS = `
{"id": "T-H1", "kind": "holders", "organization": "Tỉnh ủy Hà Giang", "role": "Bí thư", "on": "2024-03-05", "min_certainty": "CONFIRMED", "expect": ["Ngô Đình Lực"], "files": ["hop-btv.txt"]}
{"id": "T-H2", "kind": "holders", "organization": "UBND tỉnh Hà Giang", "role": "Chủ tịch", "on": "2024-09-10", "min_certainty": "CONFIRMED", "expect": ["Hà Văn Nam"], "files": ["ky-hop.txt"]}
{"id": "T-H3", "kind": "holders", "organization": "Ủy ban nhân dân tỉnh Hà Giang", "role": "Chủ tịch", "on": "2024-03-05", "min_certainty": "CONFIRMED", "expect": ["Trần Văn Bình"], "files": ["hop-btv.txt"]}
{"id": "T-C1", "kind": "career", "person": "Lê Hữu Tài", "expect_posts": [{"role": "Phó Bí thư", "organization": "Tỉnh ủy Hà Giang"}, {"role": "Chủ tịch", "organization": "Ủy ban nhân dân tỉnh Hà Giang"}], "files": ["hop-btv.txt", "ky-hop.txt"]}
{"id": "T-E1", "kind": "event", "organization": "Ban Thường vụ Tỉnh ủy Hà Giang", "date": "2024-03-05", "chaired_by": ["Ngô Đình Lực"], "attended_by": ["Lê Hữu Tài"], "files": ["hop-btv.txt"]}
{"id": "T-S1", "kind": "succession", "organization": "Ủy ban nhân dân tỉnh Hà Giang", "role": "Chủ tịch", "expect_order": ["Lê Hữu Tài", "Hà Văn Nam"], "files": ["hop-btv.txt", "ky-hop.txt"]}
{"id": "T-S2", "kind": "succession", "organization": "Tỉnh ủy Cao Bằng", "role": "Bí thư", "expect_order": ["Ngô Đình Lực"], "files": ["hop-btv.txt"]}
`;

const store = testStore();
let result: AnswersBenchmarkResult;

beforeAll(async () => {
  await freshGraph(store);
  result = await runAnswersBenchmark(store, CORPUS, parseQuestionLines(QUESTIONS, 'questions.jsonl'));
}, 120_000);

afterAll(() => store.close());

const verdict = (id: string) => result.verdicts.find((each) => each.id === id)!;

describe('the answers benchmark on articles and questions written for the test', () => {
  it('ingests the corpus, every article read', () => {
    expect(result.ingest).toEqual({ articles: 2, extractionFailed: [] });
  });

  it('counts right the questions the graph answers exactly, of every kind', () => {
    expect(result.verdicts.filter((each) => each.right).map((each) => each.id)).toEqual(['T-H1', 'T-H2', 'T-C1', 'T-E1', 'T-S1']);
    expect(result.totals).toEqual([
      { kind: 'holders', right: 2, total: 3 },
      { kind: 'career', right: 1, total: 1 },
      { kind: 'event', right: 1, total: 1 },
      { kind: 'succession', right: 1, total: 2 },
      { kind: 'overall', right: 5, total: 7 },
    ]);
  });

  it('lists a wrong answer with what was expected, what came back and the files it rests on', () => {
    expect(verdict('T-H3')).toMatchObject({
      right: false,
      expected: ['Trần Văn Bình'],
      got: ['Lê Hữu Tài'],
      missing: ['Trần Văn Bình'],
      extra: ['Lê Hữu Tài'],
      files: ['hop-btv.txt'],
    });
    const text = formatAnswersReport(result, { verbose: true });
    expect(text).toContain(
      'T-H3 holders: Chủ tịch of Ủy ban nhân dân tỉnh Hà Giang on 2024-03-05 (CONFIRMED or surer)\n' +
        '  expected: Trần Văn Bình\n  got:      Lê Hữu Tài\n  missing:  Trần Văn Bình\n  extra:    Lê Hữu Tài\n  files:    hop-btv.txt\n',
    );
    expect(text).toMatch(/overall\s+5\s+7\s+71\.4%\n$/);
  });

  it('says why a question could not be asked: a body nobody wrote about', () => {
    expect(verdict('T-S2')).toMatchObject({ right: false, got: null });
    expect(verdict('T-S2').notes).toEqual([expect.stringMatching(/^no body named "Tỉnh ủy Cao Bằng"/)]);
  });

  it('asks again without changing the graph: ingest is idempotent, the answers the same', async () => {
    const again = await runAnswersBenchmark(store, CORPUS, parseQuestionLines(QUESTIONS, 'questions.jsonl'));
    expect(again.totals).toEqual(result.totals);
  }, 120_000);
});
