import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/cli/article-formats.js';
import { catchArticleError } from './catch-article-error.js';

const HEAD = `
  <meta charset="utf-8">
  <title>Bổ nhiệm Phó Giám đốc Sở Y tế - Báo Quảng Ninh</title>
  <meta property="og:title" content="Bổ nhiệm Phó Giám đốc Sở Y tế">
  <meta property="og:url" content="https://baoquangninh.example.vn/og-url.html">
  <link rel="canonical" href="https://baoquangninh.example.vn/bo-nhiem-pho-giam-doc-so-y-te.html">
  <meta property="article:published_time" content="2025-03-18T16:45:00+07:00">
  <meta name="author" content="Thu Hằng">
  <style>.detail { color: red }</style>
  <script>window.dataLayer = [];</script>`;

describe('.html articles', () => {
  it('takes the metadata from meta/link tags and the body from <article>, a line per paragraph', () => {
    const html = `<!doctype html><html><head>${HEAD}</head><body>
      <header><nav><a href="/">Trang chủ</a> | <a href="/thoi-su">Thời sự</a></nav></header>
      <article>
        <h1>Bổ nhiệm Phó Giám đốc Sở Y tế</h1>
        <p>Chiều 18/3, UBND tỉnh Quảng Ninh trao quyết định bổ nhiệm cán bộ.</p>
        <figure><img src="a.jpg"><figcaption>Các đại biểu dự buổi lễ.</figcaption></figure>
        <p>Ông Đỗ Văn Khánh được bổ nhiệm giữ chức
           Phó Giám đốc Sở Y tế.</p>
      </article>
      <aside><p>Tin liên quan: Bầu Chủ tịch HĐND tỉnh</p></aside>
      <footer><p>© Báo Quảng Ninh</p></footer>
    </body></html>`;
    expect(parseArticle(html, 'html')).toEqual({
      title: 'Bổ nhiệm Phó Giám đốc Sở Y tế',
      date: '2025-03-18',
      url: 'https://baoquangninh.example.vn/bo-nhiem-pho-giam-doc-so-y-te.html',
      author: 'Thu Hằng',
      text: [
        'Bổ nhiệm Phó Giám đốc Sở Y tế',
        'Chiều 18/3, UBND tỉnh Quảng Ninh trao quyết định bổ nhiệm cán bộ.',
        'Ông Đỗ Văn Khánh được bổ nhiệm giữ chức Phó Giám đốc Sở Y tế.',
      ].join('\n'),
    });
  });

  it('without <article>, takes the element whose paragraphs hold the most text (div.detail-content)', () => {
    const html = `<html><head><title>Tin nhân sự</title></head><body>
      <div class="menu"><p>Chính trị</p><p>Xã hội</p></div>
      <div class="detail-content">
        <p class="sapo">Sáng 2/6, Ban Thường vụ Tỉnh ủy Bắc Ninh công bố quyết định về công tác cán bộ.</p>
        <p>Đồng chí Nguyễn Thị Lan, Phó Trưởng Ban Tổ chức Tỉnh ủy, được điều động giữ chức Bí thư Huyện ủy Tiên Du.</p>
      </div>
      <div class="box-related"><p>Xem thêm</p></div>
    </body></html>`;
    expect(parseArticle(html, 'html')).toEqual({
      title: 'Tin nhân sự',
      date: null,
      url: null,
      author: null,
      text: [
        'Sáng 2/6, Ban Thường vụ Tỉnh ủy Bắc Ninh công bố quyết định về công tác cán bộ.',
        'Đồng chí Nguyễn Thị Lan, Phó Trưởng Ban Tổ chức Tỉnh ủy, được điều động giữ chức Bí thư Huyện ủy Tiên Du.',
      ].join('\n'),
    });
  });

  it('falls back to <body> when no element has paragraphs, with <br> and blocks as line breaks', () => {
    const html = '<body><div>Hà Giang, ngày 4/9<br>Ông Vàng A Páo nhận nhiệm vụ mới.</div><span>Theo TTXVN</span></body>';
    expect(parseArticle(html, 'html').text).toBe('Hà Giang, ngày 4/9\nÔng Vàng A Páo nhận nhiệm vụ mới.\nTheo TTXVN');
  });

  it('drops script, style, noscript, nav, forms and hidden elements inside the content', () => {
    const html = `<article>
      <script>var ads = "Quảng cáo";</script><style>p { margin: 0 }</style><noscript>Bật JavaScript</noscript>
      <nav>Trang chủ › Thời sự</nav>
      <p>Ông Lò Văn Tiến được bầu làm Chủ tịch UBND huyện Mường Tè.</p>
      <div hidden>Nội dung ẩn</div><div aria-hidden="true">Chia sẻ</div>
      <form><button>Gửi bình luận</button></form>
    </article>`;
    expect(parseArticle(html, 'html').text).toBe('Ông Lò Văn Tiến được bầu làm Chủ tịch UBND huyện Mường Tè.');
  });

  it('decodes entities and collapses whitespace and no-break spaces within a line', () => {
    const html = '<article><p>Ủy&nbsp;ban &amp; Hội &#273;ồng   nhân\n dân &quot;tỉnh&quot; &#x110;ắk&nbsp;&nbsp;Lắk</p></article>';
    expect(parseArticle(html, 'html').text).toBe('Ủy ban & Hội đồng nhân dân "tỉnh" Đắk Lắk');
  });

  it('normalises NFD text from the page to NFC', () => {
    const html = `<article><p>${'Phó Chủ tịch UBND tỉnh Thừa Thiên Huế'.normalize('NFD')}</p></article>`;
    expect(parseArticle(html, 'html').text).toBe('Phó Chủ tịch UBND tỉnh Thừa Thiên Huế');
  });

  it('reads a page with unclosed <p> tags as a browser would', () => {
    const html = '<article><p>Đoạn một về kỳ họp HĐND<p>Đoạn hai về kết quả bầu cử</article>';
    expect(parseArticle(html, 'html').text).toBe('Đoạn một về kỳ họp HĐND\nĐoạn hai về kết quả bầu cử');
  });

  it('takes the title from <title>, then <h1>, and the date from <time datetime>', () => {
    expect(parseArticle('<h1>Bầu Phó Chủ tịch tỉnh</h1><p>Nội dung bài viết.</p>', 'html').title).toBe('Bầu Phó Chủ tịch tỉnh');
    const html = '<title> Tin  nhân sự </title><article><time datetime="2024-12-30">30/12/2024</time><p>Nội dung.</p></article>';
    expect(parseArticle(html, 'html')).toMatchObject({ title: 'Tin nhân sự', date: '2024-12-30' });
  });

  it('ignores a relative canonical link and a date that is not YYYY-MM-DD, using og:url', () => {
    const html = `<head><link rel="canonical" href="/tin/bo-nhiem.html"><meta property="og:url" content="https://tinnhanh.example.vn/tin/bo-nhiem.html">
      <meta property="article:published_time" content="18/03/2025"></head><article><p>Nội dung.</p></article>`;
    expect(parseArticle(html, 'html')).toMatchObject({ url: 'https://tinnhanh.example.vn/tin/bo-nhiem.html', date: null });
  });

  it('is EMPTY_ARTICLE for a page with only scripts and navigation', () => {
    const error = catchArticleError(() => parseArticle('<html><body><nav>Trang chủ</nav><script>x()</script></body></html>', 'html'));
    expect(error.code).toBe('EMPTY_ARTICLE');
  });
});
