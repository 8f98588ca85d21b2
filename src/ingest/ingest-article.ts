import { sourceIdOf, type Article } from '../domain/article.js';
import type { Correction } from '../domain/corrections.js';
import { extract } from '../extract/index.js';
import type { ArticleGraph } from '../resolve/article-graph.js';
import { resolveArticle } from '../resolve/resolve-article.js';
import type { Store } from '../store/store.js';
import { writeArticle } from '../store/write-article.js';

/** What ingesting one article wrote; all zero when the article was already in the graph. */
export interface IngestResult {
  sourceId: string;
  /** false: the same text was ingested before, nothing was written. */
  written: boolean;
  /** Neo4j's update counters, summed: 0 when the article was there already. */
  updates: number;
  people: number;
  posts: number;
  tenures: number;
  events: number;
}

/** An article read into graph records (extract, then resolve), with the corrections applied. */
export function graphOfArticle(article: Article, corrections: readonly Correction[]): ArticleGraph {
  const extraction = extract(article.text, { date: article.date, title: article.title, url: article.url });
  return resolveArticle(article, sourceIdOf(article), extraction, corrections);
}

/** Extracts, resolves and writes one article, in one transaction. */
export async function ingestArticle(store: Store, article: Article): Promise<IngestResult> {
  const sourceId = sourceIdOf(article);
  const { written, updates, graph } = await writeArticle(store, sourceId, (corrections) => graphOfArticle(article, corrections));
  return {
    sourceId,
    written,
    updates,
    people: graph?.people.length ?? 0,
    posts: graph?.posts.length ?? 0,
    tenures: graph?.tenures.length ?? 0,
    events: graph?.events.length ?? 0,
  };
}
