import { describe, expect, it } from 'vitest';
import { possibleDuplicateReason } from '../../../src/domain/name-similarity.js';

describe('possibleDuplicateReason', () => {
  it.each([
    ['Vũ Quyết Tiến', 'Vũ Tiến Quyết', 'swapped given-name syllables'],
    ['Trịnh Minh Tâm', 'Trịnh Tâm Minh', 'swapped given-name syllables'],
    ['Bùi Thị Minh Nguyệt', 'Bùi Thị Minh Nguyện', 'one-letter difference'],
    ['Nguyễn Văn Hùng', 'Nguyễn Văn Hưng', 'diacritic variant'],
    ['Lê Hữu Phước', 'Le Huu Phuoc', 'diacritic variant'],
    ['Phạm Văn Bình', 'Phạm Văn Binh', 'diacritic variant'],
  ])('%s / %s: %s', (a, b, reason) => {
    expect(possibleDuplicateReason(a, b)).toBe(reason);
    expect(possibleDuplicateReason(b, a)).toBe(reason);
  });

  it.each([
    ['Vũ Đại Thắng', 'Vũ Đại Thắng'],
    ['Nguyễn Văn An', 'Trần Văn An'],
    ['Nguyễn Văn An', 'Nguyễn Văn Anh Tuấn'],
    ['Lê Văn Nam', 'Lê Văn Bình'],
    ['Hoàng Văn Sơn', 'Hoàng Văn Son Tùng'],
  ])('%s / %s: not a possible duplicate', (a, b) => {
    expect(possibleDuplicateReason(a, b)).toBeNull();
  });
});
