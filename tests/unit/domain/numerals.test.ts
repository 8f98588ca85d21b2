import { describe, expect, it } from 'vitest';
import { termNumber } from '../../../src/domain/numerals.js';

describe('termNumber', () => {
  it.each([
    ['XVIII', 18],
    ['XIX', 19],
    ['IX', 9],
    ['18', 18],
    ['XIIII', null],
    ['mới', null],
  ] as const)('%s → %s', (name, value) => {
    expect(termNumber(name)).toBe(value);
  });
});
