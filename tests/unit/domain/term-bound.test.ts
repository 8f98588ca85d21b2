import { describe, expect, it } from 'vitest';
import { termBound, termNamesOf, termYearsOf, type TermEvent } from '../../../src/domain/term-bound.js';

const event = (parts: Partial<TermEvent>): TermEvent => ({ term: null, congress: null, date: null, endYear: null, ...parts });
// Tỉnh ủy Hà Tĩnh (tests/fixtures/careers): the XVIII committee's conference, the XIX congress.
const CONFERENCE_XVIII = event({ term: 'XVIII', date: '2019-06-20', endYear: 2020 });
const CONGRESS_XIX = event({ congress: 19, date: '2020-10-16' });
const member = (terms: string[], lastAttested: string | null, termYears: string[] = []) => ({ terms, termYears, lastAttested });

describe('termBound', () => {
  it.each([
    ['the next congress', member(['XVIII'], '2020-03-12'), [CONFERENCE_XVIII, CONGRESS_XIX], { term: 'XVIII', end: '2020-10-16' }],
    ['the earliest event of a later term', member(['XVIII'], '2020-03-12'), [event({ term: 'XIX', date: '2021-01-05' }), event({ term: 'XX', date: '2020-12-01' })], { term: 'XVIII', end: '2020-12-01' }],
    ['the year after the term, from its events', member(['XVIII'], '2020-03-12'), [CONFERENCE_XVIII], { term: 'XVIII', end: '2021-01-01' }],
    ['the year after the term, from the title', member(['XIX'], '2021-04-08', ['XIX 2020-2025']), [], { term: 'XIX', end: '2026-01-01' }],
    ['nothing known of its end', member(['XIX'], '2021-04-08'), [CONFERENCE_XVIII, CONGRESS_XIX], { term: 'XIX', end: null }],
    ['re-election: attested after the next term began', member(['XVIII'], '2021-04-08'), [CONGRESS_XIX], { term: 'XVIII', end: null }],
    ['the latest term by value, not as text', member(['IX', 'VIII'], '2020-03-12'), [event({ congress: 9, date: '2019-01-01' }), event({ congress: 10, date: '2021-01-01' })], { term: 'IX', end: '2021-01-01' }],
    ['a congress of an earlier term', member(['XVIII'], '2020-03-12'), [event({ congress: 18, date: '2015-10-10' })], { term: 'XVIII', end: null }],
  ] as const)('ends a term at %s', (_case, tenure, events, expected) => {
    expect(termBound(tenure, events)).toEqual(expected);
  });

  it('is null for a tenure attested under no term', () => {
    expect(termBound(member([], '2020-03-12'), [CONGRESS_XIX])).toBeNull();
  });
});

describe('the terms a title gives a tenure', () => {
  it('keeps the name, and the years with it', () => {
    expect(termNamesOf({ name: 'XIX', startYear: 2020, endYear: 2025 })).toEqual(['XIX']);
    expect(termYearsOf({ name: 'XIX', startYear: 2020, endYear: 2025 })).toEqual(['XIX 2020-2025']);
    expect(termNamesOf({ name: null, startYear: 2020, endYear: 2025 })).toEqual([]);
    expect(termYearsOf({ name: 'XIX', startYear: null, endYear: null })).toEqual([]);
    expect(termNamesOf(null)).toEqual([]);
  });
});
