import type { ChangeRecord, PostRecord, SuccessionRecord, TenureRecord } from './article-graph.js';

const TAKES_UP = new Set(['ELECTED', 'RE_ELECTED', 'APPOINTED', 'TRANSFERRED']);

/** The post a change leaves: a transfer's from-post, or the post of an end (relieved, retired, ...). */
const postLeft = (change: ChangeRecord) => (change.kind === 'TRANSFERRED' ? change.fromPostId : TAKES_UP.has(change.kind) ? null : change.postId);

/**
 * Who one article says held a single-holder post before whom, even with no date: those it says
 * left the post (relieved, retired, transferred away) or calls its former holders ("nguyên Chủ
 * tịch", "thay ông Y") came before the one person it says took the post up or names as holding
 * it now. A post with no such person, or with several, says nothing. What an article names
 * former or current is read from `namedFormer` and each tenure's `namedCurrent`, not from its
 * dates: an undated article attests nothing, yet says who came first all the same.
 *
 * @example
 * // "miễn nhiệm Chủ tịch UBND tỉnh đối với ông A ... bầu ông B giữ chức Chủ tịch UBND tỉnh"
 * // → [{ fromTenureId: A's tenure, toTenureId: B's tenure, evidenceIds: both quotes }]
 */
export function statedSuccessions(
  posts: readonly PostRecord[],
  tenures: readonly TenureRecord[],
  changes: readonly ChangeRecord[],
  namedFormer: ReadonlySet<string>,
): SuccessionRecord[] {
  const successions: SuccessionRecord[] = [];
  for (const post of posts.filter((candidate) => candidate.singleHolder)) {
    const held = tenures.filter((tenure) => tenure.postId === post.id);
    const leavers = new Set(changes.filter((change) => postLeft(change) === post.id).map((change) => change.personId));
    const takers = new Set(changes.filter((change) => TAKES_UP.has(change.kind) && change.postId === post.id).map((change) => change.personId));
    const left = held.filter((tenure) => leavers.has(tenure.personId) || (namedFormer.has(tenure.id) && !tenure.namedCurrent));
    const taken = held.filter((tenure) => !left.includes(tenure) && (takers.has(tenure.personId) || tenure.namedCurrent));
    if (taken.length !== 1) continue;
    const [successor] = taken as [TenureRecord];
    for (const predecessor of left) {
      successions.push({ fromTenureId: predecessor.id, toTenureId: successor.id, evidenceIds: [...new Set([...predecessor.evidenceIds, ...successor.evidenceIds])].sort() });
    }
  }
  return successions;
}
