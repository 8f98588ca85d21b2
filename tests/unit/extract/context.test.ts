import { describe, expect, it } from 'vitest';
import { normalizeVietnamese } from '../../../src/domain/text.js';
import { extract } from '../../../src/extract/index.js';
import { extractText } from './helpers.js';

describe('article context', () => {
  it('finds the province and the city, the city within the province', () => {
    const { result } = extractText('Ngày 12/5, tại thành phố Sầm Sơn, đoàn công tác tỉnh Thanh Hóa đã kiểm tra.', '2025-05-12');
    expect(result.context).toEqual({
      province: { name: 'Thanh Hóa', kind: 'PROVINCE', within: null },
      city: { name: 'Sầm Sơn', kind: 'CITY', within: { name: 'Thanh Hóa', kind: 'PROVINCE', within: null } },
      date: '2025-05-12',
    });
  });

  it('finds the places named by committees ("Tỉnh ủy Nghệ An", "TP. Vinh")', () => {
    const { result } = extractText('Ban Thường vụ Tỉnh ủy Nghệ An làm việc với TP. Vinh.');
    expect(result.context.province?.name).toBe('Nghệ An');
    expect(result.context.city?.name).toBe('Vinh');
  });

  it('leaves a city it does not know the province of within nothing', () => {
    const { result } = extractText('Thành phố Bình Yên đón khách; UBND thành phố Bình Yên họp.');
    expect(result.context.province).toBeNull();
    expect(result.context.city).toEqual({ name: 'Bình Yên', kind: 'CITY', within: null });
  });

  it('takes the province of a known city when the text names no province', () => {
    const { result } = extractText('Thành phố Sầm Sơn đón khách; UBND thành phố Sầm Sơn họp.');
    expect(result.context.province).toEqual({ name: 'Thanh Hóa', kind: 'PROVINCE', within: null });
    expect(result.context.city).toEqual({ name: 'Sầm Sơn', kind: 'CITY', within: result.context.province });
  });

  it('takes the most mentioned province', () => {
    const { result } = extractText('Tỉnh Nghệ An học tập tỉnh Thanh Hóa. Tỉnh Thanh Hóa có nhiều kết quả; tỉnh Thanh Hóa cảm ơn.');
    expect(result.context.province?.name).toBe('Thanh Hóa');
  });

  it('treats a centrally-run city as the province, and its Thành ủy as province-level', () => {
    const { result } = extractText('Tại thành phố Hà Nội, ông Bùi Thị Minh, Phó Bí thư Thành ủy, phát biểu.');
    expect(result.context.province).toEqual({ name: 'Hà Nội', kind: 'CITY', within: null });
    expect(result.context.city).toBeNull();
    expect(result.persons[0]?.titles[0]?.body).toMatchObject({ level: 'PROVINCE', name: 'Thành ủy Hà Nội', nameEn: 'Ha Noi City Party Committee' });
  });

  it('has no place and no date when the article gives none', () => {
    expect(extractText('Hội nghị diễn ra tốt đẹp.', null).result.context).toEqual({ province: null, city: null, date: null });
    expect(extractText('Hội nghị diễn ra tốt đẹp.', '2025-02-30').result.context.date).toBeNull();
  });

  it.each([
    ['a path segment that is a province slug', 'https://bao.example.vn/quang-tri/tin-tuc/123.html', 'Quảng Trị'],
    ['no such segment (only part of a longer slug)', 'https://bao.example.vn/quang-tri-don-tet-123.html', null],
  ])('takes the province from the URL when the text names none: %s', (_case, url, expected) => {
    const result = extract(normalizeVietnamese('Ông Lê Văn An, Phó Chủ tịch UBND tỉnh, phát biểu.'), { date: null, url });
    expect(result.context.province?.name ?? null).toBe(expected);
  });

  it('takes a province named on its own when nothing else names one', () => {
    expect(extractText('Bản tin Gia Lai: ông Lê Văn An, Bí thư Tỉnh ủy, phát biểu.').result.context.province?.name).toBe('Gia Lai');
  });
});
