import type { Article } from '../domain/article.js';
import type {
  BodyRef,
  ChangeKind,
  ChangeMention,
  EventMention,
  Extraction,
  ParticipationRole,
  PersonMention,
  TitleMention,
} from '../domain/extraction.js';
import { exactDay } from '../domain/partial-date.js';
import { ROLES } from '../domain/roles.js';
import type { GoldChangeKind } from './gold-model.js';
import { normalizeForMatch } from './normalize.js';

/**
 * An extraction written in the gold annotation format (corpus README), so that it can be read
 * next to the gold and scored against it. Field names are the gold's (snake_case).
 */
export interface ExtractedRecord {
  file: string;
  /** The article's date, or "unknown" as the gold writes it. */
  date: string;
  mentions: ExtractedMention[];
  events: ExtractedEvent[];
  changes: ExtractedChange[];
}

export interface ExtractedResolved {
  /** `ROLES[role].vi`: "Phó Bí thư Thường trực". */
  role: string;
  /** The body's full name, or null when the body, or its place, is not known. */
  org: string | null;
  role_en: string;
  org_en: string | null;
  /** "current" or "former" ("nguyên …") from a mention; "new" or "nominated" (planned) for a post taken up in a change. */
  status: 'current' | 'former' | 'new' | 'nominated';
}

export interface ExtractedMention {
  person: string;
  /** Each title as written, once, in the order first seen. */
  titles: string[];
  resolved: ExtractedResolved[];
  /** The rank as first written before the person's name ("Thượng tướng"); absent when none is. */
  rank?: string;
}

export interface ExtractedEvent {
  name: string;
  /** YYYY-MM-DD for a date to the day; null for none or a vaguer one (its text is in `date_text`). */
  date: string | null;
  chaired_by: string[];
  attended_by: string[];
  date_text: string | null;
  /** Not in the gold: the extractor's kind of event. */
  kind: EventMention['kind'];
}

export interface ExtractedChange {
  person: string;
  kind: GoldChangeKind;
  role: string | null;
  org: string | null;
  date: string | null;
  modality?: 'proposed';
  from_role?: string;
  from_org?: string | null;
}

/**
 * One article's extraction as a gold record.
 *
 * - mentions: one per person (the first mention's position sets the order), titles and
 *   posts merged from all the person's mentions without repeats (titles compared after
 *   `normalizeForMatch`, the first spelling kept; a post (role, body) once, like the gold). The posts a person takes up or leaves
 *   in a change are the person's titles too, as in the gold ("tái bầu giữ chức Bí thư Tỉnh ủy"
 *   gives the title "Bí thư Tỉnh ủy"), with status "new" (or "nominated" when planned) for a
 *   post taken up and "former" (or "current" when planned) for a post left;
 * - events: `chaired_by` are the participants who CHAIRED or CO_CHAIRED (chủ trì, đồng chủ
 *   trì, chủ tọa, "do A điều hành" a sitting, the Presidium); `attended_by` are all the others
 *   (ATTENDED, DIRECTED, SPOKE, CONCLUDED). The gold's annotators put everyone who took part
 *   without chairing in `attended_by`: the official who handed over a decision and the one who
 *   received it as well as those listed as attending;
 * - changes: the kind in lowercase with a hyphen (RE_ELECTED → "re-elected"), role and body
 *   from the post taken up or left, `modality: "proposed"` when only planned.
 *
 * @example toGoldRecord('001.txt', article, extract(article.text, { date: article.date })).mentions[0]
 * // { person: 'Nguyễn Xuân Ký', titles: ['Bí thư Tỉnh ủy'], resolved: [{ role: 'Bí thư', org: 'Tỉnh ủy Quảng Ninh', … }] }
 */
export function toGoldRecord(file: string, article: Pick<Article, 'date'>, extraction: Extraction): ExtractedRecord {
  return {
    file,
    date: article.date ?? 'unknown',
    mentions: mergeMentions(extraction.persons, extraction.changes),
    events: extraction.events.map(toGoldEvent),
    changes: extraction.changes.map(toGoldChange),
  };
}

function mergeMentions(persons: readonly PersonMention[], changes: readonly ChangeMention[]): ExtractedMention[] {
  const byName = new Map<string, MentionBuilder>();
  const builderOf = (name: string) => {
    let builder = byName.get(name);
    if (builder === undefined) {
      builder = new MentionBuilder(name);
      byName.set(name, builder);
    }
    return builder;
  };
  for (const person of persons) {
    const builder = builderOf(person.name);
    if (person.rank !== undefined) builder.mention.rank ??= person.rank.asWritten;
    for (const title of person.titles) builder.add(title, toResolved(title));
  }
  for (const change of changes) {
    const builder = builderOf(change.person);
    // A post left only in a plan is still held.
    const status = TAKES_UP.has(change.kind) ? (change.planned ? 'nominated' : 'new') : change.planned ? 'current' : 'former';
    if (change.title !== null) builder.addFromChange(change.title, { ...toResolved(change.title), status });
    if (change.fromTitle !== null) builder.addFromChange(change.fromTitle, { ...toResolved(change.fromTitle), status: 'former' });
  }
  return [...byName.values()].map((builder) => builder.mention);
}

