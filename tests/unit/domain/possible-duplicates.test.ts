import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../src/domain/corrections.js';
import { pairsKeptApart, possibleDuplicatePairs, type DuplicateCandidatePerson } from '../../../src/domain/possible-duplicates.js';

const person = (id: string, name: string, areaIds: string[], organizationIds: string[] = []): DuplicateCandidatePerson => ({ id, name, areaIds, organizationIds });
const haTinh = 'area:ha-tinh';
const phuYen = 'area:phu-yen';

describe('possibleDuplicatePairs', () => {
  it('lists spellings that may be one name, known in the same province', () => {
    const block = [person('a', 'Le Huu Phuoc', [haTinh]), person('b', 'Lê Hữu Phước', [haTinh]), person('c', 'Lê Hữu Phúc', [phuYen])];
    expect(possibleDuplicatePairs([block], new Set())).toEqual([{ personIds: ['a', 'b'], reason: 'diacritic variant' }]);
  });

  it('lists one name in two places only when the two share a body', () => {
    const sharing = [person('a', 'Hoàng Trung Dũng', [haTinh], ['org:bch-tw']), person('b', 'Hoàng Trung Dũng', [], ['org:bch-tw'])];
    const apart = [person('c', 'Nguyễn Thanh Sơn', [haTinh], ['org:so-tc-ht']), person('d', 'Nguyễn Thanh Sơn', [phuYen], ['org:ubnd-th'])];
    expect(possibleDuplicatePairs([sharing, apart], new Set())).toEqual([{ personIds: ['a', 'b'], reason: 'same name, shared bodies' }]);
  });

  it('lists one name in two places when one of them was seen without any post', () => {
    const block = [person('a', 'Trần Cẩm Tú', [], ['org:bo-chinh-tri']), person('b', 'Trần Cẩm Tú', [haTinh]), person('c', 'Trần Cẩm Tú', [phuYen], ['org:x'])];
    expect(possibleDuplicatePairs([block], new Set())).toEqual([
      { personIds: ['a', 'b'], reason: 'same name, one of them named without a post' },
      { personIds: ['b', 'c'], reason: 'same name, one of them named without a post' },
    ]);
  });

  it('leaves out a pair an editor split apart', () => {
    const block = [person('person:x', 'Trần Văn Bình', [haTinh]), person('person:x--1a2b3c', 'Trần Văn Bình', [haTinh])];
    const split: Correction = {
      id: 'correction:1',
      at: '2026-01-01T00:00:00.000Z',
      by: 'lan',
      note: 'two men',
      kind: 'SPLIT_PERSON',
      personId: 'person:x',
      sourceIds: ['source:1'],
      newPersonId: 'person:x--1a2b3c',
      naturalIds: [],
    };
    expect(possibleDuplicatePairs([block], new Set())).toHaveLength(1);
    expect(possibleDuplicatePairs([block], pairsKeptApart([split]))).toEqual([]);
  });
});
