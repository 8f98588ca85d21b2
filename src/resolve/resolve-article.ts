import type { Article } from '../domain/article.js';
import { correctedPersonId, EMPTY_SNAPSHOT, isMergeable, rejectedEvidenceIds, type GraphSnapshot } from '../domain/corrections.js';
import type { BodyRef, ChangeMention, Evidence, Extraction, PartialDate, PersonMention, TitleMention } from '../domain/extraction.js';
import { changeId, evidenceId, eventId, organizationId, personId, postId, tenureId } from '../domain/ids.js';
import { exactDay, periodOf } from '../domain/partial-date.js';
import { postName, ROLES } from '../domain/roles.js';
import { termNamesOf, termYearsOf } from '../domain/term-bound.js';
import { fold } from '../domain/text.js';
import type {
  ArticleGraph,
  EvidenceRecord,
  OrganizationRecord,
  ParticipationRecord,
  PersonRecord,
  PostRecord,
  TenureRecord,
} from './article-graph.js';
import { areaIdOf, areaRecords, isResolvable, organizationRecords } from './bodies.js';
import { identityProvinces } from './identity.js';
import { statedSuccessions } from './stated-successions.js';

/** The bodies of an area's government, which a reported end of that government ends. */
const GOVERNMENT_KINDS = new Set(['PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE']);

/** Changes after which the person holds the post named. */
const TAKES_UP = new Set(['ELECTED', 'RE_ELECTED', 'APPOINTED', 'TRANSFERRED']);

/** The posts a change ends: the post itself for a departure, the previous post for a transfer. */
function leftPosts(change: { kind: string; postId: string | null; fromPostId: string | null }): string[] {
  if (change.kind === 'TRANSFERRED') return change.fromPostId ? [change.fromPostId] : [];
  return !TAKES_UP.has(change.kind) && change.postId ? [change.postId] : [];
}

/**
 * The last day by which a change told without its day had happened: the end of the month or
 * year it is told in ("vào tháng 9"), at the latest the day of the article reporting it.
 */
function doneBy(date: PartialDate | null, articleDate: string | null): string | null {
  const periodEnd = date === null ? null : periodOf(date).to;
  if (periodEnd === null || articleDate === null) return periodEnd ?? articleDate;
  return periodEnd < articleDate ? periodEnd : articleDate;
}

const earliest = (a: string | null, b: string) => (a === null || b < a ? b : a);
const latest = (a: string | null, b: string) => (a === null || b > a ? b : a);

/** Keeps the first record of each id, in the order first seen. */
class RecordSet<T extends { id: string }> {
  private readonly byId = new Map<string, T>();
  add(record: T): T {
    const existing = this.byId.get(record.id);
    if (existing) return existing;
    this.byId.set(record.id, record);
    return record;
  }
  values(): T[] {
    return [...this.byId.values()];
  }
}

const union = <T>(into: T[], more: readonly T[]) => {
  for (const item of more) if (!into.includes(item)) into.push(item);
};

/**
 * Turns what the extractor found in one article into graph records: people, the posts their
 * current titles name (in bodies whose place is known), tenures attested on the article's
 * date, events with their participants, and the bodies reported to stop operating. What the
 * graph knows applies on top (`snapshot`): people found to be one, and people merged or split
 * by an editor, get their ids; nothing rests on a rejected quote. Pure.
 */
