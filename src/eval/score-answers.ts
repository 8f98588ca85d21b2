import { compareNameSets, distinctNames, sameNameOrder } from './name-match.js';
import { normalizeForMatch } from './normalize.js';
import { QUESTION_KINDS, type PostRef, type Question, type QuestionKind } from './question-model.js';

/**
 * Scoring the answers benchmark: each question is right only when the graph's answer is exactly
 * the expected one. holders: the same set of people; career: the same set of (role, body) posts;
 * event: the same chairs and the same other participants; succession: the same people in the
 * same order. People are compared by `name-match.ts`, roles and bodies by `normalizeForMatch`.
 */

/** What the graph answered, as the API gave it. */
export type GraphAnswer =
  | { kind: 'holders'; people: string[] }
  | { kind: 'career'; posts: PostRef[] }
  | { kind: 'event'; chairedBy: string[]; attendedBy: string[] }
  | { kind: 'succession'; order: string[] };

/**
 * A question put to the API: its answer, or null when it could not be asked (a body, person,
 * role or post not found), and notes on what was looked up and why.
 */
export interface Asked {
  answer: GraphAnswer | null;
  notes: string[];
}

/** One question scored; `expected`, `got`, `missing` and `extra` are readable items. */
export interface Verdict {
  id: string;
  kind: QuestionKind;
  /** The question in one line, e.g. `Bí thư of Tỉnh ủy Quảng Ninh on 2020-09-27 (CONFIRMED or surer)`. */
  asks: string;
  right: boolean;
  expected: string[];
  /** null: the question could not be asked (see notes). */
  got: string[] | null;
  missing: string[];
  extra: string[];
  files: string[];
  notes: string[];
}

export interface KindTally {
  kind: QuestionKind | 'overall';
  right: number;
  total: number;
}

/** The benchmark's result: a tally per kind (kinds with no question left out) and overall, and every verdict in question order. */
export interface AnswersReport {
  totals: KindTally[];
  verdicts: Verdict[];
}

const postLine = (post: PostRef) => `${post.role} @ ${post.organization}`;
const postKey = (post: PostRef) => `${normalizeForMatch(post.role)} @ ${normalizeForMatch(post.organization)}`;

/** The posts, each (role, body) once, in first-seen order. */
function distinctPosts(posts: readonly PostRef[]): PostRef[] {
  const seen = new Map<string, PostRef>();
  for (const post of posts) if (!seen.has(postKey(post))) seen.set(postKey(post), post);
  return [...seen.values()];
}

function comparePosts(expected: readonly PostRef[], got: readonly PostRef[]) {
  const gotKeys = new Set(got.map(postKey));
  const expectedKeys = new Set(expected.map(postKey));
  return {
    missing: distinctPosts(expected).filter((post) => !gotKeys.has(postKey(post))).map(postLine),
    extra: distinctPosts(got).filter((post) => !expectedKeys.has(postKey(post))).map(postLine),
  };
}

/** The question in one readable line. */
export function describeQuestion(question: Question): string {
  switch (question.kind) {
    case 'holders':
      return `${question.role} of ${question.organization} on ${question.on} (${question.min_certainty} or surer)`;
    case 'career':
      return `posts of ${question.person}`;
    case 'event':
      return `chairs and participants of the meeting of ${question.organization} on ${question.date}`;
    case 'succession':
      return `holders of ${question.role} of ${question.organization}, earliest first`;
  }
}

/** What the question expects, as readable items. */
function expectedItems(question: Question): string[] {
  switch (question.kind) {
    case 'holders':
      return question.expect;
    case 'career':
      return distinctPosts(question.expect_posts).map(postLine);
    case 'event':
      return [...question.chaired_by.map((name) => `chaired: ${name}`), ...question.attended_by.map((name) => `took part: ${name}`)];
    case 'succession':
      return question.expect_order;
  }
}

/** The answer as readable items, and what it lacks or has too much against the question. */
function judge(question: Question, answer: GraphAnswer): Pick<Verdict, 'right' | 'got' | 'missing' | 'extra'> {
  if (question.kind === 'holders' && answer.kind === 'holders') {
    const difference = compareNameSets(question.expect, answer.people);
    return { got: distinctNames(answer.people), ...difference, right: difference.missing.length + difference.extra.length === 0 };
  }
  if (question.kind === 'career' && answer.kind === 'career') {
    const difference = comparePosts(question.expect_posts, answer.posts);
    return { got: distinctPosts(answer.posts).map(postLine), ...difference, right: difference.missing.length + difference.extra.length === 0 };
  }
  if (question.kind === 'event' && answer.kind === 'event') {
    const chairs = compareNameSets(question.chaired_by, answer.chairedBy);
    const others = compareNameSets(question.attended_by, answer.attendedBy);
    const missing = [...chairs.missing.map((name) => `chaired: ${name}`), ...others.missing.map((name) => `took part: ${name}`)];
    const extra = [...chairs.extra.map((name) => `chaired: ${name}`), ...others.extra.map((name) => `took part: ${name}`)];
    const got = [...distinctNames(answer.chairedBy).map((name) => `chaired: ${name}`), ...distinctNames(answer.attendedBy).map((name) => `took part: ${name}`)];
    return { got, missing, extra, right: missing.length + extra.length === 0 };
  }
  if (question.kind === 'succession' && answer.kind === 'succession') {
    const difference = compareNameSets(question.expect_order, answer.order);
    return { got: distinctNames(answer.order), ...difference, right: sameNameOrder(question.expect_order, answer.order) };
  }
  throw new Error(`a ${answer.kind} answer was given to the ${question.kind} question ${question.id}`);
}

/**
 * Scores one question against what the graph answered. A question that could not be asked
 * (`answer` null) is wrong, even when nobody was expected: the graph could not say.
 *
 * @example scoreAnswer(question, { answer: { kind: 'holders', people: ['le van a'] }, notes: [] }).right
 */
export function scoreAnswer(question: Question, asked: Asked): Verdict {
  const base = { id: question.id, kind: question.kind, asks: describeQuestion(question), expected: expectedItems(question), files: question.files, notes: asked.notes };
  if (asked.answer === null) return { ...base, right: false, got: null, missing: expectedItems(question), extra: [] };
  return { ...base, ...judge(question, asked.answer) };
}

/** The tally per kind (in QUESTION_KINDS order, kinds without questions left out) and overall. */
export function tallyVerdicts(verdicts: readonly Verdict[]): KindTally[] {
  const perKind = QUESTION_KINDS.map((kind) => {
    const ofKind = verdicts.filter((verdict) => verdict.kind === kind);
    return { kind, right: ofKind.filter((verdict) => verdict.right).length, total: ofKind.length };
  }).filter((tally) => tally.total > 0);
  return [...perKind, { kind: 'overall', right: verdicts.filter((verdict) => verdict.right).length, total: verdicts.length }];
}

/** Scores every question (`asked[i]` answers `questions[i]`). */
export function scoreAnswers(questions: readonly Question[], asked: readonly Asked[]): AnswersReport {
  if (questions.length !== asked.length) throw new Error(`${asked.length} answers for ${questions.length} questions`);
  const verdicts = questions.map((question, i) => scoreAnswer(question, asked[i]!));
  return { totals: tallyVerdicts(verdicts), verdicts };
}
