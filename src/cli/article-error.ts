/**
 * Why an article file was not ingested. Stable: scripts and tests match on them.
 *
 * - `FILE_NOT_FOUND`: nothing at that path.
 * - `NOT_A_FILE`: a directory with no article files in it, a FIFO, a device…
 * - `UNREADABLE_FILE`: the file exists but cannot be read (permissions).
 * - `UNSUPPORTED_FORMAT`: not `.txt`, `.json`, `.html` or `.htm`.
 * - `ARTICLE_TOO_LARGE`: over the size limit (`--max-mb`); checked before reading.
 * - `BINARY_FILE`: NUL bytes or bytes that are not UTF-8.
 * - `EMPTY_ARTICLE`: no text (an empty file, a header without a body, an HTML page without text).
 * - `INVALID_JSON`: a `.json` file that JSON.parse rejects.
 * - `INVALID_ARTICLE`: the fields do not make an article (each problem names its field).
 */
export type ArticleErrorCode =
  | 'FILE_NOT_FOUND'
  | 'NOT_A_FILE'
  | 'UNREADABLE_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'ARTICLE_TOO_LARGE'
  | 'BINARY_FILE'
  | 'EMPTY_ARTICLE'
  | 'INVALID_JSON'
  | 'INVALID_ARTICLE';

/**
 * An article file that cannot be ingested. `detail` says what is wrong and how to fix it; once
 * the file is known (`at(path)`), `message` starts with its path: `seed/a.json: date: expected a
 * date as YYYY-MM-DD`. The format parsers, which see only text, throw it without a path.
 */
export class ArticleError extends Error {
  override readonly name = 'ArticleError';

  constructor(
    readonly code: ArticleErrorCode,
    readonly detail: string,
    readonly path?: string,
  ) {
    super(path === undefined ? detail : `${path}: ${detail}`);
  }

  /** The same error, about the file at `path`. */
  at(path: string): ArticleError {
    return new ArticleError(this.code, this.detail, path);
  }
}

/** True for an ArticleError (of any code). */
export function isArticleError(error: unknown): error is ArticleError {
  return error instanceof ArticleError;
}
