import { describe, expect, it } from 'vitest';
import { searchQuery } from '../../../src/api/search-query.js';

describe('searchQuery', () => {
  it('needs every folded word', () => {
    expect(searchQuery('Vũ Đại Thắng')).toBe('+vu +dai +thang');
    expect(searchQuery('vu dai thang')).toBe('+vu +dai +thang');
  });

  it('expands the usual abbreviations', () => {
    expect(searchQuery('HĐND Hạ Long')).toBe('+hoi +dong +nhan +dan +ha +long');
    expect(searchQuery('ubnd tp')).toBe('+uy +ban +nhan +dan +thanh +pho');
    expect(searchQuery('UBKT Tỉnh ủy')).toBe('+uy +ban +kiem +tra +tinh +uy');
    expect(searchQuery('tx Đông Triều')).toBe('+thi +xa +dong +trieu');
  });

  it('drops Lucene syntax characters instead of passing them on', () => {
    expect(searchQuery('Hạ Long" OR *:* (')).toBe('+ha +long +or');
  });

  it('is null when there is nothing to search for', () => {
    expect(searchQuery(' *?! ')).toBeNull();
  });
});
