import type { GraphSnapshot } from '../domain/corrections.js';
import type { ArticleGraph } from '../resolve/article-graph.js';
import { applyTenureCorrections } from './corrections.js';
import type { TransactionRunner } from './store.js';

/**
 * Writes (or writes again) an article's graph inside a transaction, the editors' tenure dates
 * put back over the reported ones. Every step merges, so writing an article a second time
 * changes nothing.
 */
export async function writeArticleGraph(run: TransactionRunner, graph: ArticleGraph, snapshot: GraphSnapshot) {
  await run('mergeSource', { source: graph.source, evidence: graph.evidence });
  await run('mergeAreas', { areas: graph.areas });
  await run('mergeOrganizations', { organizations: graph.organizations });
  await run('mergePosts', { posts: graph.posts });
  await run('mergePeople', { sourceId: graph.source.id, people: graph.people });
  await run('mergeTenures', { tenures: graph.tenures });
  await run('mergeSuccessions', { successions: graph.successions });
  await run('mergeEvents', { events: graph.events });
  await run('mergeParticipations', { participations: graph.participations });
  await run('setOrganizationEnds', { ends: graph.organizationEnds });
  await run('mergeChanges', { changes: graph.changes });
  await applyTenureCorrections(run, snapshot, graph.tenures.map((tenure) => tenure.id));
}
