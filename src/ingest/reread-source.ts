import type { Extractor } from '../extract/index.js';
import { StoredExtractionRowModel } from '../store/rows.js';
import type { TransactionRunner } from '../store/store.js';
import { writeArticleGraph } from '../store/write-article.js';
import { articleOfSource, graphWithSnapshot, readArticleWith, recordExtraction, type SourceExtraction } from './graph-of-article.js';
import { unifyIdentities } from './identities.js';
import { removePeople, rereadSources, type RereadFailure } from './reread.js';

/**
 * The article's facts cannot be told apart from others' (people with facts resting on its
 * quotes are not linked to it: a graph written by an older version), so it was not read again.
 */
export class SourceNotRereadableError extends Error {
  override readonly name = 'SourceNotRereadableError';
  readonly code = 'SOURCE_NOT_REREADABLE';

  constructor(
    readonly sourceId: string,
    readonly personIds: readonly string[],
  ) {
    super(
      `${sourceId} was not read again: facts of ${personIds.join(', ')} rest on its quotes but the graph does not link them to it (written by an older version); nothing was changed. Ingest the articles into an empty database to move to the current model.`,
    );
  }
}

/**
 * How reading a stored source again went:
 * - `REREAD`: the extractor found something else; the facts resting only on the source were
 *   replaced by what it finds now;
 * - `UNCHANGED`: it found the same as the reading that wrote its facts; only the version was recorded;
 * - `FAILED`: the extractor failed on it; it is marked FAILED with the error, and the facts an
 *   earlier reading gave (if any) stay until a reading succeeds.
 */
export type RereadOutcome = 'REREAD' | 'UNCHANGED' | 'FAILED';

export interface SourceReread {
  sourceId: string;
  outcome: RereadOutcome;
  extraction: SourceExtraction;
  /** The people the source's reading names now (none unless REREAD). */
  people: number;
  /** Other sources that named the same people, which the extractor failed on when they were read again. */
  failures: RereadFailure[];
}

/**
 * Reads a stored source again, inside the caller's transaction, from the text it keeps (and
 * the title, date and URL stored with it) with `extractor`. When what the extractor finds
 * changed, what the earlier reading left goes: its quotes (but those an editor's correction
 * names), the events and bodies' ends resting only on them, and the people it names with
 * their tenures, changes and participations, which every article naming them then gives back
 * (editors' corrections applied, as after a correction: rereadPeople); facts other articles
 * support stay. Posts no tenure or change refers to any more go too.
 *
 * @throws SourceNotRereadableError when its facts cannot be traced to it (nothing changed).
 */
export async function rereadStoredSource(run: TransactionRunner, sourceId: string, extractor: Extractor): Promise<SourceReread> {
  const [row] = await run('getSourceTextsByIds', { ids: [sourceId] });
  if (!row) throw new Error(`no source ${sourceId} to read again`);
  const stored = StoredExtractionRowModel.parse(row);
  const reading = readArticleWith(articleOfSource(row), extractor);
  const { extraction } = reading;
  const result = (outcome: RereadOutcome, people = 0, failures: RereadFailure[] = []): SourceReread => ({ sourceId, outcome, extraction, people, failures });

  if (extraction.status === 'FAILED') {
    const same = stored.extractionStatus === 'FAILED' && stored.extractorVersion === extraction.version && stored.extractionError === extraction.error;
    if (!same) await recordExtraction(run, sourceId, extraction);
    return result('FAILED');
  }
  if (stored.extractionStatus === 'OK' && stored.extractionDigest === extraction.digest) {
    await recordExtraction(run, sourceId, extraction);
    return result('UNCHANGED');
  }

  const [facts] = await run('findSourceFacts', { sourceId });
  const untraceable = (facts?.untraceable as unknown[] | undefined)?.map(String) ?? [];
  if (untraceable.length > 0) throw new SourceNotRereadableError(sourceId, untraceable);
  await run('unlinkSourceEvidence', { sourceId });
  const naming = await removePeople(run, (facts!.personIds as unknown[]).map(String));
  await run('deleteUnheldPosts', { postIds: facts!.postIds });

  const { graph, snapshot } = await graphWithSnapshot(run, reading.build);
  await writeArticleGraph(run, graph, snapshot);
  const others = await rereadSources(run, naming.filter((source) => source.id !== sourceId), extractor);
  await recordExtraction(run, sourceId, extraction);
  await unifyIdentities(run, [...new Set([graph, ...others.graphs].flatMap((each) => each.people.map((person) => person.id)))]);
  return result('REREAD', graph.people.length, others.failures);
}
