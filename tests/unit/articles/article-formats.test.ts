import { describe, expect, it } from 'vitest';
import { articleFormatOf, isArticlePath } from '../../../src/cli/article-formats.js';
import { catchArticleError } from './catch-article-error.js';

describe('article formats by extension', () => {
  it.each([
    ['tin/bo-nhiem.txt', 'txt'],
    ['tin/bo-nhiem.json', 'json'],
    ['tin/bo-nhiem.html', 'html'],
    ['tin/bo-nhiem.HTM', 'html'],
  ] as const)('%s is %s', (path, format) => {
    expect(articleFormatOf(path)).toBe(format);
    expect(isArticlePath(path)).toBe(true);
  });

  it('is UNSUPPORTED_FORMAT for other extensions, naming the extension and the formats read', () => {
    const error = catchArticleError(() => articleFormatOf('tin/bo-nhiem.pdf'));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toMatch(/^"\.pdf" files are not read: save the article as \.txt .*, \.json .* or \.html\/\.htm$/);
    expect(isArticlePath('tin/bo-nhiem.pdf')).toBe(false);
  });

  it('is UNSUPPORTED_FORMAT for a file without an extension', () => {
    expect(catchArticleError(() => articleFormatOf('tin/README')).message).toMatch(/^a file without an extension is not read: /);
  });
});
