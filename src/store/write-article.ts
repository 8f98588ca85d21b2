import type { ArticleGraph } from '../resolve/article-graph.js';
import type { Store } from './store.js';

export interface WriteResult {
  /** false: an article with the same text was in the graph already; nothing was written. */
  written: boolean;
  /** The sum of Neo4j's update counters (0 when nothing was written). */
  updates: number;
}

/**
 * Writes one article's graph in one transaction, or nothing when its source (a hash of its
 * text) is there already, so ingesting the same article again changes nothing.
 */
export async function writeArticle(store: Store, graph: ArticleGraph): Promise<WriteResult> {
  const { value: written, updates } = await store.writeTransaction(async (run) => {
    if ((await run('findSourceId', { id: graph.source.id })).length > 0) return false;
    await run('createSource', { source: graph.source, evidence: graph.evidence });
    await run('mergeAreas', { areas: graph.areas });
    await run('mergeOrganizations', { organizations: graph.organizations });
    await run('mergePosts', { posts: graph.posts });
    await run('mergePeople', { people: graph.people });
    await run('mergeTenures', { tenures: graph.tenures });
    await run('mergeEvents', { events: graph.events });
    await run('mergeParticipations', { participations: graph.participations });
    await run('setOrganizationEnds', { ends: graph.organizationEnds });
    await run('mergeChanges', { changes: graph.changes });
    return true;
  });
  return { written, updates };
}
