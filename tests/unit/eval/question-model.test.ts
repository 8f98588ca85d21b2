import { describe, expect, it } from 'vitest';
import { parseQuestionLines, QuestionsFormatError } from '../../../src/eval/question-model.js';

const holders = {
  id: 'Q-H1',
  kind: 'holders',
  organization: 'Tỉnh ủy Hà Giang',
  role: 'Bí thư',
  on: '2024-03-05',
  min_certainty: 'CONFIRMED',
  expect: ['Lê Hữu Tài'],
  files: ['a.txt'],
  why: 'written for the test',
};
const career = { id: 'Q-C1', kind: 'career', person: 'Lê Hữu Tài', expect_posts: [{ role: 'Bí thư', organization: 'Tỉnh ủy Hà Giang' }], files: ['a.txt'] };
const event = { id: 'Q-E1', kind: 'event', organization: 'Tỉnh ủy Hà Giang', date: '2024-03-05', chaired_by: ['Lê Hữu Tài'], attended_by: [], files: ['a.txt'] };
const succession = { id: 'Q-S1', kind: 'succession', organization: 'Tỉnh ủy Hà Giang', role: 'Bí thư', expect_order: ['Ngô Đình Lực', 'Lê Hữu Tài'], files: ['a.txt', 'b.txt'] };

const lines = (...objects: unknown[]) => objects.map((object) => JSON.stringify(object)).join('\n');

/** The problems parseQuestionLines reports for a text. */
function problemsOf(text: string): readonly string[] {
  try {
    parseQuestionLines(text, 'q.jsonl');
  } catch (error) {
    if (error instanceof QuestionsFormatError) return error.problems;
    throw error;
  }
  throw new Error('expected the questions to be refused');
}

describe('parseQuestionLines reads the four kinds of question', () => {
  it('keeps every question in order, blank lines skipped, extra fields kept', () => {
    const questions = parseQuestionLines(`\uFEFF${lines(holders, career)}\n\n${lines(event, succession)}\n`, 'q.jsonl');
    expect(questions.map((question) => question.kind)).toEqual(['holders', 'career', 'event', 'succession']);
    expect(questions[0]).toMatchObject({ id: 'Q-H1', min_certainty: 'CONFIRMED', why: 'written for the test' });
  });

  it('accepts a holders question expecting nobody', () => {
    expect(parseQuestionLines(lines({ ...holders, expect: [] }), 'q.jsonl')[0]).toMatchObject({ expect: [] });
  });
});

describe('parseQuestionLines names every bad line by number and field', () => {
  it.each([
    ['not JSON', `${lines(holders)}\n{"id": "Q-H2",`, /^line 2: not valid JSON/],
    ['an unknown kind', lines({ ...holders, kind: 'who' }), /^line 1: kind: expected "kind" to be one of holders, career, event, succession/],
    ['a bad certainty', lines({ ...holders, min_certainty: 'SURE' }), /^line 1: min_certainty: expected one of CONFIRMED, INFERRED, POSSIBLE/],
    ['a bad date', lines({ ...event, date: '5/3/2024' }), /^line 1: date: expected a date as YYYY-MM-DD/],
    ['a post without its body', lines({ ...career, expect_posts: [{ role: 'Bí thư' }] }), /^line 1: expect_posts\[0\]\.organization: /],
    ['no files', lines({ ...succession, files: [] }), /^line 1: files: expected the files the answer rests on/],
    ['an empty succession', lines({ ...succession, expect_order: [] }), /^line 1: expect_order: expected at least one holder/],
    ['an id used twice', lines(holders, career, { ...event, id: 'Q-H1' }), /^line 3: id "Q-H1" is already used on line 1/],
  ])('%s', (_, text, problem) => {
    expect(problemsOf(text)).toEqual([expect.stringMatching(problem)]);
  });

  it('refuses a file without questions', () => {
    expect(problemsOf('\n\n')).toEqual(['no questions: expected one JSON object per line']);
  });

  it('is a usage error (exit 2) whose message names the file', () => {
    const error = (() => {
      try {
        parseQuestionLines('[]', 'questions.jsonl');
      } catch (thrown) {
        return thrown as QuestionsFormatError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(QuestionsFormatError);
    expect(error?.exitCode).toBe(2);
    expect(error?.code).toBe('INVALID_QUESTIONS');
    expect(error?.message).toMatch(/^questions\.jsonl is not a valid questions file/);
  });
});
