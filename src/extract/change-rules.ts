import type { ChangeKind, ChangeMention, TitleMention } from '../domain/extraction.js';

/**
 * How the changes a text tells are read together: a move between two bodies of the same kind
 * in the same role is a transfer; one change told twice is one; a plan carried out in the same
 * article is the change itself; a relief with its reason ("do ông nghỉ hưu") is that reason.
 */

type Told = ChangeMention & { verb: string };

/**
 * "được chỉ định giữ chức Bí thư Thành ủy B" said of the Bí thư Tỉnh ủy A: the same role in
 * another body of the same kind and level is a transfer, whatever the verb.
 */
export function refineKind(kind: ChangeKind, _verb: string, title: TitleMention | null, from: TitleMention | null): ChangeKind {
  if (kind !== 'APPOINTED' || title?.body == null || from?.body == null) return kind;
  const [to, held] = [title.body, from.body];
  const moved = title.role === from.role && to.kind === held.kind && to.level === held.level && to.name !== held.name;
  return moved ? 'TRANSFERRED' : kind;
}

const REASONS: ReadonlySet<ChangeKind> = new Set(['RETIRED', 'RESIGNED', 'DISMISSED']);
const ELECTIONS: ReadonlySet<ChangeKind> = new Set(['ELECTED', 'RE_ELECTED']);

/** The changes once each, without the `verb` they were read from. */
export function dedupeChanges(told: readonly Told[]): ChangeMention[] {
  const done = new Set(told.filter((change) => !change.planned).map((change) => `${change.person}|${change.kind}`));
  const titled = new Set(told.filter((change) => change.title !== null).map((change) => `${change.person}|${change.kind}|${change.planned}`));
  const reasons = new Set(told.filter((change) => REASONS.has(change.kind)).map((change) => `${change.person}|${change.evidence.start}`));
  const relieved = new Map(told.filter((change) => change.kind === 'RELIEVED' && change.title !== null).map((change) => [`${change.person}|${change.evidence.start}`, change.title]));
  const elected = new Set(told.filter((change) => ELECTIONS.has(change.kind) && change.verb !== 'chuẩn y').map((change) => `${change.person}|${change.title?.role ?? ''}`));
  const seen = new Set<string>();
  const kept: ChangeMention[] = [];
  for (const change of told) {
    const key = `${change.person}|${change.kind}`;
    if (change.planned && done.has(key)) continue;
    if (change.title === null && titled.has(`${key}|${change.planned}`)) continue;
    if (change.kind === 'RELIEVED' && reasons.has(`${change.person}|${change.evidence.start}`)) continue;
    if (change.verb === 'chuẩn y' && elected.has(`${change.person}|${change.title?.role ?? ''}`)) continue;
    const post = `${key}|${change.planned}|${change.title?.role ?? ''}|${change.title?.body?.name ?? ''}`;
    if (seen.has(post)) continue;
    seen.add(post);
    const { verb: _verb, ...mention } = change;
    // "miễn nhiệm chức danh X đối với ông A do ông nghỉ hưu": A retires from X.
    const left = REASONS.has(change.kind) && mention.title === null ? relieved.get(`${change.person}|${change.evidence.start}`) : undefined;
    kept.push(left === undefined ? mention : { ...mention, title: left });
  }
  return kept;
}
