import { createHash } from 'node:crypto';
import { z } from 'zod';
import { normalizeVietnamese } from './text.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: 'expected a real calendar date as YYYY-MM-DD',
  });

const optionalText = z
  .string()
  .transform((value) => value.trim())
  .nullish()
  .transform((value) => (value ? value : null));

/**
 * An article as the product ingests it, whatever file it came from. `text` is the body;
 * `date` may be null ("unknown"), and then dates written without a year stay partial.
 */
export const ArticleModel = z.object({
  title: optionalText,
  date: z
    .union([isoDate, z.literal('unknown'), z.null()])
    .optional()
    .transform((value) => (value === 'unknown' || value === undefined ? null : value)),
  url: z
    .string()
    .trim()
    .url('expected an absolute URL such as https://example.vn/article.html')
    .nullish()
    .transform((value) => value ?? null),
  author: optionalText,
  text: z
    .string()
    .transform((value) => normalizeVietnamese(value.replace(/\r\n?/g, '\n')).trim())
    .refine((value) => value.length > 0, { message: 'the article has no text' }),
});

export type Article = z.infer<typeof ArticleModel>;

/**
 * A source's id: a hash of its normalised text, so the same article ingested twice, from any
 * file format, is one Source.
 */
export function sourceIdOf(article: Pick<Article, 'text'>): string {
  return `source:${createHash('sha256').update(article.text).digest('hex').slice(0, 20)}`;
}
