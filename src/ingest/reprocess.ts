import { CURRENT_EXTRACTOR, type Extractor } from '../extract/index.js';
import { repository } from '../store/repository.js';
import { StoreUnavailableError, type Store } from '../store/store.js';
import { rereadStoredSource, SourceNotRereadableError, type RereadOutcome } from './reread-source.js';

/**
 * Which sources to read again: those an extractor older than `olderThan` read (no version
 * recorded: the oldest) and those it failed on; `olderThan: null` selects every source.
 */
export interface SourceSelection {
  olderThan: number | null;
}

/** How reprocessing one source went: as rereadStoredSource says, or SKIPPED (not read again, nothing changed). */
export interface SourceReprocessed {
  sourceId: string;
  outcome: RereadOutcome | 'SKIPPED';
  /** A stable code for FAILED and SKIPPED: `EXTRACTION_FAILED`, `SOURCE_NOT_REREADABLE`, or the error's. */
  code: string | null;
  error: string | null;
  /** Other sources naming the same people that the extractor failed on when they were read again. */
  alsoFailed: Array<{ sourceId: string; error: string }>;
}

/** How many sources `selection` selects now, and how many the graph holds. */
export function countSourcesToReprocess(store: Store, { olderThan }: SourceSelection): Promise<{ selected: number; total: number }> {
  return repository.countSourcesToReprocess(store, olderThan);
}

/**
 * The ids of the sources `selection` selects, in id order, read a page at a time (keyset
 * paging on the id), so a graph of any size is never held in memory; a source read again
 * meanwhile is not selected twice.
 */
export async function* sourceIdsToReprocess(store: Store, { olderThan }: SourceSelection, pageSize = 100): AsyncGenerator<string> {
  let after: string | null = null;
  for (;;) {
    const ids = await repository.sourceIdsToReprocess(store, { after, olderThan, limit: pageSize });
    yield* ids;
    if (ids.length < pageSize) return;
    after = ids[ids.length - 1]!;
  }
}

const codeOf = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : ((error as Error).name ?? 'Error');
};

/**
 * Reads one stored source again with `extractor`, in one transaction (rereadStoredSource):
 * all of it is committed, or none. A source whose facts cannot be traced to it is SKIPPED; any
 * other error is FAILED with its code, and that source is left as it was. Neo4j being
 * unavailable stops the caller (StoreUnavailableError is thrown).
 */
export async function reprocessSource(store: Store, sourceId: string, extractor: Extractor = CURRENT_EXTRACTOR): Promise<SourceReprocessed> {
  try {
    const { value: reread } = await store.writeTransaction((run) => rereadStoredSource(run, sourceId, extractor));
    const failed = reread.outcome === 'FAILED';
    return {
      sourceId,
      outcome: reread.outcome,
      code: failed ? 'EXTRACTION_FAILED' : null,
      error: reread.extraction.error,
      alsoFailed: reread.failures,
    };
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    const outcome = error instanceof SourceNotRereadableError ? 'SKIPPED' : 'FAILED';
    return { sourceId, outcome, code: codeOf(error), error: (error as Error).message ?? String(error), alsoFailed: [] };
  }
}
