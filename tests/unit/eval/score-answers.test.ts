import { describe, expect, it } from 'vitest';
import { answersReportJson, formatAnswersReport, formatAnswersTable } from '../../../src/eval/format-answers.js';
import type { CareerQuestion, EventQuestion, HoldersQuestion, Question, SuccessionQuestion } from '../../../src/eval/question-model.js';
import { roleName, roleNamed } from '../../../src/eval/role-names.js';
import { scoreAnswer, scoreAnswers, tallyVerdicts, type Asked, type GraphAnswer } from '../../../src/eval/score-answers.js';

const holders: HoldersQuestion = {
  id: 'Q-H1',
  kind: 'holders',
  organization: 'Ủy ban nhân dân tỉnh Hà Giang',
  role: 'Phó Chủ tịch',
  on: '2024-03-05',
  min_certainty: 'INFERRED',
  expect: ['Lê Hữu Tài', 'Vũ Thị Lan'],
  files: ['a.txt'],
};
const nobody: HoldersQuestion = { ...holders, id: 'Q-H2', role: 'Chủ tịch', expect: [] };
const career: CareerQuestion = {
  id: 'Q-C1',
  kind: 'career',
  person: 'Lê Hữu Tài',
  expect_posts: [
    { role: 'Phó Chủ tịch', organization: 'Ủy ban nhân dân tỉnh Hà Giang' },
    { role: 'Bí thư', organization: 'Huyện ủy Vị Xuyên' },
  ],
  files: ['a.txt', 'b.txt'],
};
const event: EventQuestion = {
  id: 'Q-E1',
  kind: 'event',
  organization: 'Ban Thường vụ Tỉnh ủy Hà Giang',
  date: '2024-03-05',
  chaired_by: ['Ngô Đình Lực'],
  attended_by: ['Lê Hữu Tài', 'Vũ Thị Lan'],
  files: ['a.txt'],
};
const succession: SuccessionQuestion = {
  id: 'Q-S1',
  kind: 'succession',
  organization: 'Tỉnh ủy Hà Giang',
  role: 'Bí thư',
  expect_order: ['Ngô Đình Lực', 'Hà Văn Nam'],
  files: ['a.txt', 'b.txt'],
};

const asked = (answer: GraphAnswer | null, notes: string[] = []): Asked => ({ answer, notes });

const cases: Array<[string, Question, GraphAnswer, boolean]> = [
  ['holders: the same people, spelt folded or swapped', holders, { kind: 'holders', people: ['le huu tai', 'Vũ Lan Thị'] }, true],
  ['holders: one missing', holders, { kind: 'holders', people: ['Lê Hữu Tài'] }, false],
  ['holders: one too many', holders, { kind: 'holders', people: ['Lê Hữu Tài', 'Vũ Thị Lan', 'Hà Văn Nam'] }, false],
  ['holders: nobody, as expected', nobody, { kind: 'holders', people: [] }, true],
  ['holders: somebody where nobody was', nobody, { kind: 'holders', people: ['Lê Hữu Tài'] }, false],
  [
    'career: the same posts, abbreviated and repeated',
    career,
    {
      kind: 'career',
      posts: [
        { role: 'Bí thư', organization: 'Huyện ủy Vị Xuyên' },
        { role: 'Phó Chủ tịch', organization: 'UBND tỉnh Hà Giang' },
        { role: 'Bí thư', organization: 'Huyện ủy Vị Xuyên' },
      ],
    },
    true,
  ],
  ['career: a post more', career, { kind: 'career', posts: [...career.expect_posts, { role: 'Chủ tịch', organization: 'Ủy ban nhân dân tỉnh Hà Giang' }] }, false],
  ['career: the right role in another body', career, { kind: 'career', posts: [career.expect_posts[0]!, { role: 'Bí thư', organization: 'Tỉnh ủy Hà Giang' }] }, false],
  ['event: the same chair and participants', event, { kind: 'event', chairedBy: ['Ngô Đình Lực'], attendedBy: ['Vũ Thị Lan', 'Lê Hữu Tài'] }, true],
  ['event: the chair counted as a participant', event, { kind: 'event', chairedBy: [], attendedBy: ['Ngô Đình Lực', 'Vũ Thị Lan', 'Lê Hữu Tài'] }, false],
  ['succession: the same order', succession, { kind: 'succession', order: ['Ngô Đình Lực', 'Hà Văn Nam'] }, true],
  ['succession: the same people, another order', succession, { kind: 'succession', order: ['Hà Văn Nam', 'Ngô Đình Lực'] }, false],
];

