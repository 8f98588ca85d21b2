import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/cli/article-formats.js';
import { catchArticleError } from './catch-article-error.js';

const BODY = 'Sáng 12/5, Thành ủy Hải Phòng tổ chức hội nghị công bố quyết định về công tác cán bộ.\nĐồng chí Trần Văn Minh được bổ nhiệm giữ chức Giám đốc Sở Tài chính.';

describe('.txt articles', () => {
  it('reads the four header keys, in any order and any case, then the body after the blank line', () => {
    const text = `Date: 2025-05-12\nURL: https://baomoi.example.vn/bo-nhiem.html\nauthor: Lan Anh\nTITLE: Bổ nhiệm Giám đốc Sở Tài chính\n\n${BODY}\n`;
    expect(parseArticle(text, 'txt')).toEqual({
      title: 'Bổ nhiệm Giám đốc Sở Tài chính',
      date: '2025-05-12',
      url: 'https://baomoi.example.vn/bo-nhiem.html',
      author: 'Lan Anh',
      text: BODY,
    });
  });

  it('takes a file without a header as all body', () => {
    expect(parseArticle(`${BODY}\n`, 'txt')).toEqual({ title: null, date: null, url: null, author: null, text: BODY });
  });

  it('reads "date: unknown" (any case) as a null date', () => {
    expect(parseArticle(`title: Tin nhân sự\ndate: Unknown\n\n${BODY}`, 'txt').date).toBeNull();
  });

  it('does not take a Vietnamese dateline such as "Hà Nội: …" as a header', () => {
    const text = `Hà Nội: sáng 12/5, Quốc hội bầu Phó Chủ tịch nước.\n\n${BODY}`;
    expect(parseArticle(text, 'txt')).toEqual({ title: null, date: null, url: null, author: null, text });
  });

  it('does not take "Tác giả: …" (a Vietnamese key) as a header', () => {
    expect(parseArticle(`Tác giả: Minh Châu\n\n${BODY}`, 'txt').author).toBeNull();
  });

  it('accepts CRLF line ends and a UTF-8 byte-order mark', () => {
    const article = parseArticle(`\uFEFFtitle: Bầu Chủ tịch UBND tỉnh\r\ndate: 2024-11-03\r\n\r\nChiều 3/11, HĐND tỉnh họp.\r\nKết quả bầu cử được công bố.`, 'txt');
    expect(article).toMatchObject({ title: 'Bầu Chủ tịch UBND tỉnh', date: '2024-11-03', text: 'Chiều 3/11, HĐND tỉnh họp.\nKết quả bầu cử được công bố.' });
  });

  it('rejects a header that runs into the body without a blank line, naming the line', () => {
    const error = catchArticleError(() => parseArticle(`title: Bổ nhiệm cán bộ\nHà Nội: sáng 12/5, …\n\n${BODY}`, 'txt'));
    expect(error.code).toBe('INVALID_ARTICLE');
    expect(error.message).toBe(
      'line 2 ("Hà Nội: sáng 12/5, …") is inside the header but is not a title:, date:, url: or author: line: put a blank line between the header and the body',
    );
  });

  it('rejects a header key given twice', () => {
    const error = catchArticleError(() => parseArticle(`date: 2025-05-12\ndate: 2025-05-13\n\n${BODY}`, 'txt'));
    expect(error.code).toBe('INVALID_ARTICLE');
    expect(error.message).toBe('line 2: "date:" appears twice in the header: keep one');
  });

  it('rejects a header date that is not YYYY-MM-DD, naming the field and the value', () => {
    const error = catchArticleError(() => parseArticle(`date: 12/5/2025\n\n${BODY}`, 'txt'));
    expect(error.code).toBe('INVALID_ARTICLE');
    expect(error.message).toBe('date: expected a date as YYYY-MM-DD (got "12/5/2025")');
  });

  it('rejects a date that is not on the calendar', () => {
    expect(catchArticleError(() => parseArticle(`date: 2025-02-30\n\n${BODY}`, 'txt')).message).toBe(
      'date: expected a real calendar date as YYYY-MM-DD (got "2025-02-30")',
    );
  });

  it('is EMPTY_ARTICLE when there is a header but no body', () => {
    const error = catchArticleError(() => parseArticle('title: Bổ nhiệm cán bộ\ndate: 2025-05-12\n\n   \n', 'txt'));
    expect(error.code).toBe('EMPTY_ARTICLE');
  });

  it('normalises NFD Vietnamese in the body and the title to NFC with the modern tone placement', () => {
    const nfd = 'Ủy ban nhân dân tỉnh Khánh Hòa'.normalize('NFD');
    const article = parseArticle(`title: ${nfd}\n\n${nfd} họp phiên thường kỳ.`, 'txt');
    expect(article.title).toBe('Ủy ban nhân dân tỉnh Khánh Hòa');
    expect(article.text).toBe('Ủy ban nhân dân tỉnh Khánh Hòa họp phiên thường kỳ.');
    expect(parseArticle('Hoà bình, uỷ ban', 'txt').text).toBe('Hòa bình, ủy ban');
  });
});
