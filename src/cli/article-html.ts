// HTML is parsed with parse5 (https://github.com/inikulin/parse5): the WHATWG-conformant parser
// behind jsdom, so real-world news pages (unclosed <p>, stray tags, entities) get the tree a
// browser would build. It is small (one dependency, `entities`), actively released, typed, and
// supports Node >= 20.19 like this project. Its tree is plain objects, walked in
// article-html-dom.ts; no selector engine is needed for the few lookups below.
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { ArticleError } from './article-error.js';
import type { ArticleFields } from './article-formats.js';
import { attribute, descendants, findElement, textLines, type Element } from './article-html-dom.js';

type Document = DefaultTreeAdapterTypes.Document;

/**
 * Reads an `.html`/`.htm` news page.
 *
 * Metadata: title from `<meta property="og:title">`, else `<title>`, else the first `<h1>`;
 * date from `<meta property="article:published_time">`, `<meta itemprop="datePublished">` or
 * the first `<time datetime>` (the date as the publisher wrote it: `2025-04-03T23:30:00+07:00`
 * is 2025-04-03); url from `<link rel="canonical">`, else `<meta property="og:url">` (absolute
 * http(s) URLs only); author from `<meta name="author">`. Missing metadata is null.
 *
 * Body: the `<article>` with the most text; without one, the element whose own `<p>` children
 * hold the most text (a news site's `div.detail-content`, `div.content`…); else `<body>`.
 * Scripts, styles, nav, header, footer, aside, forms, embeds, photo captions (`figcaption`)
 * and hidden elements are dropped; each paragraph or block becomes a line.
 *
 * @throws ArticleError `EMPTY_ARTICLE` when the page has no text.
 */
export function parseHtmlFields(content: string): ArticleFields {
  const document = parse(content);
  const lines = textLines(mainContentOf(document));
  if (lines.length === 0) {
    throw new ArticleError('EMPTY_ARTICLE', 'the page has no text in an <article>, a content <div> or <body>: save the page with its article text');
  }
  return {
    title: meta(document, 'og:title') ?? textOf(document, 'title') ?? textOf(document, 'h1'),
    date: isoDateOf(meta(document, 'article:published_time') ?? meta(document, 'datePublished') ?? timeDatetime(document)),
    url: absoluteUrl(canonicalHref(document)) ?? absoluteUrl(meta(document, 'og:url')),
    author: meta(document, 'author'),
    text: lines.join('\n'),
  };
}

/** The element that holds the story (see parseHtmlFields). */
function mainContentOf(document: Document): Element | Document {
  const visible = [...descendants(document, true)];
  const articles = visible.filter((element) => element.tagName === 'article');
  const byText = articles.map((element) => ({ element, score: textLines(element).join('\n').length }));
  const article = best(byText);
  if (article) return article;

  const byParagraphs = visible.map((element) => ({
    element,
    score: element.childNodes
      .filter((child): child is Element => 'tagName' in child && child.tagName === 'p')
      .reduce((sum, paragraph) => sum + textLines(paragraph).join('\n').length, 0),
  }));
  return best(byParagraphs) ?? findElement(document, (element) => element.tagName === 'body') ?? document;
}

/** The candidate with the highest positive score; the first one on a tie. */
function best(candidates: { element: Element; score: number }[]): Element | undefined {
  let winner: { element: Element; score: number } | undefined;
  for (const candidate of candidates) if (candidate.score > (winner?.score ?? 0)) winner = candidate;
  return winner?.element;
}

/** `<meta property|name|itemprop="key" content="…">`'s content (key case-insensitive), trimmed. */
function meta(document: Document, key: string): string | null {
  const wanted = key.toLowerCase();
  const element = findElement(
    document,
    (candidate) =>
      candidate.tagName === 'meta' &&
      ['property', 'name', 'itemprop'].some((name) => attribute(candidate, name)?.trim().toLowerCase() === wanted),
  );
  return nonEmpty(element && attribute(element, 'content'));
}

function textOf(document: Document, tagName: string): string | null {
  const element = findElement(document, (candidate) => candidate.tagName === tagName);
  return nonEmpty(element && textLines(element).join(' '));
}

function timeDatetime(document: Document): string | null {
  const element = findElement(document, (candidate) => candidate.tagName === 'time' && attribute(candidate, 'datetime') !== undefined);
  return nonEmpty(element && attribute(element, 'datetime'));
}

function canonicalHref(document: Document): string | null {
  const element = findElement(
    document,
    (candidate) => candidate.tagName === 'link' && (attribute(candidate, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  return nonEmpty(element && attribute(element, 'href'));
}

/** The YYYY-MM-DD a date or date-time starts with; null for anything else ("03/04/2025"). */
function isoDateOf(value: string | null): string | null {
  return /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value ?? '')?.[1] ?? null;
}

function absoluteUrl(value: string | null): string | null {
  return value !== null && /^https?:\/\//i.test(value) && URL.canParse(value) ? value : null;
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}
