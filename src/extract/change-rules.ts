import type { ChangeKind, ChangeMention, TitleMention } from '../domain/extraction.js';
import type { Role } from '../domain/roles.js';
import { APPROVALS } from './change-verbs.js';

/**
 * How the changes a text tells are read together: a move between two bodies of the same kind
 * in the same role is a transfer; one change told twice is one; a plan carried out in the same
 * article is the change itself; a relief with its reason ("do ông nghỉ hưu") is that reason.
 */

type Told = ChangeMention & { verb: string };

const ASSISTANTS: ReadonlySet<Role> = new Set(['ASSISTANT', 'AIDE']);

/**
 * What an appointment or election is, given the post the person held as the text introduces
 * them: "được chỉ định giữ chức Bí thư Thành ủy B" said of the Bí thư Tỉnh ủy A (the same role
 * in another body of the same kind and level), or an appointment to a post in another place, or
 * between a central body and a local one ("Bí thư Tỉnh ủy A được bổ nhiệm giữ chức Thứ trưởng")
 * is a transfer; an election to the very post held ("ông A, Bí thư Tỉnh ủy khóa XV, tiếp tục
 * được bầu giữ chức Bí thư Tỉnh ủy") is a re-election.
 */
export function refineKind(kind: ChangeKind, _verb: string, title: TitleMention | null, from: TitleMention | null): ChangeKind {
  if (title?.body == null || from?.body == null || from.status === 'FORMER') return kind;
  const [to, held] = [title.body, from.body];
  if (kind === 'ELECTED') return title.role === from.role && to.name === held.name ? 'RE_ELECTED' : kind;
  if (kind !== 'APPOINTED') return kind;
  const sameRoleElsewhere = title.role === from.role && to.kind === held.kind && to.level === held.level && to.name !== held.name;
  // An assistant or secretary moved to a leader of another body leaves the first leader.
  const assistantElsewhere = ASSISTANTS.has(title.role) && ASSISTANTS.has(from.role) && to.name !== held.name;
  // "Bí thư Quận ủy Hồng Bàng" to "Bí thư Đảng ủy phường Hồng Bàng": the 2025 ward is another place.
  const otherPlace = to.area !== null && held.area !== null && (to.area.name !== held.area.name || to.area.kind !== held.area.kind);
  const centralAndLocal = (to.level === 'CENTRAL') !== (held.level === 'CENTRAL');
  return sameRoleElsewhere || assistantElsewhere || otherPlace || centralAndLocal ? 'TRANSFERRED' : kind;
}

const REASONS: ReadonlySet<ChangeKind> = new Set(['RETIRED', 'RESIGNED', 'DISMISSED']);
const ELECTIONS: ReadonlySet<ChangeKind> = new Set(['ELECTED', 'RE_ELECTED']);

