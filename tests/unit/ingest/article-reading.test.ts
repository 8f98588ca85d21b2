import { describe, expect, it } from 'vitest';
import { ArticleModel } from '../../../src/domain/article.js';
import { EMPTY_SNAPSHOT } from '../../../src/domain/corrections.js';
import { CURRENT_EXTRACTOR, extract, tryExtract, type Extractor } from '../../../src/extract/index.js';
import { readArticleWith } from '../../../src/ingest/graph-of-article.js';

const article = ArticleModel.parse({
  title: 'Hội nghị',
  date: '2024-06-05',
  text: 'Ngày 5/6, đồng chí Lê Văn Nam, Bí thư Tỉnh ủy Thanh Hóa chủ trì hội nghị.',
});
const throwing: Extractor = {
  version: 7,
  extract: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'start')");
  },
};

describe('tryExtract', () => {
  it('gives what the extractor finds', () => {
    const result = tryExtract(article.text, { date: article.date });
    expect(result.ok).toBe(true);
    expect(result.ok && result.extraction.persons.map((person) => person.name)).toEqual(['Lê Văn Nam']);
  });

  it('turns a throw into a failure with the error, instead of an empty extraction', () => {
    expect(tryExtract(article.text, { date: article.date }, throwing)).toEqual({ ok: false, error: "TypeError: Cannot read properties of undefined (reading 'start')" });
  });

  it('extract (for callers that want only what was found) is what tryExtract finds', () => {
    const result = tryExtract(article.text, { date: article.date });
    expect(result.ok && result.extraction).toEqual(extract(article.text, { date: article.date }));
  });
});

describe('readArticleWith', () => {
  it('records the version and a digest that is the same for the same reading', () => {
    const first = readArticleWith(article);
    expect(first.extraction).toEqual({ version: CURRENT_EXTRACTOR.version, status: 'OK', error: null, digest: expect.stringMatching(/^[0-9a-f]{20}$/) });
    expect(readArticleWith(article).extraction.digest).toBe(first.extraction.digest);
    expect(first.build(EMPTY_SNAPSHOT).people).toHaveLength(1);
  });

  it('another extraction gives another digest', () => {
    const other: Extractor = { version: 1, extract: (body, meta) => ({ ...CURRENT_EXTRACTOR.extract(body, meta), persons: [] }) };
    expect(readArticleWith(article, other).extraction.digest).not.toBe(readArticleWith(article).extraction.digest);
  });

  it('a failure gives the source alone (its text kept), FAILED with the error and no digest', () => {
    const reading = readArticleWith(article, throwing);
    expect(reading.extraction).toEqual({ version: 7, status: 'FAILED', error: "TypeError: Cannot read properties of undefined (reading 'start')", digest: null });
    const graph = reading.build(EMPTY_SNAPSHOT);
    expect(graph.source.text).toBe(article.text);
    expect([graph.people, graph.tenures, graph.events, graph.changes, graph.evidence]).toEqual([[], [], [], [], []]);
  });
});
