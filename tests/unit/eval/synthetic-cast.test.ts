import { describe, expect, it } from 'vitest';
import { CAST_SIZE, castArticle, castCorpus, castOf, placeOf } from '../../../src/eval/synthetic-cast.js';
import { syntheticArticle } from '../../../src/eval/synthetic-corpus.js';

describe('the place of a synthetic meeting', () => {
  it.each([
    { event: 'Hội nghị BCH Đảng bộ tỉnh Quảng Ninh lần thứ 12', place: 'Quảng Ninh' },
    { event: 'Kỳ họp thứ 7 HĐND tỉnh Nghệ An khóa XVIII', place: 'Nghệ An' },
    { event: 'Hội nghị BCH Đảng bộ TP Hạ Long lần thứ 30', place: 'Hạ Long' },
    { event: 'Đại hội đại biểu Đảng bộ tỉnh Bà Rịa - Vũng Tàu lần thứ VII', place: 'Bà Rịa - Vũng Tàu' },
    { event: 'Lễ kỷ niệm ngày thành lập', place: '' },
  ])('$event → "$place"', ({ event, place }) => {
    expect(placeOf(event)).toBe(place);
  });
});

describe('the recurring-cast corpus', () => {
  const corpus = castCorpus(300, 3);

  it('is deterministic, and article i depends on (seed, i) alone', () => {
    expect(castCorpus(300, 3)).toEqual(corpus);
    expect(castArticle(3, 123)).toEqual(corpus[123]);
    expect(castCorpus(5, 4).map((article) => article.text)).not.toEqual(corpus.slice(0, 5).map((article) => article.text));
  });

  it('keeps each article but for its people, who are members of its place’s cast, all different', () => {
    for (const [index, article] of corpus.entries()) {
      const original = syntheticArticle(3, index);
      expect(article.date).toBe(original.date);
      expect(article.event).toBe(original.event);
      expect(article.persons).toHaveLength(original.persons.length);
      expect(new Set(article.persons).size).toBe(article.persons.length);
      const cast = castOf(3, placeOf(article.event));
      for (const person of article.persons) {
        expect(cast).toContain(person);
        expect(article.text).toContain(person);
      }
      // The text is the original with every name swapped for its replacement.
      let text = original.text;
      original.persons.forEach((name, k) => (text = text.split(name).join(`\u0000${k}\u0000`)));
      article.persons.forEach((name, k) => (text = text.split(`\u0000${k}\u0000`).join(name)));
      expect(article.text).toBe(text);
    }
  });

  it('gives each place CAST_SIZE different people, the same for every article of the place', () => {
    const cast = castOf(3, 'Nghệ An');
    expect(cast).toHaveLength(CAST_SIZE);
    expect(new Set(cast).size).toBe(CAST_SIZE);
    expect(castOf(3, 'Nghệ An')).toBe(cast);
    expect(castOf(3, 'Vinh')).not.toEqual(cast);
  });

  it('names many people in several articles, and some in many', () => {
    const articlesByPlacedName = new Map<string, number>();
    for (const article of corpus) {
      for (const person of article.persons) {
        const key = `${person} @ ${placeOf(article.event)}`;
        articlesByPlacedName.set(key, (articlesByPlacedName.get(key) ?? 0) + 1);
      }
    }
    const counts = [...articlesByPlacedName.values()];
    expect(counts.filter((count) => count >= 2).length).toBeGreaterThan(counts.length / 2);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(10);
  });
});
