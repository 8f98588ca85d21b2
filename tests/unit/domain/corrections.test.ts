import { describe, expect, it } from 'vitest';
import { correctedPersonId, correctedSpan, correctedTenureId, rejectedEvidenceIds, type Correction } from '../../../src/domain/corrections.js';

const made = { id: 'correction:1', at: '2026-01-01T00:00:00.000Z', by: 'lan', note: 'why' };
const tenure = { kind: 'CORRECT_TENURE' as const, tenureId: 'tenure:a--p', personId: 'person:a', postId: 'post:p' };

describe('correctedPersonId', () => {
  it('follows merges and splits in the order they were made', () => {
    const corrections: Correction[] = [
      { ...made, kind: 'SPLIT_PERSON', personId: 'person:a', sourceIds: ['source:2'], newPersonId: 'person:a2', naturalIds: [] },
      { ...made, kind: 'MERGE_PEOPLE', personIds: ['person:a2'], intoId: 'person:c' },
      { ...made, kind: 'MERGE_PEOPLE', personIds: ['person:b'], intoId: 'person:a' },
    ];
    expect(correctedPersonId('person:a', 'source:1', { corrections, sameAs: new Map() })).toBe('person:a');
    expect(correctedPersonId('person:a', 'source:2', { corrections, sameAs: new Map() })).toBe('person:c');
    expect(correctedPersonId('person:b', 'source:2', { corrections, sameAs: new Map() })).toBe('person:a');
    expect(correctedPersonId('person:z', 'source:2', { corrections, sameAs: new Map() })).toBe('person:z');
  });
});

describe('correctedSpan', () => {
  const reported = { startDate: '2020-01-01', endDate: '2024-01-01' };

  it('sets, clears, or leaves each date as reported; the latest correction wins', () => {
    expect(correctedSpan(reported, [])).toEqual(reported);
    expect(correctedSpan(reported, [{ ...made, ...tenure, endDate: null }])).toEqual({ startDate: '2020-01-01', endDate: null });
    expect(
      correctedSpan(reported, [
        { ...made, ...tenure, startDate: '2019-05-01' },
        { ...made, ...tenure, startDate: '2019-06-01', endDate: '2023-01-01' },
      ]),
    ).toEqual({ startDate: '2019-06-01', endDate: '2023-01-01' });
  });
});

describe('correctedPersonId with people found to be one', () => {
  it('maps a mention to the person it was found to be, and corrections naming either id follow', () => {
    const sameAs = new Map([['person:x--vn', 'person:x--ha-tinh']]);
    expect(correctedPersonId('person:x--vn', 'source:1', { corrections: [], sameAs })).toBe('person:x--ha-tinh');
    const merge: Correction = { ...made, kind: 'MERGE_PEOPLE', personIds: ['person:x--vn'], intoId: 'person:y' };
    expect(correctedPersonId('person:x--ha-tinh', 'source:1', { corrections: [merge], sameAs })).toBe('person:y');
  });
});

describe('correctedPersonId after a split of people found to be one', () => {
  it('sends later mentions with a joined id the split moved to the new person, and the rest stay', () => {
    const sameAs = new Map([['person:d--vn', 'person:d--ha-tinh']]);
    const split: Correction = {
      ...made,
      kind: 'SPLIT_PERSON',
      personId: 'person:d--ha-tinh',
      sourceIds: ['source:2'],
      newPersonId: 'person:d--ha-tinh--x1',
      naturalIds: ['person:d--vn'],
    };
    const snapshot = { corrections: [split], sameAs };
    expect(correctedPersonId('person:d--vn', 'source:2', snapshot)).toBe('person:d--ha-tinh--x1');
    expect(correctedPersonId('person:d--vn', 'source:9', snapshot)).toBe('person:d--ha-tinh--x1');
    expect(correctedPersonId('person:d--ha-tinh', 'source:9', snapshot)).toBe('person:d--ha-tinh');
    // A split of one spelling in one province moves only the articles named.
    const own: Correction = { ...split, naturalIds: ['person:d--ha-tinh'] };
    expect(correctedPersonId('person:d--ha-tinh', 'source:9', { corrections: [own], sameAs })).toBe('person:d--ha-tinh');
    expect(correctedPersonId('person:d--ha-tinh', 'source:2', { corrections: [own], sameAs })).toBe('person:d--ha-tinh--x1');
  });
});

describe('correctedTenureId', () => {
  it('follows the holder into the person they were merged into', () => {
    const correction = { ...made, ...tenure, endDate: null };
    expect(correctedTenureId(correction, { corrections: [correction], sameAs: new Map() })).toBe('tenure:a--p');
    const merged: Correction = { ...made, kind: 'MERGE_PEOPLE', personIds: ['person:a'], intoId: 'person:b' };
    expect(correctedTenureId(correction, { corrections: [correction, merged], sameAs: new Map() })).toBe('tenure:b--p');
  });
});

describe('rejectedEvidenceIds', () => {
  it('collects the rejected quotes only', () => {
    const corrections: Correction[] = [
      { ...made, kind: 'REJECT_EVIDENCE', evidenceId: 'evidence:x:1-2', personIds: [] },
      { ...made, kind: 'MERGE_PEOPLE', personIds: ['person:b'], intoId: 'person:a' },
    ];
    expect([...rejectedEvidenceIds(corrections)]).toEqual(['evidence:x:1-2']);
  });
});
