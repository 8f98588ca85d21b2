import type { DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
/** An element of a parse5 tree (the default tree adapter). */
export type Element = DefaultTreeAdapterTypes.Element;

/**
 * Elements that are never article text: code, styling, navigation, page chrome, forms, embeds,
 * and photo captions (`figcaption`: "Các đại biểu dự hội nghị" is not a sentence of the story).
 */
export const NOT_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'nav', 'header', 'footer', 'aside',
  'figcaption', 'form', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'svg',
  'canvas', 'audio', 'video', 'map',
]);

/** Elements that start a new line of text. */
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** True for an element node (not text, a comment or the doctype). */
export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** The value of an attribute (names are lowercase in parse5 trees), or undefined. */
export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function isHidden(element: Element): boolean {
  return attribute(element, 'hidden') !== undefined || attribute(element, 'aria-hidden') === 'true';
}

function isSkipped(element: Element): boolean {
  return NOT_TEXT.has(element.tagName) || isHidden(element);
}

/**
 * The elements under `root`, depth first in document order. With `visibleOnly`, elements that
 * are never text (NOT_TEXT, hidden) are left out together with everything inside them.
 */
export function* descendants(root: Node, visibleOnly = false): Generator<Element> {
  if (!('childNodes' in root)) return;
  for (const child of root.childNodes) {
    if (!isElement(child)) continue;
    if (visibleOnly && isSkipped(child)) continue;
    yield child;
    yield* descendants(child, visibleOnly);
  }
}

/** The first element under `root` (in document order) that `matches`, or undefined. */
export function findElement(root: Node, matches: (element: Element) => boolean): Element | undefined {
  for (const element of descendants(root)) if (matches(element)) return element;
  return undefined;
}

/**
 * The readable text under `root`, one line per paragraph or block element and per `<br>`:
 * entities are already decoded by the parser; runs of whitespace (with no-break spaces) become
 * one space; empty lines are dropped; NOT_TEXT and hidden elements are skipped.
 *
 * @example textLines(parse('<p>Sáng&nbsp;3/4,<br>tại <b>Hà Nội</b></p><p>…</p>')) // ['Sáng 3/4,', 'tại Hà Nội', '…']
 */
export function textLines(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const endLine = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const visit = (node: Node) => {
    if (node.nodeName === '#text') {
      current += (node as DefaultTreeAdapterTypes.TextNode).value;
      return;
    }
    if (isElement(node)) {
      if (node !== root && isSkipped(node)) return;
      if (node.tagName === 'br') return endLine();
      if (BLOCK.has(node.tagName)) endLine();
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if (isElement(node) && BLOCK.has(node.tagName)) endLine();
  };
  visit(root);
  endLine();
  return lines;
}
