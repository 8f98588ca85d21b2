import { createHash } from 'node:crypto';
import { ArticleModel, sourceIdOf, type Article } from '../domain/article.js';
import { EMPTY_SNAPSHOT, type GraphSnapshot } from '../domain/corrections.js';
import type { Extraction } from '../domain/extraction.js';
import { CURRENT_EXTRACTOR, extract, tryExtract, type Extractor } from '../extract/index.js';
import type { ArticleGraph } from '../resolve/article-graph.js';
import { resolveArticle } from '../resolve/resolve-article.js';
import { readSnapshot } from '../store/corrections.js';
import type { TransactionRunner } from '../store/store.js';

/** Builds an article's graph with what the graph knows applied (resolveArticle). */
export type GraphBuilder = (snapshot: GraphSnapshot) => ArticleGraph;

/**
 * How an extractor read a source, as the Source records it: the version, OK with a digest of
 * what it found (two readings with one digest found the same), or FAILED with the error.
 */
export type SourceExtraction =
  | { version: number; status: 'OK'; error: null; digest: string }
  | { version: number; status: 'FAILED'; error: string; digest: null };

/** An article read by an extractor: how the reading went, and the graph it gives (no facts when it failed). */
export interface ArticleReading {
  extraction: SourceExtraction;
  build: GraphBuilder;
}

/** A digest of an extraction: the same text read the same way gives the same digest. */
export function extractionDigest(extraction: Extraction): string {
  return createHash('sha256').update(JSON.stringify(extraction)).digest('hex').slice(0, 20);
}

const NOTHING_FOUND: Extraction = { context: { province: null, city: null, date: null }, persons: [], events: [], changes: [], governmentEnds: [], bodyEnds: [] };

/**
 * Reads an article with `extractor` once; the graph is then resolved with any snapshot. When
 * the extractor fails, the graph is the source alone (its text kept, so it can be read again)
 * and `extraction` says why.
 */
export function readArticleWith(article: Article, extractor: Extractor = CURRENT_EXTRACTOR): ArticleReading {
  const result = tryExtract(article.text, { date: article.date, title: article.title, url: article.url }, extractor);
  const sourceId = sourceIdOf(article);
  const found = result.ok ? result.extraction : NOTHING_FOUND;
  return {
    extraction: result.ok
      ? { version: extractor.version, status: 'OK', error: null, digest: extractionDigest(result.extraction) }
      : { version: extractor.version, status: 'FAILED', error: result.error, digest: null },
    build: (snapshot) => resolveArticle(article, sourceId, found, snapshot),
  };
}

/**
 * An article's graph builder with the current extractor, an article it fails on giving no
 * facts (for the benchmark; ingest uses readArticleWith, which says when it failed).
 */
export function articleGraphBuilder(article: Article): GraphBuilder {
  const extraction = extract(article.text, { date: article.date, title: article.title, url: article.url });
  return (snapshot) => resolveArticle(article, sourceIdOf(article), extraction, snapshot);
}

/**
 * The graph `build` makes with the snapshot of the people it names (resolved first with none,
 * to learn the ids its mentions have), read inside the transaction that writes it.
 */
export async function graphWithSnapshot(run: TransactionRunner, build: GraphBuilder): Promise<{ graph: ArticleGraph; snapshot: GraphSnapshot }> {
  const naturalIds = build(EMPTY_SNAPSHOT).people.flatMap((person) => person.naturalIds);
  const snapshot = await readSnapshot(run, naturalIds);
  return { graph: build(snapshot), snapshot };
}

/** A stored Source row (title, url, author, text, publishedOn) as the article it was read from. */
export function articleOfSource(source: Record<string, unknown>): Article {
  const { title, url, author, text, publishedOn } = source;
  return ArticleModel.parse({ title, url, author, text, date: publishedOn === null || publishedOn === undefined ? null : String(publishedOn) });
}

/** Records on the stored source how `extraction` went (after its graph is written). */
export async function recordExtraction(run: TransactionRunner, sourceId: string, extraction: SourceExtraction): Promise<void> {
  await run('setSourceExtraction', { id: sourceId, ...extraction });
}
