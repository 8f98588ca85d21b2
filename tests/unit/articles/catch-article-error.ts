import { ArticleError } from '../../../src/cli/article-error.js';
import { thrownBy } from '../../support/thrown.js';

/** The ArticleError `run` throws; fails the test when it throws nothing or something else. */
export const catchArticleError = (run: () => unknown): ArticleError => thrownBy(ArticleError, run);

/** The ArticleError `promise` rejects with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<ArticleError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ArticleError) return error;
    throw error;
  }
  throw new Error('expected an ArticleError, but the promise resolved');
}
