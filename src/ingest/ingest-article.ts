import { sourceIdOf, type Article } from '../domain/article.js';
import { CURRENT_EXTRACTOR, type Extractor } from '../extract/index.js';
import type { ArticleGraph } from '../resolve/article-graph.js';
import { StoredExtractionRowModel, type StoredExtractionRow } from '../store/rows.js';
import type { Store } from '../store/store.js';
import { writeArticleGraph } from '../store/write-article.js';
import { graphWithSnapshot, readArticleWith, recordExtraction, type ArticleReading, type SourceExtraction } from './graph-of-article.js';
import { unifyIdentities } from './identities.js';
import { rereadStoredSource } from './reread-source.js';

/**
 * What ingesting an article did:
 * - `INGESTED`: a text the graph did not hold, read and written;
 * - `UNCHANGED`: the same text was ingested before and read by this extractor version: nothing written;
 * - `REREAD`: the same text was stored, but read by an older version or FAILED: read again (reread-source.ts);
 * - `FAILED`: the extractor failed on it: the source is stored (its text kept) marked FAILED
 *   with the error, without facts (or, read before, with the facts its earlier reading gave).
 */
export type IngestOutcome = 'INGESTED' | 'UNCHANGED' | 'REREAD' | 'FAILED';

/** What ingesting one article wrote; all zero when the article was already in the graph. */
export interface IngestResult {
  sourceId: string;
  outcome: IngestOutcome;
  /** false: nothing was written (the same text was ingested before and read by this version, or failed the same way). */
  written: boolean;
  /** Neo4j's update counters, summed: 0 when the article was there already. */
  updates: number;
  /** How the extractor read the source, as stored now. */
  extraction: { version: number | null; status: 'OK' | 'FAILED'; error: string | null };
  people: number;
  posts: number;
  tenures: number;
  events: number;
}

/** Where ingest reports a source the extractor failed on (a pino logger fits). */
export interface IngestLog {
  error(details: Record<string, unknown>, message: string): void;
}

export interface IngestOptions {
  /** The extractor to read with (the current one unless a test injects another). */
  extractor?: Extractor;
  log?: IngestLog;
}

export interface WriteResult {
  outcome: IngestOutcome;
  /** The sum of Neo4j's update counters (0 when nothing was written). */
  updates: number;
  extraction: IngestResult['extraction'];
  /** What was written for a new article (null otherwise). */
  graph: ArticleGraph | null;
}

/** Whether a stored source was read by `version` (or a later one) without failing. */
export const isReadBy = (stored: StoredExtractionRow, version: number) =>
  stored.extractionStatus === 'OK' && stored.extractorVersion !== null && stored.extractorVersion >= version;

const asStored = ({ version, status, error }: SourceExtraction) => ({ version, status, error });

/**
 * Writes one article in one transaction. A new text is written as `reading` gives it (its
 * graph built inside the transaction from the snapshot as it stands: corrections, people found
 * to be one), with how it was read recorded on the source, and people it names who turn out
 * to be someone already known are made one. A text the graph holds (its source id is a hash of
 * the text) read by `extractor`'s version is left alone, so ingesting the same article again
 * changes nothing; one read by an older version, or FAILED, is read again from what is stored.
 */
export async function writeArticle(store: Store, sourceId: string, reading: ArticleReading, extractor: Extractor = CURRENT_EXTRACTOR): Promise<WriteResult> {
  const { value, updates } = await store.writeTransaction(async (run): Promise<Omit<WriteResult, 'updates'>> => {
    const [row] = await run('findSourceId', { id: sourceId });
    if (row) {
      const stored = StoredExtractionRowModel.parse(row);
      if (isReadBy(stored, extractor.version)) {
        const extraction = { version: stored.extractorVersion, status: 'OK' as const, error: null };
        return { outcome: 'UNCHANGED', extraction, graph: null };
      }
      const reread = await rereadStoredSource(run, sourceId, extractor);
      return { outcome: reread.outcome === 'FAILED' ? 'FAILED' : 'REREAD', extraction: asStored(reread.extraction), graph: null };
    }
    const { graph, snapshot } = await graphWithSnapshot(run, reading.build);
    await writeArticleGraph(run, graph, snapshot);
    await recordExtraction(run, sourceId, reading.extraction);
    await unifyIdentities(run, graph.people.map((person) => person.id));
    return { outcome: reading.extraction.status === 'OK' ? 'INGESTED' : 'FAILED', extraction: asStored(reading.extraction), graph };
  });
  return { ...value, updates };
}

/**
 * Extracts, resolves and writes one article, in one transaction (writeArticle). When the
 * extractor fails on it, the error is logged with the source id and the result says FAILED.
 */
export async function ingestArticle(store: Store, article: Article, { extractor = CURRENT_EXTRACTOR, log }: IngestOptions = {}): Promise<IngestResult> {
  const sourceId = sourceIdOf(article);
  const { outcome, updates, extraction, graph } = await writeArticle(store, sourceId, readArticleWith(article, extractor), extractor);
  if (outcome === 'FAILED') {
    log?.error({ sourceId, extractorVersion: extraction.version, error: extraction.error }, 'The extractor failed on an article: stored marked FAILED; `officials reprocess` reads it again');
  }
  return {
    sourceId,
    outcome,
    written: outcome === 'FAILED' ? updates > 0 : outcome !== 'UNCHANGED',
    updates,
    extraction,
    people: graph?.people.length ?? 0,
    posts: graph?.posts.length ?? 0,
    tenures: graph?.tenures.length ?? 0,
    events: graph?.events.length ?? 0,
  };
}
