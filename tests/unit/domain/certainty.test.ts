import { describe, expect, it } from 'vitest';
import { certaintyOn, isAtLeast, judgeTenure, type TenureSpan } from '../../../src/domain/certainty.js';

const attested = (...days: string[]): TenureSpan => ({
  startDate: null,
  endDate: null,
  attestedOn: days,
  firstAttested: days.length ? [...days].sort()[0]! : null,
  lastAttested: days.length ? [...days].sort().at(-1)! : null,
});

describe('certaintyOn', () => {
  it.each([
    ['on an attested day', attested('2025-04-03'), null, '2025-04-03', 'CONFIRMED'],
    ['between two attestations', attested('2025-01-10', '2025-04-03'), null, '2025-02-01', 'INFERRED'],
    ['after the last attestation', attested('2025-04-03'), null, '2025-05-01', 'POSSIBLE'],
    ['before the first attestation', attested('2025-04-03'), null, '2024-12-31', 'POSSIBLE'],
    ['with no attestation date at all', attested(), null, '2025-04-03', 'POSSIBLE'],
    ['on or after the day its body stopped', attested('2025-04-03'), '2025-07-01', '2025-07-01', null],
    ['the day before its body stopped', attested('2025-04-03'), '2025-07-01', '2025-06-30', 'POSSIBLE'],
  ] as const)('%s', (_, span, bodyEnd, on, expected) => {
    expect(certaintyOn(span, bodyEnd, on)).toBe(expected);
  });

  it('uses a reported start and end: confirmed inside, nothing outside (the end day is the first day not held)', () => {
    const span: TenureSpan = { ...attested('2021-06-01'), startDate: '2020-10-15', endDate: '2025-07-01' };
    expect(certaintyOn(span, null, '2020-10-14')).toBeNull();
    expect(certaintyOn(span, null, '2020-10-15')).toBe('CONFIRMED');
    expect(certaintyOn(span, null, '2025-06-30')).toBe('CONFIRMED');
    expect(certaintyOn(span, null, '2025-07-01')).toBeNull();
  });

  it('a reported start with attestations after it is INFERRED up to the last attestation, POSSIBLE after', () => {
    const span: TenureSpan = { ...attested('2023-03-01'), startDate: '2020-10-15' };
    expect(certaintyOn(span, null, '2022-01-01')).toBe('INFERRED');
    expect(certaintyOn(span, null, '2024-01-01')).toBe('POSSIBLE');
  });
});

describe('judgeTenure', () => {
  it.each([
    [attested('2025-04-03'), '2025-04-03', 'attested on 2025-04-03'],
    [attested('2024-01-10', '2025-04-03'), '2024-06-01', 'between attestations 2024-01-10 and 2025-04-03'],
    [attested('2025-04-03'), '2025-05-01', 'after the last attestation (2025-04-03); no later holder known'],
    [attested('2025-04-03'), '2025-01-01', 'before the first attestation (2025-04-03)'],
    [attested(), '2025-01-01', 'no dated attestation'],
    [{ ...attested('2021-06-01'), startDate: '2020-10-15', endDate: '2025-07-01' }, '2022-01-01', 'within the reported term from 2020-10-15 to 2025-07-01'],
    [{ ...attested('2023-03-01'), startDate: '2020-10-15' }, '2022-01-01', 'between the reported start 2020-10-15 and the last attestation 2023-03-01'],
  ] as const)('says why: %j on %s → %s', (span, on, reason) => {
    expect(judgeTenure(span, null, on)?.reason).toBe(reason);
  });

  it('ends a single-holder tenure where the next holder is known, but not before its own last attestation', () => {
    const span: TenureSpan = { ...attested('2024-01-10', '2025-04-03'), successorFrom: '2025-10-01' };
    expect(judgeTenure(span, null, '2025-06-01')).toEqual({
      certainty: 'POSSIBLE',
      reason: 'after the last attestation (2025-04-03); next holder known from 2025-10-01',
    });
    expect(judgeTenure(span, null, '2025-10-01')).toBeNull();
    expect(judgeTenure(span, null, '2026-01-01')).toBeNull();
    // Overlapping reports (a conflict for the correction queue) keep what is attested.
    expect(judgeTenure({ ...span, successorFrom: '2024-06-01' }, null, '2025-04-03')?.certainty).toBe('CONFIRMED');
  });
});

describe('judgeTenure with a term bound', () => {
  // Lan Anh, Ủy viên BTV Tỉnh ủy Hà Tĩnh khóa XVIII, attested 2019-06-20 and 2020-03-12; the
  // XIX congress met on 2020-10-16 (tests/fixtures/careers/README.md).
  const lanAnh: TenureSpan = { ...attested('2019-06-20', '2020-03-12'), term: 'XVIII', termEnd: '2020-10-16' };

  it.each([
    ['2019-12-01', 'INFERRED', 'between attestations 2019-06-20 and 2020-03-12'],
    ['2020-08-01', 'POSSIBLE', 'after the last attestation (2020-03-12); the term khóa XVIII ended by 2020-10-16'],
    ['2020-10-15', 'POSSIBLE', 'after the last attestation (2020-03-12); the term khóa XVIII ended by 2020-10-16'],
  ] as const)('on %s: %s', (on, certainty, reason) => {
    expect(judgeTenure(lanAnh, null, on)).toEqual({ certainty, reason });
  });

  it('ends the tenure on the first day of the next term and after', () => {
    expect(judgeTenure(lanAnh, null, '2020-10-16')).toBeNull();
    expect(judgeTenure(lanAnh, null, '2021-06-01')).toBeNull();
  });

  it('never cuts below the last attestation', () => {
    expect(judgeTenure({ ...lanAnh, termEnd: '2020-01-01' }, null, '2020-03-12')?.certainty).toBe('CONFIRMED');
    expect(judgeTenure({ ...lanAnh, termEnd: '2020-01-01' }, null, '2020-03-13')).toBeNull();
  });

  it('names both bounds of a single-holder post', () => {
    expect(judgeTenure({ ...lanAnh, successorFrom: '2020-11-01' }, null, '2020-08-01')?.reason).toBe(
      'after the last attestation (2020-03-12); next holder known from 2020-11-01; the term khóa XVIII ended by 2020-10-16',
    );
  });

  it('bounds nothing without a term end', () => {
    expect(judgeTenure({ ...lanAnh, termEnd: null }, null, '2021-06-01')).toEqual({
      certainty: 'POSSIBLE',
      reason: 'after the last attestation (2020-03-12); no later holder known',
    });
  });
});

describe('isAtLeast', () => {
  it('orders POSSIBLE < INFERRED < CONFIRMED', () => {
    expect(isAtLeast('CONFIRMED', 'INFERRED')).toBe(true);
    expect(isAtLeast('INFERRED', 'INFERRED')).toBe(true);
    expect(isAtLeast('POSSIBLE', 'INFERRED')).toBe(false);
  });
});
