import type { TextRange } from './tokens.js';

/**
 * Which lines of a news page are the article: not the "Tin tức khác" block of other headlines
 * that pages append, and not the reporter's byline.
 */

const RELATED_NEWS_MARKERS = [
  'tin tức khác',
  'tin khác',
  'các tin khác',
  'tin liên quan',
  'tin bài liên quan',
  'bài liên quan',
  'bài viết liên quan',
  'tin cùng chuyên mục',
  'xem thêm',
  'đọc thêm',
];
const LIST_ITEM = /^[-–—•*+]\s/u;
const BYLINE_PREFIX = /^(bài|tin|ảnh|bài và ảnh|tin và ảnh|bài, ảnh|tin, ảnh)\s*:/u;
const BYLINE_WORD = /^\p{Lu}[\p{Ll}\p{M}]*$/u;
const MAX_BYLINE_LENGTH = 60;

/**
 * The lines of `body` that belong to the article, each trimmed of surrounding spaces.
 * A related-news marker line is dropped with the list that follows it (to the end of the text
 * when no list item follows); of the last two non-empty lines, a byline is dropped.
 */
export function articleLines(body: string): TextRange[] {
  const lines = splitLines(body);
  const kept: TextRange[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextRange;
    const lower = body.slice(line.start, line.end).toLowerCase();
    const marker = relatedNewsMarker(lower);
    if (marker === 'LINE') continue;
    if (marker === 'BLOCK') {
      const next = skipList(body, lines, i + 1);
      if (next === null) break;
      i = next - 1;
      continue;
    }
    kept.push(line);
  }
  return dropByline(body, kept);
}

function splitLines(body: string): TextRange[] {
  const lines: TextRange[] = [];
  let start = 0;
  while (start <= body.length) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    lines.push(trimmed(body, start, end));
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

function trimmed(body: string, start: number, end: number): TextRange {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(body.charAt(from))) from++;
  while (to > from && /\s/u.test(body.charAt(to - 1))) to--;
  return { start: from, end: to };
}

/** BLOCK: the marker alone, a list follows. LINE: "Xem thêm: <headline>" on one line. */
function relatedNewsMarker(lower: string): 'BLOCK' | 'LINE' | null {
  for (const marker of RELATED_NEWS_MARKERS) {
    if (!lower.startsWith(marker)) continue;
    const rest = lower.slice(marker.length).trim();
    if (rest === '' || rest === ':') return 'BLOCK';
    if (rest.startsWith(':')) return 'LINE';
  }
  return null;
}

/** Index of the first line after the list that starts at `from`, or null when none is left. */
function skipList(body: string, lines: readonly TextRange[], from: number): number | null {
  let sawItem = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as TextRange;
    const text = body.slice(line.start, line.end);
    if (text === '') continue;
    if (!LIST_ITEM.test(`${text} `)) return sawItem ? i : null;
    sawItem = true;
  }
  return null;
}

function dropByline(body: string, lines: TextRange[]): TextRange[] {
  let checked = 0;
  for (let i = lines.length - 1; i >= 0 && checked < 2; i--) {
    const line = lines[i] as TextRange;
    const text = body.slice(line.start, line.end);
    if (text === '') continue;
    checked++;
    if (isByline(text)) return [...lines.slice(0, i), ...lines.slice(i + 1)];
  }
  return lines;
}

/** "Thu Hường", "Bài, ảnh: Thu Hường": a short line of capitalised names, or a credit line. */
export function isByline(text: string): boolean {
  if (text.length > MAX_BYLINE_LENGTH) return false;
  if (BYLINE_PREFIX.test(text.toLowerCase())) return true;
  // "Trần Chung - Thu Hà": two reporters.
  return text.split(/ [-–] /u).every((name) => {
    const words = name.split(' ');
    return words.length >= 2 && words.length <= 4 && words.every((word) => BYLINE_WORD.test(word));
  });
}