/**
 * One person's titles and posts, each once, in first-seen order. Titles are compared as eval
 * compares them. A post (role, body) is listed once, as in the gold: its status is the first
 * mention's, unless a change in the article says the post was taken up or left, which wins.
 */
class MentionBuilder {
  readonly mention: ExtractedMention;
  private readonly titleKeys = new Set<string>();
  private readonly posts = new Map<string, ExtractedResolved>();

  constructor(person: string) {
    this.mention = { person, titles: [], resolved: [] };
  }

  /** A title from one of the person's mentions. */
  add(title: TitleMention, resolved: ExtractedResolved): void {
    // An implied post has no title written for the person (the gold's `implied`).
    if (title.implied !== true) this.addTitle(title.asWritten);
    const key = `${resolved.role}\u0000${resolved.org}`;
    if (this.posts.has(key)) return;
    this.posts.set(key, resolved);
    this.mention.resolved.push(resolved);
  }

  /** A post taken up or left in a change. */
  addFromChange(title: TitleMention, resolved: ExtractedResolved): void {
    const known = this.posts.get(`${resolved.role}\u0000${resolved.org}`);
    if (known === undefined) this.add(title, resolved);
    else {
      this.addTitle(title.asWritten);
      known.status = resolved.status;
    }
  }

  private addTitle(asWritten: string): void {
    const key = normalizeForMatch(asWritten);
    if (this.titleKeys.has(key)) return;
    this.titleKeys.add(key);
    this.mention.titles.push(asWritten);
  }
}

function toResolved(title: TitleMention): ExtractedResolved {
  const body = knownBody(title.body);
  return {
    role: ROLES[title.role].vi,
    org: body?.name ?? null,
    role_en: ROLES[title.role].en,
    org_en: body?.nameEn ?? null,
    status: title.status === 'FORMER' ? 'former' : 'current',
  };
}

/**
 * The body when it is fully known: a local body whose place the article does not give
 * ("Tỉnh ủy" alone) is no body the gold would name, so it counts as unknown.
 */
function knownBody(body: BodyRef | null): BodyRef | null {
  if (body === null) return null;
  return body.area === null && body.level !== 'CENTRAL' ? null : body;
}

const CHAIRING: readonly ParticipationRole[] = ['CHAIRED', 'CO_CHAIRED'];
const TAKES_UP: ReadonlySet<ChangeKind> = new Set(['ELECTED', 'RE_ELECTED', 'APPOINTED', 'TRANSFERRED']);

function toGoldEvent(event: EventMention): ExtractedEvent {
  const chairs = event.participants.filter((participant) => participant.roles.some((role) => CHAIRING.includes(role)));
  const others = event.participants.filter((participant) => !chairs.includes(participant));
  return {
    name: event.name,
    date: event.date === null ? null : exactDay(event.date),
    chaired_by: chairs.map((participant) => participant.name),
    attended_by: others.map((participant) => participant.name),
    date_text: event.date?.text ?? event.dateText ?? null,
    kind: event.kind,
  };
}

/** The gold's word for each kind of change: lowercase, with a hyphen (`RE_ELECTED` → `re-elected`). */
export const GOLD_CHANGE_KIND: Readonly<Record<ChangeKind, GoldChangeKind>> = {
  ELECTED: 'elected',
  RE_ELECTED: 're-elected',
  APPOINTED: 'appointed',
  TRANSFERRED: 'transferred',
  RELIEVED: 'relieved',
  RESIGNED: 'resigned',
  RETIRED: 'retired',
  DISMISSED: 'dismissed',
};

function toGoldChange(change: ChangeMention): ExtractedChange {
  const post = change.title === null ? null : toResolved(change.title);
  const from = change.fromTitle === null ? null : toResolved(change.fromTitle);
  return {
    person: change.person,
    kind: GOLD_CHANGE_KIND[change.kind],
    role: post?.role ?? null,
    org: post?.org ?? null,
    date: change.date === null ? null : exactDay(change.date),
    ...(change.date === null && change.dateText !== undefined ? { date_text: change.dateText } : {}),
    ...(change.planned ? { modality: 'proposed' as const } : {}),
    ...(from === null ? {} : { from_role: from.role, from_org: from.org }),
  };
}
