import { sourceIdOf, type Article } from '../domain/article.js';
import { extract } from '../extract/index.js';
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

/** Extracts, resolves and writes one article, in one transaction. */
export async function ingestArticle(store: Store, article: Article): Promise<IngestResult> {
  const sourceId = sourceIdOf(article);
  const extraction = extract(article.text, { date: article.date, title: article.title, url: article.url });
  const graph = resolveArticle(article, sourceId, extraction);
  const { written, updates } = await writeArticle(store, graph);
  const count = (items: readonly unknown[]) => (written ? items.length : 0);
  return {
    sourceId,
    written,
    updates,
    people: count(graph.people),
    posts: count(graph.posts),
    tenures: count(graph.tenures),
    events: count(graph.events),
  };
}
