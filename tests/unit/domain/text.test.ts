import { describe, expect, it } from 'vitest';
import { fold, normalizeVietnamese, slug, stripDiacritics } from '../../../src/domain/text.js';

describe('normalizeVietnamese', () => {
  it.each([
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['hoà bình', 'hòa bình'],
    ['khoẻ', 'khỏe'],
    ['Thuý', 'Thúy'],
    ['Ủy viên'.normalize('NFD'), 'Ủy viên'],
    ['Uỷ viên'.normalize('NFD'), 'Ủy viên'],
  ])('writes %j as %j', (input, expected) => {
    expect(normalizeVietnamese(input)).toBe(expected);
    expect(normalizeVietnamese(input)).toBe(normalizeVietnamese(input).normalize('NFC'));
  });

  it.each(['hoàn thành', 'toàn diện', 'hoạt động', 'hoặc', 'Quý I/2025', 'Nguyễn Tiến Dũng', 'Quyết'])(
    'leaves %j alone: the tone is where both styles put it',
    (text) => {
      expect(normalizeVietnamese(text)).toBe(text);
    },
  );

  it('folds runs of spaces and no-break spaces into one space', () => {
    expect(normalizeVietnamese('Bí thư\u00a0 Tỉnh ủy')).toBe('Bí thư Tỉnh ủy');
  });
});

describe('fold, slug, stripDiacritics', () => {
  it('folds names for matching: lowercase, no marks, đ→d', () => {
    expect(fold('Vũ Đại Thắng')).toBe('vu dai thang');
    expect(fold('ĐẠI HỘI')).toBe('dai hoi');
  });

  it('makes readable ids', () => {
    expect(slug('Tỉnh ủy Quảng Ninh')).toBe('tinh-uy-quang-ninh');
    expect(slug('Ban Kinh tế - Ngân sách')).toBe('ban-kinh-te-ngan-sach');
  });

  it('keeps case for English labels', () => {
    expect(stripDiacritics('Quảng Ninh')).toBe('Quang Ninh');
    expect(stripDiacritics('Đà Nẵng')).toBe('Da Nang');
  });
});
