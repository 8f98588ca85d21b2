import type { TransactionRunner } from '../store/store.js';
import { writeArticleGraph } from '../store/write-article.js';
import { articleGraphBuilder, articleOfSource, graphWithSnapshot } from './graph-of-article.js';

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

/**
 * Removes the people with their tenures, changes and participations, and reads every article
 * that names them again (from the text kept in its Source) with the graph's snapshot as it
 * stands in the transaction: what changed in who the articles speak of takes effect. Other facts of those articles are merged again,
 * which changes nothing.
 */
export async function rereadPeople(run: TransactionRunner, personIds: readonly string[]): Promise<void> {
  const unreadable = await run('findPeopleNamedNowhere', { personIds });
  if (unreadable.length > 0) throw new PeopleNotRereadableError(unreadable.map((row) => String(row.personId)));
  const sourceIds = (await run('findSourcesNamingPeople', { personIds })).map((row) => String(row.id));
  const sources = await run('getSourceTextsByIds', { ids: sourceIds });
  await run('deletePeople', { personIds });
  for (const source of sources) {
    const { graph, snapshot } = await graphWithSnapshot(run, articleGraphBuilder(articleOfSource(source)));
    await writeArticleGraph(run, graph, snapshot);
  }
}