/** The changes once each, without the `verb` they were read from. */
export function dedupeChanges(toldFirst: readonly Told[]): ChangeMention[] {
  const told = onePerPost(withReasons(reElectionsOnce(toldFirst)));
  const done = new Set(told.filter((change) => !change.planned).map((change) => `${change.person}|${change.kind}`));
  const titled = new Set(told.filter((change) => change.title !== null).map((change) => `${change.person}|${change.kind}|${change.planned}`));
  const reasons = new Set(told.filter((change) => REASONS.has(change.kind)).map((change) => `${change.person}|${change.evidence.start}`));
  const relieved = new Map(told.filter((change) => change.kind === 'RELIEVED' && change.title !== null).map((change) => [`${change.person}|${change.evidence.start}`, change.title]));
  const elected = new Set(told.filter((change) => ELECTIONS.has(change.kind) && !APPROVALS.has(change.verb)).map((change) => `${change.person}|${change.title?.role ?? ''}`));
  const seen = new Set<string>();
  const kept: ChangeMention[] = [];
  for (const change of told) {
    const key = `${change.person}|${change.kind}`;
    if (change.planned && done.has(key)) continue;
    if (change.title === null && titled.has(`${key}|${change.planned}`)) continue;
    if (change.kind === 'RELIEVED' && reasons.has(`${change.person}|${change.evidence.start}`)) continue;
    if (APPROVALS.has(change.verb) && elected.has(`${change.person}|${change.title?.role ?? ''}`)) continue;
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

// Of two tellings of one post taken up, the more specific: a transfer is an appointment too.
const TAKE_UP_RANK: Partial<Record<ChangeKind, number>> = { TRANSFERRED: 3, RE_ELECTED: 2, ELECTED: 1, APPOINTED: 0 };

/**
 * One change per post taken up (corpus Convention 7): "điều động ông A … giữ chức X" and "ông A
 * được chỉ định giữ chức X" are one transfer; and a take-up whose post the text does not give
 * ("Với việc bổ nhiệm ông A") adds nothing to one that gives it.
 */
function onePerPost(told: readonly Told[]): Told[] {
  const best = new Map<string, number>();
  const titled = new Set<string>();
  for (const change of told) {
    const rank = TAKE_UP_RANK[change.kind];
    if (rank === undefined || change.planned) continue;
    if (change.title === null) continue;
    titled.add(change.person);
    const key = `${change.person}|${change.title.role}|${change.title.body?.name ?? ''}`;
    best.set(key, Math.max(best.get(key) ?? -1, rank));
  }
  return told.filter((change) => {
    const rank = TAKE_UP_RANK[change.kind];
    if (rank === undefined || change.planned) return true;
    if (change.title === null) return !(titled.has(change.person) && rank <= (TAKE_UP_RANK.ELECTED ?? 1));
    return rank >= (best.get(`${change.person}|${change.title.role}|${change.title.body?.name ?? ''}`) ?? rank);
  });
}

const samePost = (a: TitleMention | null, b: TitleMention | null): boolean => a !== null && b !== null && a.role === b.role && a.body?.name === b.body?.name;

/**
 * "được bầu làm Bí thư Tỉnh ủy" and "bầu ông tái cử Bí thư Tỉnh ủy": one re-election, with the
 * post and the date whichever telling gives. An untitled re-election absorbs an election only
 * when no titled one matches it.
 */
function reElectionsOnce(told: readonly Told[]): Told[] {
  const result = told.map((change) => ({ ...change }));
  const reElections = result.filter((change) => change.kind === 'RE_ELECTED' && !change.planned);
  return result.filter((change) => {
    if (change.kind !== 'ELECTED' || change.planned) return true;
    const mine = reElections.filter((other) => other.person === change.person);
    const match = mine.find((other) => samePost(other.title, change.title)) ?? (change.title === null ? mine[0] : mine.find((other) => other.title === null));
    if (match === undefined) return true;
    match.title ??= change.title;
    match.date ??= change.date;
    return false;
  });
}

const OWN_REASONS: ReadonlySet<ChangeKind> = new Set(['RETIRED', 'RESIGNED']);

/**
 * "HĐND miễn nhiệm ông A, Phó Chủ tịch UBND tỉnh. Ông A được miễn nhiệm để nghỉ chế độ": the
 * relief is the retirement (or the resignation), told in two sentences; an untitled reason or
 * relief then adds nothing.
 */
function withReasons(told: readonly Told[]): Told[] {
  const reasonOf = new Map<string, ChangeKind>();
  for (const change of told) if (OWN_REASONS.has(change.kind) && !change.planned) reasonOf.set(change.person, change.kind);
  const explained = new Set<string>();
  const result = told.map((change) => {
    const reason = change.kind === 'RELIEVED' && !change.planned && change.title !== null ? reasonOf.get(change.person) : undefined;
    if (reason === undefined) return change;
    explained.add(change.person);
    return { ...change, kind: reason };
  });
  return result.filter((change) => !((OWN_REASONS.has(change.kind) || change.kind === 'RELIEVED') && change.title === null && explained.has(change.person)));
}
