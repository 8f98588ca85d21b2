import { describe, expect, it } from 'vitest';
import { judgeTenure, type RivalSpan, type TenureSpan } from '../../../src/domain/certainty.js';
import { effectiveStart, successorFrom } from '../../../src/domain/rival-holders.js';

const span = (days: string[], dates: { startDate?: string; endDate?: string } = {}): RivalSpan => ({
  startDate: dates.startDate ?? null,
  endDate: dates.endDate ?? null,
  attestedOn: days,
  firstAttested: days.length ? [...days].sort()[0]! : null,
  lastAttested: days.length ? [...days].sort().at(-1)! : null,
});

/** A tenure of a single-holder post judged with the others' tenures of it. */
const among = (own: RivalSpan, rivals: RivalSpan[]): TenureSpan => ({ ...own, rivals, successorFrom: successorFrom(own, rivals) });

describe('a start reported after an attestation', () => {
  // Attested in the post on 2025-04-03; a later article's congress "elects" him again on 2025-09-26.
  const reElected = span(['2025-04-03', '2025-09-26'], { startDate: '2025-09-26' });

  it('does not outweigh the attestation: the start is the re-election, not the beginning', () => {
    expect(effectiveStart(reElected)).toBeNull();
    expect(judgeTenure(reElected, null, '2025-04-03')?.certainty).toBe('CONFIRMED');
    expect(judgeTenure(reElected, null, '2025-06-01')?.certainty).toBe('INFERRED');
  });

  it('still bounds a tenure when nothing is attested before it', () => {
    const fresh = span(['2025-10-01'], { startDate: '2025-09-26' });
    expect(effectiveStart(fresh)).toBe('2025-09-26');
    expect(judgeTenure(fresh, null, '2025-09-25')).toBeNull();
  });
});

describe('a single-holder post with two holders', () => {
  // The secretary attested 2020-09-27 and 2023-12-07; the successor attested from 2024-10-15 on.
  const first = span(['2020-09-27', '2023-12-07']);
  const second = span(['2024-10-15', '2025-04-03']);

  it.each([
    ['the day the first is attested', '2020-09-27', 'CONFIRMED', null],
    ['between the first’s attestations', '2022-01-01', 'INFERRED', null],
    ['between the two holders', '2024-05-01', 'POSSIBLE', 'POSSIBLE'],
    ['the day the second is attested', '2025-04-03', null, 'CONFIRMED'],
    ['after both', '2026-01-01', null, 'POSSIBLE'],
  ] as const)('%s (%s): the first %s, the second %s', (_, on, firstCertainty, secondCertainty) => {
    expect(judgeTenure(among(first, [second]), null, on)?.certainty ?? null).toBe(firstCertainty);
    expect(judgeTenure(among(second, [first]), null, on)?.certainty ?? null).toBe(secondCertainty);
  });

  it('gives nobody else the post on a day someone is attested in it, at any certainty', () => {
    const undated = span([]);
    expect(judgeTenure(among(undated, [first]), null, '2020-09-27')).toBeNull();
    expect(judgeTenure(among(undated, [first]), null, '2019-01-01')?.certainty).toBe('POSSIBLE');
  });

  it('is no longer INFERRED between two attestations when another holder is known between them', () => {
    const returning = span(['2016-01-10', '2021-03-01']);
    const interim = span(['2018-06-01']);
    expect(judgeTenure(among(returning, [interim]), null, '2017-01-01')).toEqual({
      certainty: 'POSSIBLE',
      reason: 'between attestations 2016-01-10 and 2021-03-01, but another holder is known in the post on 2018-06-01',
    });
    expect(judgeTenure(among(returning, [interim]), null, '2018-06-01')).toBeNull();
  });

  it('keeps both when both are attested the same day: a conflict to correct, not to hide', () => {
    const other = span(['2020-09-27']);
    expect(judgeTenure(among(first, [other]), null, '2020-09-27')?.certainty).toBe('CONFIRMED');
    expect(judgeTenure(among(other, [first]), null, '2020-09-27')?.certainty).toBe('CONFIRMED');
  });

  it('lets the holder back in once the other’s reported end has passed', () => {
    const relieved = span(['2021-01-01'], { endDate: '2021-06-01' });
    const acting = span(['2021-07-01']);
    expect(judgeTenure(among(acting, [relieved]), null, '2021-06-15')?.certainty).toBe('POSSIBLE');
    expect(judgeTenure(among(acting, [relieved]), null, '2021-03-01')).toBeNull();
  });
});

describe('a post only ever called former', () => {
  it('is held on no day when no article dates it, and is POSSIBLE before the day an article called it former', () => {
    const undated: TenureSpan = { ...span([]), namedCurrent: false };
    expect(judgeTenure(undated, null, '2025-09-18')).toBeNull();
    expect(judgeTenure({ ...undated, formerOn: ['2025-10-01'] }, null, '2025-09-18')?.certainty).toBe('POSSIBLE');
    expect(judgeTenure({ ...span([]), namedCurrent: true }, null, '2025-09-18')?.certainty).toBe('POSSIBLE');
  });
});
