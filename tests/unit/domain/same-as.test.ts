import { describe, expect, it } from 'vitest';
import { sameAsGroups } from '../../../src/domain/same-as.js';

describe('sameAsGroups', () => {
  it('joins pairs into groups named by the smallest id articles gave any of their people', () => {
    const groups = sameAsGroups([
      { a: 'person:d--vn', b: 'person:d--ha-tinh', aNaturalIds: ['person:d--vn'], bNaturalIds: ['person:d--ha-tinh'] },
      { a: 'person:d--vn', b: 'person:d--nghe-an', aNaturalIds: ['person:d--vn'], bNaturalIds: ['person:d--nghe-an', 'person:d--an-giang'] },
      { a: 'person:e--vn', b: 'person:e--phu-yen', aNaturalIds: ['person:e--vn'], bNaturalIds: ['person:e--phu-yen'] },
    ]);
    expect(groups).toEqual([
      {
        personIds: ['person:d--ha-tinh', 'person:d--nghe-an', 'person:d--vn'],
        naturalIds: ['person:d--an-giang', 'person:d--ha-tinh', 'person:d--nghe-an', 'person:d--vn'],
        personId: 'person:d--an-giang',
      },
      { personIds: ['person:e--phu-yen', 'person:e--vn'], naturalIds: ['person:e--phu-yen', 'person:e--vn'], personId: 'person:e--phu-yen' },
    ]);
  });

  it('gives the same groups whatever order the pairs come in', () => {
    const pairs = [
      { a: 'c', b: 'b', aNaturalIds: ['c'], bNaturalIds: ['b'] },
      { a: 'a', b: 'c', aNaturalIds: ['a'], bNaturalIds: ['c'] },
    ];
    expect(sameAsGroups([...pairs].reverse())).toEqual(sameAsGroups(pairs));
    expect(sameAsGroups(pairs)).toEqual([{ personIds: ['a', 'b', 'c'], naturalIds: ['a', 'b', 'c'], personId: 'a' }]);
  });
});
