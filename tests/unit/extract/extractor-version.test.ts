import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/cli/article-formats.js';
import { EXTRACTOR_VERSION } from '../../../src/extract/index.js';
import { readArticleWith } from '../../../src/ingest/graph-of-article.js';

/**
 * What the current extractor finds in every article this repository ships, as one digest, recorded
 * with the extractor version it belongs to. When a change to `src/extract` alters what is found, this
 * test fails until `EXTRACTOR_VERSION` is bumped (so `officials reprocess` reaches graphs read by the
 * old rules) and the new digest is recorded here.
 */
const RECORDED = { version: 5, digest: 'b8b7c52ea00d1a72be1a' };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const ARTICLE_FOLDERS = ['seed', 'tests/fixtures/dev-news/corpus', 'tests/fixtures/heldout/corpus', 'tests/fixtures/careers/articles', 'tests/fixtures/readme-world', 'tests/fixtures/dev-meetings/corpus'];

function shippedArticles(): string[] {
  return ARTICLE_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(ROOT, folder))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => path.join(ROOT, folder, name)),
  );
}

function digestOfShippedArticles(): string {
  const hash = createHash('sha256');
  for (const file of shippedArticles()) {
    const { extraction } = readArticleWith(parseArticle(readFileSync(file, 'utf8'), 'txt'));
    hash.update(`${path.relative(ROOT, file)} ${extraction.status} ${extraction.digest ?? extraction.error}\n`);
  }
  return hash.digest('hex').slice(0, 20);
}

describe('the extractor version', () => {
  it('reads a good number of shipped articles, every one without failing', () => {
    const files = shippedArticles();
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) expect(readArticleWith(parseArticle(readFileSync(file, 'utf8'), 'txt')).extraction.status, file).toBe('OK');
  });

  it('changes whenever what the extractor finds changes', () => {
    const digest = digestOfShippedArticles();
    const advice =
      EXTRACTOR_VERSION === RECORDED.version
        ? `what the extractor finds in the shipped articles changed: bump EXTRACTOR_VERSION in src/extract/version.ts, then record { version: ${EXTRACTOR_VERSION + 1}, digest: <the new one> } in this test`
        : `EXTRACTOR_VERSION is ${EXTRACTOR_VERSION}: record { version: ${EXTRACTOR_VERSION}, digest: '${digest}' } in this test`;
    expect({ version: EXTRACTOR_VERSION, digest }, advice).toEqual(RECORDED);
  });
});
