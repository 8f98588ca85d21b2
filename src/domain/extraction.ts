import type { AreaKind, Level, OrganizationKind } from './organization.js';
import type { Role } from './roles.js';

/**
 * What the extractor (src/extract) finds in one article: pure data, every item with the exact
 * quote that supports it. Offsets are UTF-16 indexes into the article body after
 * `normalizeVietnamese`, so that `body.slice(start, end) === quote`.
 */
export interface Evidence {
  quote: string;
  start: number;
  end: number;
}

/** A date as precise as the text gives it; a partial date is never completed by guessing. */
export type PartialDate =
  | { precision: 'DAY'; year: number; month: number; day: number; text: string }
  | { precision: 'MONTH'; year: number; month: number; text: string }
  | { precision: 'QUARTER'; year: number; quarter: 1 | 2 | 3 | 4; text: string }
  | { precision: 'YEAR'; year: number; text: string };

/** A place: "Quảng Ninh" (PROVINCE), "Hạ Long" (CITY, within Quảng Ninh). */
export interface AreaRef {
  name: string;
  kind: AreaKind;
  within: AreaRef | null;
}

/**
 * A body as the text names it, completed from context: "Tỉnh ủy" in an article about Quảng
 * Ninh is `{ kind: 'PARTY_COMMITTEE', level: 'PROVINCE', area: Quảng Ninh, name: 'Tỉnh ủy Quảng Ninh' }`.
 * `area` is null for central bodies and when the place cannot be known from the article;
 * then `name` has no place either ("Tỉnh ủy").
 */
export interface BodyRef {
  kind: OrganizationKind;
  level: Level;
  area: AreaRef | null;
  /** Canonical Vietnamese name, no abbreviations: "Hội đồng nhân dân thành phố Hạ Long". */
  name: string;
  /** "Ha Long City People's Council". */
  nameEn: string;
}

export interface TitleMention {
  /** The title exactly as written: "Phó Bí thư TT Thành ủy". */
  asWritten: string;
  role: Role;
  body: BodyRef | null;
  /** FORMER for "nguyên …": not a current tenure. */
  status: 'CURRENT' | 'FORMER';
  /**
   * The term written right after the title: "Ủy viên BTV Tỉnh ủy khóa XVIII" → `{ name: 'XVIII' }`;
   * null (or absent, in mentions built by hand) when none is. Not part of `asWritten` or
   * `evidence`, which are the title alone.
   */
  term: Term | null;
  evidence: Evidence;
  /**
   * True for a post the text gives the person without writing the title for them: "… giữ chức
   * Giám đốc Công an tỉnh, thay ông A" (A held it before). `asWritten` is then the successor's
   * title and `evidence` the words that imply it ("thay ông A"). Absent otherwise.
   */
  implied?: true;
}

/** A military or police rank written before a name: "Thượng tướng". Never a title. */
export interface RankMention {
  /** As written: "Thượng tướng", "trung tướng". */
  asWritten: string;
  evidence: Evidence;
}

/** One place a named person appears, with the titles attached to them there. */
export interface PersonMention {
  /** Normalised full name: "Vũ Đại Thắng". */
  name: string;
  titles: TitleMention[];
  /** The rank written before the name, or before a list the name is in; absent when none is. */
  rank?: RankMention;
  /** The name with its title chain: "Vũ Đại Thắng, Ủy viên TW Đảng, Bí thư Tỉnh ủy". */
  evidence: Evidence;
}

export const PARTICIPATION_ROLES = ['CHAIRED', 'CO_CHAIRED', 'DIRECTED', 'ATTENDED', 'SPOKE', 'CONCLUDED'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

export interface ParticipantMention {
  name: string;
  roles: ParticipationRole[];
  evidence: Evidence;
}

export const EVENT_KINDS = ['CONFERENCE', 'CONGRESS', 'MEETING', 'SESSION'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface Term {
  /** "XXV" in "khóa XXV". */
  name: string | null;
  startYear: number | null;
  endYear: number | null;
}

export interface EventMention {
  kind: EventKind;
  /** Canonical name: "Hội nghị Ban Chấp hành Đảng bộ thành phố Hạ Long lần thứ 63". */
  name: string;
  ordinal: number | null;
  term: Term | null;
  convenedBy: BodyRef | null;
  date: PartialDate | null;
  /** The day as written when its year is unknown ("Chiều 16/11" in an undated article). */
  dateText?: string;
  participants: ParticipantMention[];
  evidence: Evidence;
}

export const CHANGE_KINDS = ['ELECTED', 'RE_ELECTED', 'APPOINTED', 'TRANSFERRED', 'RELIEVED', 'RESIGNED', 'RETIRED', 'DISMISSED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ChangeMention {
  kind: ChangeKind;
  person: string;
  /** The post taken up (ELECTED, APPOINTED, TRANSFERRED) or left (the others). */
  title: TitleMention | null;
  fromTitle: TitleMention | null;
  date: PartialDate | null;
  /** The day as written when its year is unknown ("Ngày 30/7" in an undated article). */
  dateText?: string;
  /** "sẽ bầu", "dự kiến", "đề nghị": reported as planned, never a tenure. */
  planned: boolean;
  evidence: Evidence;
}

/** "từ 1/7 … kết thúc hoạt động của Thành phố": the area's government bodies stop on `date`. */
export interface GovernmentEndMention {
  area: AreaRef;
  date: PartialDate;
  evidence: Evidence;
}

/** "Tỉnh ủy X, UBND tỉnh X … kết thúc hoạt động từ ngày 1/7/2025": named bodies stop on `date`. */
export interface BodyEndMention {
  body: BodyRef;
  date: PartialDate;
  evidence: Evidence;
}

export interface ArticleContext {
  province: AreaRef | null;
  city: AreaRef | null;
  /** The article's own date (YYYY-MM-DD), which completes dates written without a year. */
  date: string | null;
  /**
   * For an article without a date, when its text tells (extract/article-period.ts): the days it
   * was written between, read from the terms and dates it states. Orders its facts, dates none.
   */
  period?: DatePeriod;
}

/** The first and last day (YYYY-MM-DD) of a span of time. */
export interface DatePeriod {
  from: string;
  to: string;
}

export interface Extraction {
  context: ArticleContext;
  persons: PersonMention[];
  events: EventMention[];
  changes: ChangeMention[];
  governmentEnds: GovernmentEndMention[];
  bodyEnds: BodyEndMention[];
}
