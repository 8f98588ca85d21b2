import { describe, expect, it } from 'vitest';
import { historyOrder, neighbours } from '../../../src/domain/succession.js';

const spell = (id: string, firstAttested: string | null, startDate: string | null = null) => ({ id, firstAttested, startDate });

describe('historyOrder', () => {
  it('orders by reported start, else first attestation; undated last; ties by id', () => {
    const spells = [spell('c', null), spell('b', '2021-05-01'), spell('a', '2022-01-01', '2020-10-15'), spell('d', '2021-05-01')];
    expect(historyOrder(spells).map((s) => s.id)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('does not depend on the order it is given', () => {
    const spells = [spell('x', '2019-01-01'), spell('y', '2020-01-01'), spell('z', '2021-01-01')];
    expect(historyOrder([...spells].reverse())).toEqual(historyOrder(spells));
  });
});

describe('neighbours', () => {
  const spells = [spell('b', '2021-05-01'), spell('a', '2020-10-01'), spell('c', '2023-02-01'), spell('u', null)];

  it('gives the tenure before and after', () => {
    expect(neighbours(spells, 'b')).toEqual({ predecessor: spells[1], successor: spells[2] });
    expect(neighbours(spells, 'a')).toEqual({ predecessor: null, successor: spells[0] });
    expect(neighbours(spells, 'c')).toEqual({ predecessor: spells[0], successor: null });
  });

  it('places an undated tenure nowhere', () => {
    expect(neighbours(spells, 'u')).toEqual({ predecessor: null, successor: null });
  });
});

describe('historyOrder with former posts and re-elections', () => {
  it('places a tenure known only as former ("thay ông Y") before whoever is known from that day', () => {
    const replaced = { id: 'y', startDate: null, firstAttested: null, formerOn: ['2024-10-15'] };
    const successor = { id: 'a', startDate: '2024-10-15', firstAttested: '2024-10-15' };
    expect(historyOrder([successor, replaced]).map((s) => s.id)).toEqual(['y', 'a']);
  });

  it('places a re-elected holder by the attestation before the re-election', () => {
    const reElected = { id: 'b', startDate: '2025-09-26', firstAttested: '2020-09-27' };
    const later = { id: 'a', startDate: null, firstAttested: '2024-01-01' };
    expect(historyOrder([later, reElected]).map((s) => s.id)).toEqual(['b', 'a']);
  });
});

describe('historyOrder with ends', () => {
  it('places a tenure known only by its reported end before whoever is known from that day, and one known only as former before every dated one', () => {
    const relieved = { id: 'r', startDate: null, firstAttested: null, endDate: '2021-02-01' };
    const elected = { id: 'e', startDate: '2021-02-01', firstAttested: '2021-02-01' };
    const attested = { id: 'a', startDate: null, firstAttested: '2023-12-07' };
    const former = { id: 'f', startDate: null, firstAttested: null, formerOn: ['2025-11-07'] };
    expect(historyOrder([attested, former, elected, relieved]).map((s) => s.id)).toEqual(['f', 'r', 'e', 'a']);
  });
});

describe('historyOrder with stated successions', () => {
  it('puts first whom an article says came before, whatever the dates say', () => {
    const relieved = { id: 'r', startDate: null, firstAttested: null, precedes: ['e'] };
    const elected = { id: 'e', startDate: null, firstAttested: null };
    const later = { id: 'l', startDate: null, firstAttested: '2023-12-07' };
    expect(historyOrder([later, elected, relieved]).map((s) => s.id)).toEqual(['l', 'r', 'e']);
    expect(historyOrder([elected, relieved, later]).map((s) => s.id)).toEqual(['l', 'r', 'e']);
  });

  it('follows the dates where they contradict a stated order', () => {
    const a = { id: 'a', startDate: null, firstAttested: '2020-01-01', precedes: ['b'] };
    const b = { id: 'b', startDate: null, firstAttested: '2021-01-01', precedes: ['a'] };
    expect(historyOrder([b, a]).map((s) => s.id)).toEqual(['a', 'b']);
  });
});

describe('historyOrder with undated articles', () => {
  const undated = (periodFrom: string, periodTo: string) => ({ publishedOn: null, periodFrom, periodTo });
  const dated = (id: string, day: string) => ({ id, startDate: null, firstAttested: day, lastAttested: day, sources: [{ publishedOn: day, periodFrom: null, periodTo: null }] });

  it('places a tenure of an undated article whose period ends before a dated tenure first', () => {
    const older = { id: 'z', startDate: null, firstAttested: null, namedCurrent: true, sources: [undated('2016-01-01', '2021-12-31')] };
    expect(historyOrder([dated('a', '2023-12-07'), older]).map((s) => s.id)).toEqual(['z', 'a']);
  });

  it('places one whose period begins after a dated tenure after it', () => {
    const newer = { id: 'a', startDate: null, firstAttested: null, namedCurrent: true, sources: [undated('2021-01-01', '2026-12-31')] };
    expect(historyOrder([newer, dated('z', '2019-06-30')]).map((s) => s.id)).toEqual(['z', 'a']);
  });

  it('leaves it last when the period overlaps the dated tenure', () => {
    const overlapping = { id: 'a', startDate: null, firstAttested: null, namedCurrent: true, sources: [undated('2016-01-01', '2021-12-31')] };
    expect(historyOrder([overlapping, dated('z', '2020-11-10')]).map((s) => s.id)).toEqual(['z', 'a']);
  });

  it('orders two undated articles by periods that do not overlap, and goes before the dated ones they precede', () => {
    const first = { id: 'p', startDate: null, firstAttested: null, namedCurrent: true, sources: [undated('2011-01-01', '2016-12-31')] };
    const second = { id: 'q', startDate: null, firstAttested: null, namedCurrent: true, sources: [undated('2021-01-01', '2021-12-31')] };
    expect(historyOrder([dated('c', '2025-11-07'), second, dated('b', '2023-01-01'), first]).map((s) => s.id)).toEqual(['p', 'q', 'b', 'c']);
  });

  it('bounds a post named only as former in an undated article from above, never from below', () => {
    const former = { id: 'a', startDate: null, firstAttested: null, namedCurrent: false, sources: [undated('2021-01-01', '2026-12-31')] };
    // Held some time before 2026: not after 2019.
    expect(historyOrder([former, dated('z', '2019-06-30')]).map((s) => s.id)).toEqual(['z', 'a']);
    const formerEarly = { ...former, sources: [undated('2011-01-01', '2016-12-31')] };
    expect(historyOrder([dated('z', '2019-06-30'), formerEarly]).map((s) => s.id)).toEqual(['a', 'z']);
  });

  it('places by the publication date of an article that names the tenure without dating it', () => {
    const named = { id: 'a', startDate: null, firstAttested: null, sources: [{ publishedOn: '2020-03-01', periodFrom: null, periodTo: null }] };
    expect(historyOrder([dated('z', '2022-01-01'), named]).map((s) => s.id)).toEqual(['a', 'z']);
  });

  it('keeps a stated succession first, against the periods', () => {
    const stated = { id: 'x', startDate: null, firstAttested: null, namedCurrent: true, precedes: ['y'], sources: [undated('2021-01-01', '2021-12-31')] };
    const later = { id: 'y', startDate: null, firstAttested: null, namedCurrent: true, sources: [undated('2016-01-01', '2016-12-31')] };
    expect(historyOrder([later, stated]).map((s) => s.id)).toEqual(['x', 'y']);
  });
});
