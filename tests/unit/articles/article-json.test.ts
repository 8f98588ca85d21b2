import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/cli/article-formats.js';
import { catchArticleError } from './catch-article-error.js';

describe('.json articles', () => {
  it('reads title, date, url, author and text, ignoring other fields', () => {
    const json = JSON.stringify({
      title: 'Bầu Chủ tịch HĐND tỉnh Nghệ An',
      date: '2024-07-09',
      url: 'https://nghean.example.vn/bau-chu-tich.html',
      author: 'Hồng Nhung',
      text: 'Sáng 9/7, HĐND tỉnh Nghệ An khóa XVIII tổ chức kỳ họp bất thường.\nBà Lê Thị Hoa được bầu giữ chức Chủ tịch HĐND tỉnh.',
      tags: ['nhân sự'],
    });
    expect(parseArticle(json, 'json')).toEqual({
      title: 'Bầu Chủ tịch HĐND tỉnh Nghệ An',
      date: '2024-07-09',
      url: 'https://nghean.example.vn/bau-chu-tich.html',
      author: 'Hồng Nhung',
      text: 'Sáng 9/7, HĐND tỉnh Nghệ An khóa XVIII tổ chức kỳ họp bất thường.\nBà Lê Thị Hoa được bầu giữ chức Chủ tịch HĐND tỉnh.',
    });
  });

  it('needs only text; missing and null fields are null, and "unknown" dates are null', () => {
    expect(parseArticle('{"text": "Ông Phạm Quốc Hùng nghỉ hưu.", "author": null, "date": "unknown"}', 'json')).toEqual({
      title: null,
      date: null,
      url: null,
      author: null,
      text: 'Ông Phạm Quốc Hùng nghỉ hưu.',
    });
  });

  it('is INVALID_JSON with the parser\'s position when the syntax is broken', () => {
    const error = catchArticleError(() => parseArticle('{"text": "Ông Hùng", }', 'json'));
    expect(error.code).toBe('INVALID_JSON');
    expect(error.message).toMatch(/^not valid JSON \(.*position \d+.*\): fix the syntax, or save the article as \.txt$/);
  });

  it.each([
    ['an array', '[{"text": "Ông Hùng"}]'],
    ['a string', '"Ông Hùng"'],
    ['null', 'null'],
  ])('is INVALID_ARTICLE when the JSON is %s, not an object', (got, json) => {
    const error = catchArticleError(() => parseArticle(json, 'json'));
    expect(error.code).toBe('INVALID_ARTICLE');
    expect(error.message).toBe(
      `expected one JSON object such as {"title": "…", "date": "2025-04-03", "text": "…"}, got ${got}: put one article in each file`,
    );
  });

  it('lists every wrong field, each with its name', () => {
    const json = JSON.stringify({ title: 42, date: '09/07/2024', url: 'nghean.example.vn/bai-viet', author: ['Hồng Nhung'] });
    const error = catchArticleError(() => parseArticle(json, 'json'));
    expect(error.code).toBe('INVALID_ARTICLE');
    expect(error.message).toBe(
      [
        'title: expected a string or null, got number 42',
        'date: expected a date as YYYY-MM-DD (got "09/07/2024")',
        'url: expected an absolute URL such as https://example.vn/article.html (got "nghean.example.vn/bai-viet")',
        'author: expected a string or null, got an array',
        "text: expected the article's body as a string, got nothing (the field is missing)",
      ].join('; '),
    );
  });

  it('says what a date of the wrong type should be', () => {
    const error = catchArticleError(() => parseArticle('{"text": "Ông Hùng", "date": 20240709}', 'json'));
    expect(error.message).toBe('date: expected a date as YYYY-MM-DD, "unknown" or null, got number 20240709');
  });

  it('is EMPTY_ARTICLE when text is blank', () => {
    expect(catchArticleError(() => parseArticle('{"title": "Tin nhân sự", "text": " \\n "}', 'json')).code).toBe('EMPTY_ARTICLE');
  });
});