export function resolveArticle(
  article: Article,
  sourceId: string,
  extraction: Extraction,
  snapshot: GraphSnapshot = EMPTY_SNAPSHOT,
): ArticleGraph {
  const evidence = new RecordSet<EvidenceRecord>();
  const areas = new RecordSet<ReturnType<typeof areaRecords>[number]>();
  const organizations = new RecordSet<OrganizationRecord>();
  const posts = new RecordSet<PostRecord>();
  const people = new RecordSet<PersonRecord>();
  const tenures = new RecordSet<TenureRecord>();
  const participations = new Map<string, ParticipationRecord>();

  const rejected = rejectedEvidenceIds(snapshot.corrections);
  const isRejected = (quote: Evidence) => rejected.has(evidenceId(sourceId, quote.start, quote.end));
  const cite = (quote: Evidence) => evidence.add({ id: evidenceId(sourceId, quote.start, quote.end), ...quote }).id;
  const addBody = (body: Parameters<typeof organizationRecords>[0]) => {
    if (body.area) for (const area of areaRecords(body.area)) areas.add(area);
    for (const organization of organizationRecords(body)) organizations.add(organization);
    return organizationId(body.name);
  };
  const provinces = identityProvinces(extraction);
  const addPerson = (name: string) => {
    const province = provinces.get(name) ?? null;
    if (province) for (const area of areaRecords(province)) areas.add(area);
    const naturalId = personId(name, province?.name ?? null);
    const id = correctedPersonId(naturalId, sourceId, snapshot);
    const person = people.add({
      id,
      name,
      nameFolded: fold(name),
      areaId: province ? areaIdOf(province) : null,
      naturalIds: [],
      mergeable: isMergeable(id, snapshot.corrections),
    });
    union(person.naturalIds, [naturalId]);
    return person.id;
  };
  const attestedOn = article.date ? [article.date] : [];

  /** The post a title names, when its body is known; null otherwise. */
  const addPost = (title: TitleMention | null): string | null => {
    if (!title || !isResolvable(title.body)) return null;
    const organization = addBody(title.body);
    const label = ROLES[title.role];
    const name = postName(title.role, title.body.name);
    return posts.add({
      id: postId(name),
      role: title.role,
      name,
      nameEn: `${label.en} of the ${title.body.nameEn}`,
      nameFolded: fold(name),
      singleHolder: label.singleHolder,
      organizationId: organization,
    }).id;
  };

  const tenureOf = (person: string, post: string) =>
    tenures.add({ id: tenureId(person, post), personId: person, postId: post, startDate: null, endDate: null, attestedOn: [], formerOn: [], namedCurrent: false, terms: [], termYears: [], evidenceIds: [] });

  /** The tenures this article names people in by a current title, by person. */
  const heldNow = new Map<string, TenureRecord[]>();
  /** The tenures this article names by a former title ("nguyên Chủ tịch", "thay ông Y"), dated or not. */
  const namedFormer = new Set<string>();
  const addMention = (mention: PersonMention) => {
    const person = addPerson(mention.name);
    for (const title of mention.titles) {
      const post = addPost(title);
      if (!post) continue;
      const tenure = tenureOf(person, post);
      union(tenure.evidenceIds, [cite(mention.evidence)]);
      if (title.status === 'FORMER') {
        namedFormer.add(tenure.id);
        union(tenure.formerOn, attestedOn);
        continue;
      }
      union(tenure.attestedOn, attestedOn);
      tenure.namedCurrent = true;
      heldNow.set(person, [...(heldNow.get(person) ?? []).filter((held) => held !== tenure), tenure]);
      union(tenure.terms, termNamesOf(title.term));
      union(tenure.termYears, termYearsOf(title.term));
    }
  };
  /**
   * Whether facts may rest on a quote. A rejected quote is still part of the article, and the
   * bodies and posts it names are kept (so rejecting changes the same as never having read
   * it), but nothing rests on it.
   */
  const admit = (quote: Evidence, titles: ReadonlyArray<TitleMention | null> = [], bodies: ReadonlyArray<BodyRef | null> = []) => {
    if (!isRejected(quote)) return true;
    cite(quote);
    for (const title of titles) addPost(title);
    for (const body of bodies) if (isResolvable(body)) addBody(body);
    return false;
  };
  extraction.persons.filter((mention) => admit(mention.evidence, mention.titles)).forEach(addMention);

  /**
   * A start told only by its month ("tháng 10/2024") bounds the tenure from the month's last day:
   * never a day before the real start.
   */
  const monthStarts = new Map<string, string>();
  // A planned change ("dự kiến", "sẽ bầu") is not a change yet: it is not stored.
  const changes = extraction.changes
    .filter((change) => !change.planned && admit(change.evidence, [change.title, change.fromTitle]))
    .map((change: ChangeMention) => {
      const person = addPerson(change.person);
      const post = addPost(change.title);
      const date = change.date ? exactDay(change.date) : null;
      const id = changeId(person, change.kind, post, date ?? sourceId.replace(/^source:/, ''));
      if (change.date?.precision === 'MONTH') monthStarts.set(id, periodOf(change.date).to);
      return {
        id,
        kind: change.kind,
        personId: person,
        postId: post,
        fromPostId: addPost(change.fromTitle),
        date,
        doneBy: date ?? doneBy(change.date, article.date),
        dateText: change.date?.text ?? change.dateText ?? null,
        evidenceIds: [cite(change.evidence)],
      };
    });

  // A dated change fixes a start or an end; any change is evidence for the tenure it touches.
  for (const change of changes) {
    if (change.postId && TAKES_UP.has(change.kind)) {
      const tenure = tenureOf(change.personId, change.postId);
      union(tenure.evidenceIds, change.evidenceIds);
      tenure.namedCurrent = true;
      const start = change.date ?? monthStarts.get(change.id) ?? null;
      if (start && change.kind !== 'RE_ELECTED') tenure.startDate = earliest(tenure.startDate, start);
      union(tenure.attestedOn, change.date ? [change.date] : attestedOn);
    }
    for (const post of leftPosts(change)) {
      const tenure = tenureOf(change.personId, post);
      union(tenure.evidenceIds, change.evidenceIds);
      const leftBy = change.doneBy;
      if (leftBy === null) continue;
      // An end told without its day ("vào tháng 9", "vừa được điều động") only bounds it: the
      // post was left by then, as when an article calls it former.
      if (change.date) tenure.endDate = latest(tenure.endDate, change.date);
      else union(tenure.formerOn, [leftBy]);
      // Naming someone by the post they leave is no evidence they hold it after they left.
      tenure.attestedOn = tenure.attestedOn.filter((day) => day < leftBy);
    }
  }

  const events = extraction.events.filter((event) => admit(event.evidence, [], [event.convenedBy])).map((event) => {
    const date = event.date ? exactDay(event.date) : null;
    const period = event.date ? periodOf(event.date) : null;
    const id = eventId(event.name, event.ordinal === null ? (date ?? period?.from ?? null) : null);
    for (const participant of event.participants.filter((mention) => admit(mention.evidence))) {
      const person = addPerson(participant.name);
      const key = `${person}|${id}`;
      const participation = participations.get(key) ?? { personId: person, eventId: id, roles: [], evidenceIds: [] };
      union(participation.roles, participant.roles);
      union(participation.evidenceIds, [cite(participant.evidence)]);
      participations.set(key, participation);
      // The day of a meeting the article reports is attested for the titles it gives its participants.
      if (!date || (article.date !== null && date > article.date)) continue;
      for (const tenure of heldNow.get(person) ?? []) {
        if (tenure.attestedOn.includes(date) || (tenure.endDate !== null && date >= tenure.endDate)) continue;
        union(tenure.attestedOn, [date]);
        union(tenure.evidenceIds, [cite(participant.evidence)]);
      }
    }
    return {
      id,
      kind: event.kind,
      name: event.name,
      nameFolded: fold(event.name),
      ordinal: event.ordinal,
      date,
      dateText: event.date?.text ?? event.dateText ?? null,
      periodFrom: period?.from ?? null,
      periodTo: period?.to ?? null,
      term: event.term?.name ?? null,
      termStart: event.term?.startYear ?? null,
      termEnd: event.term?.endYear ?? null,
      convenedById: isResolvable(event.convenedBy) ? addBody(event.convenedBy) : null,
      evidenceIds: [cite(event.evidence)],
    };
  });


  // A government end applies to the area's People's Council and People's Committee named here.
  const organizationEnds = extraction.governmentEnds.flatMap((end) => {
    const endDate = exactDay(end.date);
    if (!endDate || !admit(end.evidence)) return [];
    const area = areaIdOf(end.area);
    return organizations
      .values()
      .filter((organization) => organization.areaId === area && GOVERNMENT_KINDS.has(organization.kind))
      .map((organization) => ({ organizationId: organization.id, endDate, evidenceId: cite(end.evidence) }));
  });
  // A body named as stopping operating ends on that day.
  for (const end of extraction.bodyEnds) {
    const endDate = exactDay(end.date);
    if (!endDate || !isResolvable(end.body) || !admit(end.evidence, [], [end.body])) continue;
    organizationEnds.push({ organizationId: addBody(end.body), endDate, evidenceId: cite(end.evidence) });
  }

  return {
    source: {
      id: sourceId,
      title: article.title,
      url: article.url,
      publishedOn: article.date,
      periodFrom: article.date === null ? (extraction.context.period?.from ?? null) : null,
      periodTo: article.date === null ? (extraction.context.period?.to ?? null) : null,
      author: article.author,
      text: article.text,
    },
    evidence: evidence.values(),
    areas: areas.values(),
    organizations: organizations.values(),
    posts: posts.values(),
    people: people.values(),
    tenures: tenures.values(),
    events,
    participations: [...participations.values()],
    organizationEnds,
    changes: changes.map(({ doneBy: _doneBy, ...change }) => change),
    successions: statedSuccessions(posts.values(), tenures.values(), changes, namedFormer),
  };
}

