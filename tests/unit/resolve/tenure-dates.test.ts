import { describe, expect, it } from 'vitest';
import { ArticleModel } from '../../../src/domain/article.js';
import { resolveArticle } from '../../../src/resolve/resolve-article.js';
import { extractText } from '../extract/helpers.js';

const resolve = (date: string, text: string) => {
  const { body, result } = extractText(text, date);
  return resolveArticle(ArticleModel.parse({ title: 'Tin', date, text: body }), 'source:t', result);
};

describe('the day of a meeting the article reports', () => {
  it('is attested for the titles it gives the people who took part, besides the article date', () => {
    const graph = resolve('2020-02-27', 'Ngày 26/2, Ban Thường vụ Thành ủy Móng Cái họp phiên thường kỳ. Đồng chí Trần Văn Lâm, Bí thư Thành ủy Móng Cái chủ trì hội nghị.');
    const secretary = graph.tenures.find((tenure) => tenure.postId === 'post:bi-thu-thanh-uy-mong-cai');
    expect(secretary?.attestedOn).toEqual(['2020-02-27', '2020-02-26']);
  });

  it('is not attested for someone who left the post that day', () => {
    const graph = resolve(
      '2021-03-31',
      'Chiều 30/3, HĐND tỉnh Lạng Sơn tổ chức kỳ họp thứ 14. Kỳ họp đã miễn nhiệm chức vụ Chủ tịch UBND tỉnh Lạng Sơn đối với ông Hồ Tiến Thiệu từ ngày 30/3/2021. Ông Hồ Tiến Thiệu, Chủ tịch UBND tỉnh Lạng Sơn phát biểu tại kỳ họp.',
    );
    const chair = graph.tenures.find((tenure) => tenure.postId === 'post:chu-tich-uy-ban-nhan-dan-tinh-lang-son');
    expect(chair?.endDate).toBe('2021-03-30');
    expect(chair?.attestedOn.filter((day) => day >= '2021-03-30')).toEqual([]);
  });
});

describe('a start told only by its month', () => {
  it('bounds the tenure from the last day of that month', () => {
    const graph = resolve('2025-03-01', 'Tháng 10/2024, Bộ Chính trị điều động, phân công ông Vũ Đại Thắng giữ chức Bí thư Tỉnh ủy Quảng Ninh.');
    const secretary = graph.tenures.find((tenure) => tenure.postId === 'post:bi-thu-tinh-uy-quang-ninh');
    expect(secretary?.startDate).toBe('2024-10-31');
  });
});

describe('an end reported without its day', () => {
  // Only a bound (the post was left by then), not the end itself: kept as a day the post is former.
  it('told by its month: the post is left by the last day of that month, and not attested after', () => {
    const graph = resolve(
      '2025-10-25',
      'Ngày 25/10, Quốc hội bầu ông Lê Quang Mạnh làm Tổng Thư ký Quốc hội. Trước đó, vào tháng 9, Bộ Chính trị đã điều động, chỉ định ông Lê Quang Tùng, Chủ nhiệm Văn phòng Quốc hội, làm Bí thư Thành ủy Cần Thơ.',
    );
    const office = graph.tenures.find((tenure) => tenure.postId === 'post:chu-nhiem-van-phong-quoc-hoi');
    expect(office).toMatchObject({ endDate: null, formerOn: ['2025-09-30'], attestedOn: [] });
  });

  it('told with no date: the post is left by the day of the article that reports it', () => {
    const graph = resolve(
      '2025-11-29',
      'Ông Vũ Đại Thắng, Bí thư Tỉnh ủy Quảng Ninh vừa được Bộ Chính trị quyết định điều động, chỉ định đảm nhiệm chức Phó Bí thư Thành ủy Hà Nội.',
    );
    const secretary = graph.tenures.find((tenure) => tenure.postId === 'post:bi-thu-tinh-uy-quang-ninh');
    expect(secretary).toMatchObject({ endDate: null, formerOn: ['2025-11-29'], attestedOn: [] });
  });

  it('a change planned is no end', () => {
    const graph = resolve('2025-11-29', 'Ông Vũ Đại Thắng, Bí thư Tỉnh ủy Quảng Ninh dự kiến sẽ được điều động giữ chức Phó Bí thư Thành ủy Hà Nội.');
    const secretary = graph.tenures.find((tenure) => tenure.postId === 'post:bi-thu-tinh-uy-quang-ninh');
    expect(secretary).toMatchObject({ endDate: null, formerOn: [], attestedOn: ['2025-11-29'] });
  });
});