describe('scoreAnswer: right only when the answer is exactly the expected one', () => {
  it.each(cases)('%s', (_, question, answer, right) => {
    expect(scoreAnswer(question, asked(answer)).right).toBe(right);
  });

  it('lists what is missing and what is extra, as readable items', () => {
    const verdict = scoreAnswer(event, asked({ kind: 'event', chairedBy: [], attendedBy: ['Ngô Đình Lực', 'Lê Hữu Tài', 'Vũ Thị Lan'] }));
    expect(verdict).toMatchObject({
      right: false,
      expected: ['chaired: Ngô Đình Lực', 'took part: Lê Hữu Tài', 'took part: Vũ Thị Lan'],
      got: ['took part: Ngô Đình Lực', 'took part: Lê Hữu Tài', 'took part: Vũ Thị Lan'],
      missing: ['chaired: Ngô Đình Lực'],
      extra: ['took part: Ngô Đình Lực'],
      files: ['a.txt'],
    });
    const posts = scoreAnswer(career, asked({ kind: 'career', posts: [{ role: 'Chủ tịch', organization: 'Huyện ủy Vị Xuyên' }] }));
    expect(posts).toMatchObject({ missing: ['Phó Chủ tịch @ Ủy ban nhân dân tỉnh Hà Giang', 'Bí thư @ Huyện ủy Vị Xuyên'], extra: ['Chủ tịch @ Huyện ủy Vị Xuyên'] });
  });

  it('counts a question the API could not be asked as wrong, even one expecting nobody, and keeps why', () => {
    const verdict = scoreAnswer(nobody, asked(null, ['no body named "Ủy ban nhân dân tỉnh Hà Giang"']));
    expect(verdict).toMatchObject({ right: false, got: null, notes: ['no body named "Ủy ban nhân dân tỉnh Hà Giang"'] });
  });

  it('refuses an answer of another kind than its question', () => {
    expect(() => scoreAnswer(holders, asked({ kind: 'succession', order: [] }))).toThrow(/succession answer was given to the holders question Q-H1/);
  });
});

describe('tallies and the report', () => {
  const report = scoreAnswers(
    [holders, nobody, succession],
    [asked({ kind: 'holders', people: ['Lê Hữu Tài', 'Vũ Thị Lan'] }), asked(null, ['no body']), asked({ kind: 'succession', order: ['Hà Văn Nam', 'Ngô Đình Lực'] })],
  );

  it('counts right answers per kind (kinds without questions left out) and overall', () => {
    expect(report.totals).toEqual([
      { kind: 'holders', right: 1, total: 2 },
      { kind: 'succession', right: 0, total: 1 },
      { kind: 'overall', right: 1, total: 3 },
    ]);
    expect(tallyVerdicts([])).toEqual([{ kind: 'overall', right: 0, total: 0 }]);
  });

  it('prints the table with percentages', () => {
    expect(formatAnswersTable(report.totals)).toBe(
      'kind        right  total      %\nholders         1      2  50.0%\nsuccession      0      1   0.0%\noverall         1      3  33.3%\n',
    );
  });

  it('prints every wrong answer under verbose: id, expectation, answer, files, notes', () => {
    const text = formatAnswersReport(report, { verbose: true });
    expect(text).toContain('2 wrong answers:');
    expect(text).toContain('Q-H2 holders: Chủ tịch of Ủy ban nhân dân tỉnh Hà Giang on 2024-03-05 (INFERRED or surer)\n  expected: (nobody, nothing)\n  got:      (not answered)\n  files:    a.txt\n  note:     no body\n');
    expect(text).toContain('Q-S1 succession');
    expect(text).toContain('(the right people in the wrong order)');
    expect(text).not.toContain('Q-H1');
    expect(formatAnswersReport(report, { verbose: false })).not.toContain('Q-H2');
  });

  it('gives the same as JSON: the table and the wrong answers', () => {
    const json = answersReportJson(report);
    expect(json.totals).toEqual(report.totals);
    expect(json.wrong.map((verdict) => verdict.id)).toEqual(['Q-H2', 'Q-S1']);
  });
});

describe('roleNamed: the API role of a Vietnamese role name', () => {
  it.each([
    ['Bí thư', 'SECRETARY'],
    ['Phó Bí thư Thường trực', 'STANDING_DEPUTY_SECRETARY'],
    ['phó chủ tịch', 'VICE_CHAIR'],
    ['Quyền Chủ tịch', 'ACTING_CHAIR'],
    ['Ủy viên BTV', 'STANDING_COMMITTEE_MEMBER'],
    ['Trưởng thôn', null],
  ])('%s → %s', (name, role) => {
    expect(roleNamed(name)).toBe(role);
  });

  it('names a role in Vietnamese', () => {
    expect(roleName('DEPUTY_MINISTER')).toBe('Thứ trưởng');
  });
});
