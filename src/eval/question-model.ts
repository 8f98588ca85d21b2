import { z } from 'zod';

/**
 * The answers benchmark's question format (corpus README, "answers.jsonl"): one JSON object per
 * line, each a question about who held which post when, with the answer the texts give. Fields
 * other than those checked here (`why`, notes) are allowed and kept.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const text = (what: string) => z.string().trim().min(1, `expected ${what}`);
const person = text('a person\'s name as the texts spell it');

/** The certainties of `holders`, most certain first (schema/people.graphql `Certainty`). */
export const CERTAINTIES = ['CONFIRMED', 'INFERRED', 'POSSIBLE'] as const;
export type CertaintyLevel = (typeof CERTAINTIES)[number];

/** The four kinds of question, in the order the report lists them. */
export const QUESTION_KINDS = ['holders', 'career', 'event', 'succession'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

const common = {
  id: text('a question id such as "A-H01"'),
  /** The corpus files (relative to `--corpus`) the expected answer rests on. */
  files: z.array(text('a corpus file name such as "001.txt"')).min(1, 'expected the files the answer rests on'),
  why: z.string().optional(),
};

export const HoldersQuestionModel = z.looseObject({
  ...common,
  kind: z.literal('holders'),
  organization: text('the body\'s full Vietnamese name, e.g. "Tỉnh ủy Quảng Ninh"'),
  role: text('a role without abbreviations, e.g. "Bí thư"'),
  on: isoDay,
  min_certainty: z.enum(CERTAINTIES, { error: `expected one of ${CERTAINTIES.join(', ')}` }),
  expect: z.array(person),
});

export const PostRefModel = z.looseObject({
  role: text('a role without abbreviations, e.g. "Phó Chủ tịch"'),
  organization: text('the body\'s full Vietnamese name'),
});

export const CareerQuestionModel = z.looseObject({
  ...common,
  kind: z.literal('career'),
  person,
  expect_posts: z.array(PostRefModel),
});

export const EventQuestionModel = z.looseObject({
  ...common,
  kind: z.literal('event'),
  organization: text('the convening body\'s full Vietnamese name'),
  date: isoDay,
  chaired_by: z.array(person),
  attended_by: z.array(person),
});

export const SuccessionQuestionModel = z.looseObject({
  ...common,
  kind: z.literal('succession'),
  organization: text('the body\'s full Vietnamese name'),
  role: text('a role without abbreviations, e.g. "Chủ tịch"'),
  expect_order: z.array(person).min(1, 'expected at least one holder, earliest first'),
});

export const QuestionModel = z.discriminatedUnion('kind', [HoldersQuestionModel, CareerQuestionModel, EventQuestionModel, SuccessionQuestionModel], {
  error: `expected "kind" to be one of ${QUESTION_KINDS.join(', ')}`,
});

export type HoldersQuestion = z.infer<typeof HoldersQuestionModel>;
export type PostRef = z.infer<typeof PostRefModel>;
export type CareerQuestion = z.infer<typeof CareerQuestionModel>;
export type EventQuestion = z.infer<typeof EventQuestionModel>;
export type SuccessionQuestion = z.infer<typeof SuccessionQuestionModel>;
export type Question = z.infer<typeof QuestionModel>;

/** A questions file that cannot be used: every bad line is named. Exit code 2, like other usage errors. */
export class QuestionsFormatError extends Error {
  override readonly name = 'QuestionsFormatError';
  readonly code = 'INVALID_QUESTIONS';
  readonly exitCode = 2;

  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source} is not a valid questions file (one JSON object per line, see the corpus README, "answers.jsonl"):\n  ${problems.join('\n  ')}`);
  }
}

/** At most this many problems are listed; a wholly wrong file would otherwise flood the terminal. */
const MAX_PROBLEMS = 20;

/**
 * The questions of a JSON Lines text, in order; blank lines are skipped.
 *
 * @throws QuestionsFormatError listing each bad line by number and field:
 *   `line 3: min_certainty: expected one of CONFIRMED, INFERRED, POSSIBLE`, and ids used twice.
 * @example parseQuestionLines('{"id":"Q1","kind":"succession","organization":"Tỉnh ủy Hà Giang","role":"Bí thư","expect_order":["Lê Văn A"],"files":["a.txt"]}', 'q.jsonl')[0].kind === 'succession'
 */
export function parseQuestionLines(text: string, source: string): Question[] {
  const questions: Question[] = [];
  const problems: string[] = [];
  const lineOfId = new Map<string, number>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, index) => {
      const number = index + 1;
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        problems.push(`line ${number}: not valid JSON (${(error as Error).message})`);
        return;
      }
      const result = QuestionModel.safeParse(value);
      if (!result.success) {
        for (const issue of result.error.issues) problems.push(`line ${number}: ${describePath(issue.path)}${issue.message}`);
        return;
      }
      const first = lineOfId.get(result.data.id);
      if (first !== undefined) {
        problems.push(`line ${number}: id ${JSON.stringify(result.data.id)} is already used on line ${first}: give each question its own id`);
        return;
      }
      lineOfId.set(result.data.id, number);
      questions.push(result.data);
    });
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    problems.splice(MAX_PROBLEMS, more, `… and ${more} more`);
  }
  if (problems.length > 0) throw new QuestionsFormatError(source, problems);
  if (questions.length === 0) throw new QuestionsFormatError(source, ['no questions: expected one JSON object per line']);
  return questions;
}

/** `["expect_posts", 0, "role"]` → `"expect_posts[0].role: "`. */
function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  const joined = path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
  return `${joined}: `;
}
