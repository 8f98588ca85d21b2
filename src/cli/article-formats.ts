import { extname } from 'node:path';
import { ArticleModel, type Article } from '../domain/article.js';
import { normalizeVietnamese } from '../domain/text.js';
import { ArticleError } from './article-error.js';
import { parseHtmlFields } from './article-html.js';
import { parseJsonFields } from './article-json.js';
import { parseTxtFields } from './article-txt.js';

/** The article file formats `officials ingest` reads. */
export type ArticleFormat = 'txt' | 'json' | 'html';

/** What a format parser found, before validation: the five fields of ArticleModel, any type. */
export interface ArticleFields {
  title: unknown;
  date: unknown;
  url: unknown;
  author: unknown;
  text: unknown;
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'txt',
  '.json': 'json',
  '.html': 'html',
  '.htm': 'html',
};

/** The extensions of article files, as a directory is searched for them. */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

/** True when `path` has an article file's extension (case-insensitive). */
export function isArticlePath(path: string): boolean {
  return Object.hasOwn(FORMAT_BY_EXTENSION, extname(path).toLowerCase());
}

/**
 * The format of an article file, from its extension (case-insensitive).
 *
 * @throws ArticleError `UNSUPPORTED_FORMAT` for any other extension.
 * @example articleFormatOf('tin/bo-nhiem.HTM') === 'html'
 */
export function articleFormatOf(path: string): ArticleFormat {
  const extension = extname(path).toLowerCase();
  const format = FORMAT_BY_EXTENSION[extension];
  if (format) return format;
  const shown = extension ? `"${extension}" files are not read` : 'a file without an extension is not read';
  throw new ArticleError(
    'UNSUPPORTED_FORMAT',
    `${shown}: save the article as .txt (optional title:/date:/url:/author: header, a blank line, the body), .json ({"title", "date", "url", "author", "text"}) or .html/.htm`,
  );
}

const PARSERS: Readonly<Record<ArticleFormat, (content: string) => ArticleFields>> = {
  txt: parseTxtFields,
  json: parseJsonFields,
  html: parseHtmlFields,
};

/**
 * Parses the text of an article file in `format` and validates it with ArticleModel (which
 * normalises the body's Unicode; title and author are normalised here the same way).
 *
 * @throws ArticleError `EMPTY_ARTICLE`, `INVALID_JSON` or `INVALID_ARTICLE` (without a path).
 * @example
 * parseArticle('title: Bổ nhiệm Giám đốc Sở\ndate: 2025-04-03\n\nNgày 3/4, …', 'txt')
 * // { title: 'Bổ nhiệm Giám đốc Sở', date: '2025-04-03', url: null, author: null, text: 'Ngày 3/4, …' }
 */
export function parseArticle(content: string, format: ArticleFormat): Article {
  return validateArticle(PARSERS[format](content));
}

/** What each field must be, for messages about a value of the wrong type. */
const EXPECTED: Readonly<Record<keyof ArticleFields, string>> = {
  title: 'a string or null',
  date: 'a date as YYYY-MM-DD, "unknown" or null',
  url: 'an absolute URL or null',
  author: 'a string or null',
  text: "the article's body as a string",
};

/**
 * ArticleModel.safeParse with messages for people: `EMPTY_ARTICLE` when the body is blank,
 * otherwise `INVALID_ARTICLE` listing every field's first problem, e.g.
 * `date: expected a date as YYYY-MM-DD (got "3/4/2025"); url: expected an absolute URL…`.
 */
export function validateArticle(fields: ArticleFields): Article {
  if (typeof fields.text === 'string' && fields.text.trim() === '') {
    throw new ArticleError('EMPTY_ARTICLE', 'the article has no text: write the body after the header (or in "text")');
  }
  const result = ArticleModel.safeParse({
    ...fields,
    title: normalized(fields.title),
    author: normalized(fields.author),
  });
  if (result.success) return result.data;

  const problems = new Map<string, string>();
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '(article)');
    if (problems.has(field)) continue; // the first problem of a field says enough
    const value = fields[field as keyof ArticleFields];
    const typeProblem = issue.code === 'invalid_type' || issue.code === 'invalid_union';
    problems.set(
      field,
      typeProblem
        ? `${field}: expected ${EXPECTED[field as keyof ArticleFields] ?? 'something else'}, got ${describe(value)}`
        : `${field}: ${issue.message}${typeof value === 'string' ? ` (got ${JSON.stringify(shorten(value))})` : ''}`,
    );
  }
  throw new ArticleError('INVALID_ARTICLE', [...problems.values()].join('; '));
}

function normalized(value: unknown): unknown {
  return typeof value === 'string' ? normalizeVietnamese(value) : value;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
