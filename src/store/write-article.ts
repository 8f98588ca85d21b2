import type { Correction } from '../domain/corrections.js';
import type { ArticleGraph } from '../resolve/article-graph.js';
import { applyTenureCorrections, readCorrections } from './corrections.js';
import type { Store, TransactionRunner } from './store.js';

export interface WriteResult {
  /** false: an article with the same text was in the graph already; nothing was written. */
  written: boolean;
  /** The sum of Neo4j's update counters (0 when nothing was written). */
  updates: number;
  /** What was written (null when nothing was). */
  graph: ArticleGraph | null;
}

/** Builds an article's graph with the editors' corrections applied (resolveArticle). */
export type GraphBuilder = (corrections: readonly Correction[]) => ArticleGraph;

/**
 * Writes one article's graph in one transaction, or nothing when its source (a hash of its
 * text) is there already, so ingesting the same article again changes nothing. The graph is
 * built inside the transaction from the corrections as they stand, so none is missed.
 */
export async function writeArticle(store: Store, sourceId: string, build: GraphBuilder): Promise<WriteResult> {
  const { value: graph, updates } = await store.writeTransaction(async (run) => {
    if ((await run('findSourceId', { id: sourceId })).length > 0) return null;
    const corrections = await readCorrections(run);
    const graph = build(corrections);
    await writeArticleGraph(run, graph, corrections);
    return graph;
  });
  return { written: graph !== null, updates, graph };
}

/**
 * Writes (or writes again) an article's graph inside a transaction. Every step merges, so
 * writing an article a second time changes nothing.
 */
export async function writeArticleGraph(run: TransactionRunner, graph: ArticleGraph, corrections: readonly Correction[]) {
  await run('mergeSource', { source: graph.source, evidence: graph.evidence });
  await run('mergeAreas', { areas: graph.areas });
  await run('mergeOrganizations', { organizations: graph.organizations });
  await run('mergePosts', { posts: graph.posts });
  await run('mergePeople', { sourceId: graph.source.id, people: graph.people });
  await run('mergeTenures', { tenures: graph.tenures });
  await run('mergeEvents', { events: graph.events });
  await run('mergeParticipations', { participations: graph.participations });
  await run('setOrganizationEnds', { ends: graph.organizationEnds });
  await run('mergeChanges', { changes: graph.changes });
  await applyTenureCorrections(run, corrections, graph.tenures.map((tenure) => tenure.id));
}
