import { ArticleError } from './article-error.js';
import type { ArticleFields } from './article-formats.js';

/**
 * Reads a `.json` article: one object `{ "title", "date", "url", "author", "text" }`. Only
 * `text` is required; a missing or null field is null; other fields (a scraper's `tags`,
 * `images`…) are ignored. Types and values are checked by ArticleModel afterwards.
 *
 * @throws ArticleError `INVALID_JSON` when JSON.parse fails (its message says where),
 *   `INVALID_ARTICLE` when the JSON is not an object.
 * @example parseJsonFields('{"text": "Sáng 3/4, …", "date": "unknown"}').date === 'unknown'
 */
export function parseJsonFields(content: string): ArticleFields {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    throw new ArticleError('INVALID_JSON', `not valid JSON (${(error as Error).message}): fix the syntax, or save the article as .txt`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    throw new ArticleError(
      'INVALID_ARTICLE',
      `expected one JSON object such as {"title": "…", "date": "2025-04-03", "text": "…"}, got ${got}: put one article in each file`,
    );
  }
  const object = value as Record<string, unknown>;
  return {
    title: object.title ?? null,
    date: object.date ?? null,
    url: object.url ?? null,
    author: object.author ?? null,
    text: object.text,
  };
}
