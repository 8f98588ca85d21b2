import { ArticleError } from './article-error.js';
import type { ArticleFields } from './article-formats.js';

/** `key: value` with one of the four header keys (case-insensitive) and nothing before it. */
const HEADER_LINE = /^(title|date|url|author)[ \t]*:(.*)$/i;

type HeaderKey = 'title' | 'date' | 'url' | 'author';

/**
 * Reads a `.txt` article: an optional header, a blank line, the body.
 *
 * The header is recognised only when the file's first line is `title:`, `date:`, `url:` or
 * `author:` (keys case-insensitive, spaces allowed before the colon). Then every line up to the
 * first blank line must be one of those four, each at most once, or the file is rejected
 * (`INVALID_ARTICLE`) rather than guessed at. A file whose first line is anything else, such as
 * `Hà Nội: sáng 3/4, …` or `Tin: …`, is all body: only the four English keys make a header, so
 * a Vietnamese dateline is never mistaken for one. `date: unknown` (any case) and an empty
 * value both mean null.
 *
 * @example
 * parseTxtFields('title: Bổ nhiệm Phó Chủ tịch\ndate: unknown\n\nChiều 5/3, …')
 * // { title: 'Bổ nhiệm Phó Chủ tịch', date: null, url: null, author: null, text: 'Chiều 5/3, …' }
 */
export function parseTxtFields(content: string): ArticleFields {
  const withoutBom = content.replace(/^\uFEFF/, '');
  const lines = withoutBom.split(/\r\n?|\n/);
  const fields: ArticleFields = { title: null, date: null, url: null, author: null, text: withoutBom };
  if (!HEADER_LINE.test(lines[0] ?? '')) return fields;

  const seen = new Set<HeaderKey>();
  let lineIndex = 0;
  for (; lineIndex < lines.length && (lines[lineIndex] ?? '').trim() !== ''; lineIndex += 1) {
    const line = lines[lineIndex] ?? '';
    const match = HEADER_LINE.exec(line);
    if (!match) {
      throw new ArticleError(
        'INVALID_ARTICLE',
        `line ${lineIndex + 1} (${JSON.stringify(line.slice(0, 40))}) is inside the header but is not a title:, date:, url: or author: line: put a blank line between the header and the body`,
      );
    }
    const key = (match[1] ?? '').toLowerCase() as HeaderKey;
    if (seen.has(key)) {
      throw new ArticleError('INVALID_ARTICLE', `line ${lineIndex + 1}: "${key}:" appears twice in the header: keep one`);
    }
    seen.add(key);
    const value = (match[2] ?? '').trim();
    fields[key] = value === '' || (key === 'date' && value.toLowerCase() === 'unknown') ? null : value;
  }
  fields.text = lines.slice(lineIndex + 1).join('\n');
  return fields;
}
