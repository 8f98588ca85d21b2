import { describe, expect, it } from 'vitest';
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

  it('leaves a city without a province within nothing', () => {
    const { result } = extractText('Thành phố Sầm Sơn đón khách; UBND thành phố Sầm Sơn họp.');
    expect(result.context.province).toBeNull();
    expect(result.context.city).toEqual({ name: 'Sầm Sơn', kind: 'CITY', within: null });
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
});
