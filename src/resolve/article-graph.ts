import type { Role } from '../domain/roles.js';

/**
 * What one article adds to the graph: nodes and relationships with stable ids, every fact
 * pointing at the evidence that supports it. The store writes it in one transaction.
 */
export interface ArticleGraph {
  source: SourceRecord;
  evidence: EvidenceRecord[];
  areas: AreaRecord[];
  organizations: OrganizationRecord[];
  posts: PostRecord[];
  people: PersonRecord[];
  tenures: TenureRecord[];
  events: EventRecord[];
  participations: ParticipationRecord[];
  organizationEnds: OrganizationEndRecord[];
  changes: ChangeRecord[];
  successions: SuccessionRecord[];
}

export interface SourceRecord {
  id: string;
  title: string | null;
  url: string | null;
  publishedOn: string | null;
  /** For an undated article, the days its text says it was written between (extract/article-period.ts); orders, never dates. */
  periodFrom: string | null;
  periodTo: string | null;
  author: string | null;
  text: string;
}

export interface EvidenceRecord {
  id: string;
  quote: string;
  start: number;
  end: number;
}

export interface AreaRecord {
  id: string;
  name: string;
  nameFolded: string;
  kind: string;
  withinId: string | null;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  nameEn: string;
  nameFolded: string;
  kind: string;
  level: string;
  areaId: string | null;
  parentId: string | null;
}

export interface PostRecord {
  id: string;
  role: Role;
  name: string;
  nameEn: string;
  nameFolded: string;
  singleHolder: boolean;
  organizationId: string;
}

export interface PersonRecord {
  id: string;
  name: string;
  nameFolded: string;
  /** The province the person is known in (their identity's context); null for a national figure. */
  areaId: string | null;
  /** The ids the article's mentions have before the graph's snapshot applies (name and province). */
  naturalIds: string[];
  /** false for a person an editor split off: never found to be someone else automatically. */
  mergeable: boolean;
}

export interface TenureRecord {
  id: string;
  personId: string;
  postId: string;
  /** A reported start (an election or appointment with its day). */
  startDate: string | null;
  /** A reported end: the first day the post was no longer held. */
  endDate: string | null;
  /** The dates this article attests the person in the post (empty when the article has no date). */
  attestedOn: string[];
  /**
   * The dates this article calls the post the person's former one ("nguyên", "từng giữ chức"): the
   * tenure had ended by then, on a day not told.
   */
  formerOn: string[];
  /** Whether this article names the person in the post as holding it (a current title, or taking it up). */
  namedCurrent: boolean;
  /** The terms this article attests the post under ("… khóa XVIII" → 'XVIII'); only attestations carry them. */
  terms: string[];
  /** Those terms whose years the title gives, as 'XIX 2020-2025' (see domain/term-bound.ts). */
  termYears: string[];
  evidenceIds: string[];
}

export interface EventRecord {
  id: string;
  kind: string;
  name: string;
  nameFolded: string;
  ordinal: number | null;
  date: string | null;
  dateText: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  term: string | null;
  termStart: number | null;
  termEnd: number | null;
  convenedById: string | null;
  evidenceIds: string[];
}

export interface ParticipationRecord {
  personId: string;
  eventId: string;
  roles: string[];
  evidenceIds: string[];
}

export interface OrganizationEndRecord {
  organizationId: string;
  endDate: string;
  evidenceId: string;
}

/** An election, appointment, transfer or departure as reported (planned ones are not changes). */
export interface ChangeRecord {
  id: string;
  kind: string;
  personId: string;
  /** The post taken up, or left. */
  postId: string | null;
  /** For a transfer: the post left. */
  fromPostId: string | null;
  date: string | null;
  dateText: string | null;
  evidenceIds: string[];
}

/** One article says who held a single-holder post before whom (resolve/stated-successions.ts). */
export interface SuccessionRecord {
  fromTenureId: string;
  toTenureId: string;
  evidenceIds: string[];
}
