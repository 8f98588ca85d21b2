import { sourceIdOf, type Article } from '../domain/article.js';
import type { ArticleGraph } from '../resolve/article-graph.js';
import type { Store } from '../store/store.js';
import { writeArticleGraph } from '../store/write-article.js';
import { articleGraphBuilder, graphWithSnapshot, type GraphBuilder } from './graph-of-article.js';
import { unifyIdentities } from './identities.js';

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

export interface WriteResult {
  /** false: an article with the same text was in the graph already; nothing was written. */
  written: boolean;
  /** The sum of Neo4j's update counters (0 when nothing was written). */
  updates: number;
  /** What was written (null when nothing was). */
  graph: ArticleGraph | null;
}

/**
 * Writes one article in one transaction, or nothing when its source (a hash of its text) is
 * there already, so ingesting the same article again changes nothing. The graph is built
 * inside the transaction from the snapshot as it stands (corrections, people found to be one),
 * and people it names who turn out to be someone already known are made one.
 */
export async function writeArticle(store: Store, sourceId: string, build: GraphBuilder): Promise<WriteResult> {
  const { value: graph, updates } = await store.writeTransaction(async (run) => {
    if ((await run('findSourceId', { id: sourceId })).length > 0) return null;
    const { graph, snapshot } = await graphWithSnapshot(run, build);
    await writeArticleGraph(run, graph, snapshot);
    await unifyIdentities(run, graph.people.map((person) => person.id));
    return graph;
  });
  return { written: graph !== null, updates, graph };
}

/** Extracts, resolves and writes one article, in one transaction. */
export async function ingestArticle(store: Store, article: Article): Promise<IngestResult> {
  const sourceId = sourceIdOf(article);
  const { written, updates, graph } = await writeArticle(store, sourceId, articleGraphBuilder(article));
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
