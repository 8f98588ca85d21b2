import { ArticleError } from '../../../src/cli/article-error.js';

/** The ArticleError `run` throws; fails the test when it throws nothing or something else. */
export function catchArticleError(run: () => unknown): ArticleError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArticleError) return error;
    throw error;
  }
  throw new Error('expected an ArticleError, but nothing was thrown');
}

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
