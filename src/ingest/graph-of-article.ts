import { ArticleModel, sourceIdOf, type Article } from '../domain/article.js';
import type { GraphSnapshot } from '../domain/corrections.js';
import { extract } from '../extract/index.js';
import type { ArticleGraph } from '../resolve/article-graph.js';
import { resolveArticle } from '../resolve/resolve-article.js';

/** An article read into graph records (extract, then resolve), with what the graph knows applied. */
export function graphOfArticle(article: Article, snapshot: GraphSnapshot): ArticleGraph {
  const extraction = extract(article.text, { date: article.date, title: article.title, url: article.url });
  return resolveArticle(article, sourceIdOf(article), extraction, snapshot);
}

/** A stored Source row (title, url, author, text, publishedOn) as the article it was read from. */
export function articleOfSource(source: Record<string, unknown>): Article {
  const { title, url, author, text, publishedOn } = source;
  return ArticleModel.parse({ title, url, author, text, date: publishedOn === null || publishedOn === undefined ? null : String(publishedOn) });
}
