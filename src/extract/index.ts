import type { Extraction } from '../domain/extraction.js';
import { parseArticleDate, runExtraction, type ArticleDate } from './pipeline.js';
import { EXTRACTOR_VERSION } from './version.js';

export type { Extraction } from '../domain/extraction.js';
export { EXTRACTOR_VERSION } from './version.js';

/** What is known about the article besides its text. */
export interface ArticleMeta {
  /** The publication date, YYYY-MM-DD: completes dates written without a year. */
  date: string | null;
  title?: string | null;
  url?: string | null;
}

/**
 * An extractor and the version stored with what it reads: the current one (`CURRENT_EXTRACTOR`),
 * or another a caller injects (a test simulating an older version, or one that fails).
 * `extract` may throw; `tryExtract` turns a throw into a failed result.
 */
export interface Extractor {
  /** A positive integer, stored with every source this extractor reads. */
  readonly version: number;
  readonly extract: (body: string, meta: ArticleMeta) => Extraction;
}

/** What reading one article gave: its extraction, or why the extractor failed on it. */
export type ExtractionResult = { ok: true; extraction: Extraction } | { ok: false; error: string };

/** Nothing found: no people, events or changes (the article's date kept in its context). */
function emptyExtraction(date: ArticleDate | null): Extraction {
  return { context: { province: null, city: null, date: date?.iso ?? null }, persons: [], events: [], changes: [], governmentEnds: [], bodyEnds: [] };
}

/** Runs the extraction steps; throws on a bug (see `tryExtract`). */
function extractOrThrow(body: string, meta: ArticleMeta): Extraction {
  return runExtraction(typeof body === 'string' ? body : '', parseArticleDate(meta?.date), typeof meta?.url === 'string' ? meta.url : null);
}

/** The extractor of this build, at `EXTRACTOR_VERSION`. */
export const CURRENT_EXTRACTOR: Extractor = { version: EXTRACTOR_VERSION, extract: extractOrThrow };

/**
 * Extracts people and their titles, events and who took part, changes of post and the ends of
 * local governments from one Vietnamese news article, and says when the extractor failed:
 * `{ ok: false, error }` with the exception's message, never a throw. `body` must already be
 * `normalizeVietnamese`d; every evidence satisfies `body.slice(start, end) === quote`. Pure and
 * linear in the length of the body.
 *
 * @example tryExtract(normalizeVietnamese(text), { date: '2025-04-03' }) // { ok: true, extraction }
 */
export function tryExtract(body: string, meta: ArticleMeta, extractor: Extractor = CURRENT_EXTRACTOR): ExtractionResult {
  try {
    return { ok: true, extraction: extractor.extract(body, meta) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/**
 * `tryExtract` for callers that only want what was found (the `extract` command, the benchmark):
 * an input the extractor fails on gives an empty extraction. Ingest uses `tryExtract`, so a
 * failure is recorded on the source instead of losing its facts silently.
 *
 * @example extract(normalizeVietnamese(text), { date: '2025-04-03' }).context.province?.name === 'Quảng Ninh'
 */
export function extract(body: string, meta: ArticleMeta): Extraction {
  const result = tryExtract(body, meta);
  return result.ok ? result.extraction : emptyExtraction(parseArticleDate(meta?.date));
}
