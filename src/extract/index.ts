import type { Extraction } from '../domain/extraction.js';
import { parseArticleDate, runExtraction } from './pipeline.js';

export type { Extraction } from '../domain/extraction.js';

/** What is known about the article besides its text. */
export interface ArticleMeta {
  /** The publication date, YYYY-MM-DD: completes dates written without a year. */
  date: string | null;
  title?: string | null;
  url?: string | null;
}

/**
 * Extracts people and their titles, events and who took part, changes of post and the ends of
 * local governments from one Vietnamese news article. `body` must already be
 * `normalizeVietnamese`d; every evidence satisfies `body.slice(start, end) === quote`.
 * Pure, linear in the length of the body, and never throws: an input it cannot read gives an
 * empty extraction.
 *
 * @example extract(normalizeVietnamese(text), { date: '2025-04-03' }).context.province?.name === 'Quảng Ninh'
 */
export function extract(body: string, meta: ArticleMeta): Extraction {
  const date = parseArticleDate(meta?.date);
  try {
    return runExtraction(typeof body === 'string' ? body : '', date, typeof meta?.url === 'string' ? meta.url : null);
  } catch {
    return { context: { province: null, city: null, date: date?.iso ?? null }, persons: [], events: [], changes: [], governmentEnds: [], bodyEnds: [] };
  }
}
