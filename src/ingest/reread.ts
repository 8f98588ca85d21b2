import { CURRENT_EXTRACTOR, type Extractor } from '../extract/index.js';
import type { ArticleGraph } from '../resolve/article-graph.js';
import type { TransactionRunner } from '../store/store.js';
import { writeArticleGraph } from '../store/write-article.js';
import { articleOfSource, graphWithSnapshot, readArticleWith, recordExtraction } from './graph-of-article.js';

/**
 * The people would be removed, but no stored article names them (a graph written by a version
 * that did not link people to their articles), so their facts could not be read again.
 */
export class PeopleNotRereadableError extends Error {
  override readonly name = 'PeopleNotRereadableError';

  constructor(readonly personIds: readonly string[]) {
    super(
      `No stored article is linked to ${personIds.join(', ')}, so their facts could not be read again; nothing was changed. Ingest the articles into an empty database (the graph was written by an older version) and correct again.`,
    );
  }
}

/** A stored source the extractor failed on while it was read again. */
export interface RereadFailure {
  sourceId: string;
  error: string;
}

/** What reading stored sources again wrote: each one's graph, and the sources the extractor failed on. */
export interface Reread {
  graphs: ArticleGraph[];
  failures: RereadFailure[];
}

/**
 * Removes the people with their tenures, changes and participations; resolves to the stored
 * sources that name them (rows with their text), for `rereadSources` to read again.
 *
 * @throws PeopleNotRereadableError when no stored article names some of them (nothing removed).
 */
export async function removePeople(run: TransactionRunner, personIds: readonly string[]): Promise<Record<string, unknown>[]> {
  const unreadable = await run('findPeopleNamedNowhere', { personIds });
  if (unreadable.length > 0) throw new PeopleNotRereadableError(unreadable.map((row) => String(row.personId)));
  const sourceIds = (await run('findSourcesNamingPeople', { personIds })).map((row) => String(row.id));
  const sources = await run('getSourceTextsByIds', { ids: sourceIds });
  await run('deletePeople', { personIds });
  return sources;
}

/**
 * Reads stored sources again (from the text each keeps) with `extractor` and the graph's
 * snapshot as it stands in the transaction, and writes what they say; other facts of those
 * articles are merged again, which changes nothing. A source the extractor fails on is marked
 * FAILED (its version and error recorded, so `officials reprocess` retries it), and its facts
 * about the people removed are missing until then: the failure is returned, never hidden.
 */
export async function rereadSources(
  run: TransactionRunner,
  sources: readonly Record<string, unknown>[],
  extractor: Extractor = CURRENT_EXTRACTOR,
): Promise<Reread> {
  const reread: Reread = { graphs: [], failures: [] };
  for (const source of sources) {
    const reading = readArticleWith(articleOfSource(source), extractor);
    const { graph, snapshot } = await graphWithSnapshot(run, reading.build);
    await writeArticleGraph(run, graph, snapshot);
    reread.graphs.push(graph);
    if (reading.extraction.status === 'FAILED') {
      await recordExtraction(run, String(source.id), reading.extraction);
      reread.failures.push({ sourceId: String(source.id), error: reading.extraction.error });
    }
  }
  return reread;
}

/**
 * Removes the people with their tenures, changes and participations, and reads every article
 * that names them again (removePeople, then rereadSources): what changed in who the articles
 * speak of takes effect.
 */
export async function rereadPeople(run: TransactionRunner, personIds: readonly string[], extractor: Extractor = CURRENT_EXTRACTOR): Promise<Reread> {
  return rereadSources(run, await removePeople(run, personIds), extractor);
}
