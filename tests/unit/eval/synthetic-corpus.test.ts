import { describe, expect, it } from 'vitest';
import { formatBench, percentile } from '../../../src/eval/bench-stats.js';
import { syntheticArticle, syntheticCorpus } from '../../../src/eval/synthetic-corpus.js';

describe('the synthetic corpus', () => {
  const corpus = syntheticCorpus(20, 7);

  it('is deterministic: the same seed gives the same articles, another seed others', () => {
    expect(syntheticCorpus(20, 7)).toEqual(corpus);
    expect(syntheticCorpus(20, 8).map((article) => article.text)).not.toEqual(corpus.map((article) => article.text));
  });

  it('builds article i from (seed, i) alone', () => {
    expect(syntheticArticle(7, 13)).toEqual(corpus[13]);
    expect(syntheticCorpus(5, 7)).toEqual(corpus.slice(0, 5));
  });

  it('gives N articles, each dated, naming its persons, its meeting and its chair', () => {
    expect(corpus).toHaveLength(20);
    for (const article of corpus) {
      expect(article.date).toMatch(/^20(1[5-9]|2[0-5])-\d{2}-\d{2}$/);
      expect(new Set(article.persons).size).toBe(article.persons.length);
      expect(article.persons.length).toBeGreaterThanOrEqual(5);
      for (const person of article.persons) expect(article.text).toContain(person);
      expect(article.text.startsWith('Ngày') || /^(Sáng|Chiều) /.test(article.text)).toBe(true);
      expect(article.text).toContain(article.event);
      expect(article.event).toMatch(/(lần thứ|Kỳ họp thứ) \w+/u);
      expect(article.text).toContain('chủ trì hội nghị');
      expect(article.text).toBe(article.text.normalize('NFC'));
    }
  });

  it('writes titles with the usual abbreviations', () => {
    const words = new Set(corpus.flatMap((article) => article.text.split(/[^\p{L}]+/u)));
    for (const abbreviation of ['TW', 'TT', 'UBND', 'HĐND', 'BTV', 'BCH', 'MTTQ', 'ĐBQH', 'TP']) expect(words).toContain(abbreviation);
  });

  it('has articles of a few KB, like real news', () => {
    const bytes = corpus.map((article) => Buffer.byteLength(article.text, 'utf8'));
    const average = bytes.reduce((sum, size) => sum + size, 0) / bytes.length;
    expect(average).toBeGreaterThan(2 * 1024);
    expect(average).toBeLessThan(8 * 1024);
  });
});

describe('the benchmark report', () => {
  it.each([
    { values: [4, 1, 3, 2], p: 50, expected: 2 },
    { values: [4, 1, 3, 2], p: 95, expected: 4 },
    { values: Array.from({ length: 100 }, (_, i) => i + 1), p: 95, expected: 95 },
    { values: [], p: 50, expected: 0 },
  ])('percentile($values, $p) = $expected (nearest rank)', ({ values, p, expected }) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('prints the machine, the corpus, throughput and latency', () => {
    const text = formatBench(
      { articles: 4, seed: 1, bytes: 4 * 1024 * 1024, warmupArticles: 4, totalMs: 2000, perArticleMs: [400, 500, 600, 500] },
      { cpu: 'Test CPU', cores: 2, node: 'v20.19.0', platform: 'linux x64' },
    );
    expect(text).toBe(
      [
        'Machine: Test CPU, 2 cores, Node v20.19.0 (linux x64)',
        'Corpus: 4 synthetic articles (seed 1), 4.00 MB, 1024.0 KB per article on average',
        'Warm-up: 4 articles, not timed',
        'Timed: extract() over all 4 articles, one after another on one core: 2.00 s',
        '  articles/s:       2',
        '  MB/s:             2.00',
        '  total MB:         4.00',
        '  ms per article:   p50 500.000, p95 600.000, max 600.000',
        '',
      ].join('\n'),
    );
  });
});
