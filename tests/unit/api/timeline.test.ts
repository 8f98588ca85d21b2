import { describe, expect, it } from 'vitest';
import { careerTimeline } from '../../../src/api/timeline.js';
import type { ChangeRow, TenureRow } from '../../../src/store/rows.js';

const tenure = (id: string, firstAttested: string | null, startDate: string | null = null): TenureRow => ({
  id,
  personId: 'person:a',
  postId: `post:${id}`,
  postRole: 'SECRETARY',
  startDate,
  endDate: null,
  attestedOn: firstAttested ? [firstAttested] : [],
  formerOn: [],
  namedCurrent: true,
  precedes: [],
  sources: [],
  firstAttested,
  lastAttested: firstAttested,
  bodyEndDate: null,
  successorFrom: null,
  rivals: [],
  terms: [],
  term: null,
  termEnd: null,
});
const change = (id: string, date: string | null): ChangeRow => ({ id, kind: 'APPOINTED', personId: 'person:a', postId: null, fromPostId: null, date, dateText: null });

describe('careerTimeline', () => {
  it('orders tenures and changes by date, undated last, a change before the tenure it opens', () => {
    const entries = careerTimeline(
      [tenure('t2', '2023-01-01'), tenure('t1', '2021-06-01', '2021-05-01'), tenure('t0', null)],
      [change('c1', '2021-05-01'), change('c0', null)],
    );
    expect(entries.map((entry) => [entry.date, entry.tenure?.id ?? entry.change?.id])).toEqual([
      ['2021-05-01', 'c1'],
      ['2021-05-01', 't1'],
      ['2023-01-01', 't2'],
      [null, 'c0'],
      [null, 't0'],
    ]);
  });

  it('does not depend on the order of its inputs', () => {
    const tenures = [tenure('a', '2020-01-01'), tenure('b', '2020-01-01'), tenure('c', '2019-01-01')];
    expect(careerTimeline([...tenures].reverse(), [])).toEqual(careerTimeline(tenures, []));
  });
});
