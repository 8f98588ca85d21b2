import { sourceIdOf, type Article } from '../domain/article.js';
import type { Question } from '../eval/question-model.js';
import { scoreAnswers, type AnswersReport } from '../eval/score-answers.js';
import { ingestArticle, type IngestLog } from '../ingest/ingest-article.js';
import type { Store } from '../store/store.js';
import { askQuestion } from './answer-questions.js';
import { graphClient } from './graph-client.js';

/** An article of the corpus, with its file name relative to the corpus (as questions name it). */
export interface CorpusArticle {
  file: string;
  article: Article;
}

/** What the ingest before the questions did. */
export interface CorpusIngest {
  articles: number;
  /** Files the extractor failed on (stored FAILED, without facts), by name. */
  extractionFailed: string[];
}

export interface AnswersBenchmarkResult extends AnswersReport {
  ingest: CorpusIngest;
}

/**
 * The answers benchmark on a store: ingests every corpus article (ingest is idempotent, so a
 * graph already holding them is left as it is), then puts each question to the in-process
 * GraphQL API and scores the answers. The questions' `files` must all be in `corpus` (the caller
 * checks): they name the sources a question rests on.
 */
export async function runAnswersBenchmark(
  store: Store,
  corpus: readonly CorpusArticle[],
  questions: readonly Question[],
  log?: IngestLog,
): Promise<AnswersBenchmarkResult> {
  await store.applySchema();
  const extractionFailed: string[] = [];
  for (const { file, article } of corpus) {
    const result = await ingestArticle(store, article, log === undefined ? {} : { log });
    if (result.outcome === 'FAILED') extractionFailed.push(file);
  }
  const sourceIdOfFile = new Map(corpus.map(({ file, article }) => [file, sourceIdOf(article)]));
  const request = graphClient(store);
  const asked = [];
  for (const question of questions) {
    const sourceIds = new Set(question.files.flatMap((file) => sourceIdOfFile.get(file) ?? []));
    asked.push(await askQuestion(request, question, sourceIds));
  }
  return { ...scoreAnswers(questions, asked), ingest: { articles: corpus.length, extractionFailed } };
}
