import { describe, expect, it } from 'vitest';
import { articleLines, isByline } from '../../../src/extract/article-scope.js';

function keptText(page: string): string[] {
  return articleLines(page).map((line) => page.slice(line.start, line.end));
}

describe('article scope', () => {
  it('drops a related-news marker and the list after it, and the byline before it', () => {
    const page = 'Tiêu đề bài.\nNội dung bài viết.\nLê Minh\nTin tức khác\n- Tin thứ nhất.\n- Tin thứ hai.';
    expect(keptText(page)).toEqual(['Tiêu đề bài.', 'Nội dung bài viết.']);
  });

  it.each(['Tin liên quan', 'Xem thêm:', 'Bài liên quan', 'Tin cùng chuyên mục'])('recognises "%s" as a marker', (marker) => {
    expect(keptText(`Nội dung.\n${marker}\n- Một tin khác.`)).toEqual(['Nội dung.']);
  });

  it('drops a one-line "Xem thêm: <headline>" but keeps what follows it', () => {
    expect(keptText('Đoạn một.\nXem thêm: Hội nghị Tỉnh ủy lần thứ 20\nĐoạn hai.')).toEqual(['Đoạn một.', 'Đoạn hai.']);
  });

  it('drops everything after a marker that no list follows', () => {
    expect(keptText('Nội dung.\nTin khác\nMột tiêu đề\nMột tiêu đề nữa')).toEqual(['Nội dung.']);
  });

  it('keeps the article\'s text after the list', () => {
    expect(keptText('Đoạn một.\nTin liên quan\n- Tin A.\n\nĐoạn hai dài hơn một chút.')).toEqual(['Đoạn một.', 'Đoạn hai dài hơn một chút.']);
  });

  it.each([
    ['Thu Hường', true],
    ['Nguyễn Văn Hùng', true],
    ['Bài, ảnh: Thu Hường', true],
    ['Trần Chung - Thu Hà', true],
    ['Tin: PV', true],
    ['Các đại biểu dự Hội nghị', false],
    ['Hùng', false],
    ['Ông Lê Văn Hùng phát biểu.', false],
  ])('isByline(%j) is %s', (line, expected) => {
    expect(isByline(line)).toBe(expected);
  });
});
