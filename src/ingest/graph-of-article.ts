import { ArticleModel, sourceIdOf, type Article } from '../domain/article.js';
import { EMPTY_SNAPSHOT, type GraphSnapshot } from '../domain/corrections.js';
import { extract } from '../extract/index.js';
import type { ArticleGraph } from '../resolve/article-graph.js';
import { resolveArticle } from '../resolve/resolve-article.js';
import { readSnapshot } from '../store/corrections.js';
import type { TransactionRunner } from '../store/store.js';

/** Builds an article's graph with what the graph knows applied (resolveArticle). */
export type GraphBuilder = (snapshot: GraphSnapshot) => ArticleGraph;

/** An article's graph builder: the text is extracted once, then resolved with any snapshot. */
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
