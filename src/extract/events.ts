import type { EventMention, PartialDate, Term } from '../domain/extraction.js';
import type { AreaContext } from './context.js';
import { firstDayWithYear, firstYearlessDayText, writesDay, type DateIndex, type DateSpan } from './dates.js';
import type { Doc } from './doc.js';
import { sentenceEvidence } from './evidence.js';
import { mayStartEvent, planMarkerIn, readEventPhrase, type EventForm, type EventPhrase } from './event-phrase.js';
import { phraseSet } from './lexicon.js';
import { sceneDates } from './scenes.js';
import type { Sentence } from './sentences.js';
import type { TextRange } from './tokens.js';

/**
 * Meetings the article reports, one per meeting however often it is named. Mentions of one
 * event (the headline "Hội nghị BCH Đảng bộ Thành phố lần thứ 63." and the sentence reporting
 * it, "tại Hội nghị" later on) are merged; the evidence is the mention that says most (a date,
 * a term, a full sentence).
 */

/** An event with the token span of the mention chosen as its evidence, and of every mention. */
export interface EventSpan {
  event: EventMention;
  start: number;
  end: number;
  /** Token spans of every mention of the event, in text order. */
  mentions: readonly TextRange[];
  /** In an article without a date, the day written for the event whose year its term makes certain (see dateByTerm). */
  termDay?: DateSpan;
}

interface Candidate {
  phrase: EventPhrase;
  sentence: Sentence;
  date: PartialDate | null;
  /** The sentence gives its own date ("Sáng cùng ngày 17/9, …"): a scene of its own. */
  ownDate: boolean;
  score: number;
}

// "tại Hội nghị", "dự Đại hội", "chủ trì cuộc làm việc": a head alone that still reports an event.
const BARE_ANCHORS = phraseSet(['tại', 'dự', 'tham dự', 'chủ trì', 'chỉ đạo', 'chúc mừng', 'điều hành', 'chủ tọa']);

/**
 * Every event in the article, in order of first mention. With `yearUnknown` (an article without
 * a date), a congress or a first session is dated by its day and the first year of its term.
 */
export function findEvents(doc: Doc, context: AreaContext, dates: DateIndex, yearUnknown = false): EventSpan[] {
  const found: { candidate: Candidate; anchored: boolean }[] = [];
  let scenes: readonly (DateSpan | null)[] | null = null;
  for (const sentence of doc.sentences) {
    let planFrom: number | null = null;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      if (!mayStartEvent(doc.tokens, i)) continue;
      planFrom ??= planMarkerIn(doc.tokens, sentence.tokenStart, sentence.tokenEnd);
      const phrase = readEventPhrase(doc.tokens, i, sentence.tokenStart, context, planFrom);
      if (phrase === null) continue;
      const candidate = toCandidate(doc, phrase, sentence, dates);
      // A sitting ("phiên toàn thể", "phiên họp riêng") or a ceremony is part of the day the article's scene is set on.
      if (candidate.date === null && (phrase.kind === 'MEETING' || phrase.family === CEREMONY)) {
        scenes ??= sceneDates(doc, dates);
        candidate.date = scenes[sentence.paragraph]?.date ?? null;
      }
      found.push({ candidate, anchored: isAnchored(doc, phrase, sentence) });
      i = Math.max(i, phrase.end - 1);
    }
  }
  // Named mentions first, so that a head alone or an act finds the events named anywhere.
  const groups = new EventGroups();
  for (const pass of PASSES) {
    for (const { candidate, anchored } of found) if (pass.includes(candidate.phrase.form)) groups.add(candidate, anchored);
  }
  const all = groups.all();
  const events = all.map((group) => toEvent(doc, group.candidates));
  conveneSittings(all, events);
  if (yearUnknown) {
    for (const [index, group] of all.entries()) {
      const span = events[index] as EventSpan;
      dateByTerm(doc, group.candidates, span);
      if (span.event.date === null) keepDayText(doc, group.candidates, span.event);
    }
  }
  return events;
}

/** "Chiều 16/11, kỳ họp thứ 6 …" with no year known: the day as written, with no date. */
function keepDayText(doc: Doc, group: readonly Candidate[], event: EventMention): void {
  for (const { sentence } of group) {
    const text = firstYearlessDayText(doc, sentence.tokenStart, sentence.tokenEnd);
    if (text !== null) {
      event.dateText = text;
      return;
    }
  }
}

/**
 * A congress opens its term and a first session is the first of its council's term: "Sáng
 * 22-8, … tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030" is 22 August 2025.
 */
function dateByTerm(doc: Doc, group: readonly Candidate[], span: EventSpan): void {
  const { event } = span;
  const startYear = event.term?.startYear ?? null;
  if (event.date !== null || startYear === null) return;
  if (event.kind !== 'CONGRESS' && !(event.kind === 'SESSION' && event.ordinal === 1)) return;
  for (const { sentence } of group) {
    const day = firstDayWithYear(doc, sentence.tokenStart, sentence.tokenEnd, startYear);
    if (day !== null) {
      event.date = day.date;
      span.termDay = day;
      return;
    }
  }
}

const CEREMONY = 'lễ';
const LOOSE_MEETING_WORD = 'hội nghị';
// A sitting is held within a body's meeting: "phiên toàn thể tại hội trường" on a working day of the National Assembly.
const SITTINGS = new Set(['phiên toàn thể', 'phiên chất vấn', 'phiên khai mạc', 'phiên bế mạc']);

/**
 * "Ngày 12/3 là ngày làm việc thứ ba của Quốc hội … phiên toàn thể do … điều hành": a sitting
 * that names no body is convened by the body of the latest meeting named before it on its day.
 */
function conveneSittings(groups: readonly Group[], events: readonly EventSpan[]): void {
  events.forEach(({ event }, index) => {
    if (event.convenedBy !== null || event.date?.precision !== 'DAY' || !SITTINGS.has((groups[index] as Group).family)) return;
    for (let before = index - 1; before >= 0; before--) {
      const other = (events[before] as EventSpan).event;
      if (other.convenedBy === null || !isSameDay(other.date, event.date)) continue;
      event.convenedBy = other.convenedBy;
      return;
    }
  });
}

function isSameDay(a: PartialDate | null, b: PartialDate): boolean {
  return a?.precision === 'DAY' && b.precision === 'DAY' && a.year === b.year && a.month === b.month && a.day === b.day;
}

const PASSES: readonly (readonly EventForm[])[] = [['named'], ['bare', 'anaphor'], ['act']];

// "Hội nghị do … chủ trì", "Hội nghị có sự tham dự của …": a head alone, as the subject of its report.
const BARE_SUBJECT_FOLLOWERS = new Set(['do', 'có']);

function isAnchored(doc: Doc, phrase: EventPhrase, sentence: Sentence): boolean {
  if (phrase.start === sentence.tokenStart && BARE_SUBJECT_FOLLOWERS.has(doc.tokens[phrase.end]?.lower ?? '')) return true;
  for (let k = phrase.start - 1; k >= Math.max(sentence.tokenStart, phrase.start - 2); k--) {
    if (BARE_ANCHORS.match(doc.tokens, k)?.end === phrase.start) return true;
  }
  return false;
}

function toCandidate(doc: Doc, phrase: EventPhrase, sentence: Sentence, dates: DateIndex): Candidate {
  const own = dates.firstIn(sentence.tokenStart, sentence.tokenEnd);
  const paragraph = doc.paragraphs[sentence.paragraph];
  const opening = own === null && paragraph !== undefined ? dates.openingOf(paragraph, doc.tokens) : null;
  const date = (own ?? opening)?.date ?? null;
  const isWholeSentence = phrase.start === sentence.tokenStart && sentence.tokenEnd - phrase.end <= 1;
  // "UBND tỉnh họp phiên thường kỳ tháng 12" (headline) then "Ngày 19-12, …": the day says more than the month.
  const score = (own === null ? 0 : own.date.precision === 'DAY' ? 2 : 1) + (phrase.term !== null ? 1 : 0) + (isWholeSentence ? 0 : 1);
  // "Trước đó, ngày 26-6, … trao quyết định": a day without its year still sets a scene of its own.
  const ownDate = own !== null || (phrase.form === 'act' && writesDay(doc, sentence.tokenStart, sentence.tokenEnd));
  return { phrase, sentence, date, ownDate, score };
}

interface Group {
  /** In text order. */
  candidates: Candidate[];
  family: string;
  body: string | null;
  ordinal: number | null;
  /** Some mention names it (a body, an ordinal, a purpose) or reports its act. */
  named: boolean;
}

/**
 * Which event each mention belongs to:
 * - a named mention joins an event of its family whose ordinal and body do not contradict its
 *   own (the same ordinal and body first), else starts one;
 * - a head alone ("tại Hội nghị") is the latest event of its family named before it, or, when
 *   none was and it stands where an event is reported ("Tại Đại hội, …", "dự Hội nghị"), an event
 *   of its own;
 * - an act ("trao quyết định cho …") belongs to the event named in its sentence, else to the
 *   article's first event, unless its sentence gives a day of its own (a scene of its own).
 */
class EventGroups {
  private readonly groups: Group[] = [];
  /** The first group named in each sentence. */
  private readonly bySentence = new Map<Sentence, Group>();
  /** The group named first in the text. */
  private first: Group | undefined;

  add(candidate: Candidate, anchored: boolean): void {
    const { form } = candidate.phrase;
    const group = this.groupOf(candidate);
    if (group === undefined) {
      if (form === 'anaphor' || (form === 'bare' && !anchored)) return;
      this.groups.push(this.start(candidate));
      return;
    }
    insertInOrder(group.candidates, candidate);
    if (!this.bySentence.has(candidate.sentence)) this.bySentence.set(candidate.sentence, group);
    if (form === 'bare' || form === 'anaphor') return;
    group.named = true;
    group.ordinal ??= candidate.phrase.ordinal;
    group.body ??= candidate.phrase.convenedBy?.name ?? null;
  }

  /** In order of first mention. */
  all(): Group[] {
    return [...this.groups].sort((a, b) => firstStart(a) - firstStart(b));
  }

  private start(candidate: Candidate): Group {
    const { phrase } = candidate;
    const group: Group = {
      candidates: [candidate],
      family: phrase.family,
      body: phrase.convenedBy?.name ?? null,
      ordinal: phrase.ordinal,
      named: phrase.form === 'named' || phrase.form === 'act',
    };
    if (!this.bySentence.has(candidate.sentence)) this.bySentence.set(candidate.sentence, group);
    if (this.first === undefined || firstStart(group) < firstStart(this.first)) this.first = group;
    return group;
  }

  private groupOf(candidate: Candidate): Group | undefined {
    const { phrase } = candidate;
    switch (phrase.form) {
      case 'bare':
      case 'anaphor': {
        const sameFamily = latestBefore(
          this.groups.filter((group) => group.family === phrase.family || isCeremonyConference(phrase, group)),
          phrase.start,
        );
        return sameFamily ?? this.meetingJustNamed(candidate);
      }
      case 'act': {
        const sameSentence = this.bySentence.get(candidate.sentence);
        if (sameSentence !== undefined) return sameSentence;
        return candidate.ownDate ? this.headAloneAfter(candidate.phrase) : this.first;
      }
      case 'named':
        return this.bestNamed(candidate);
    }
  }

  /**
   * "… tổ chức Kỳ họp thứ 14. Đồng chí A, B đồng chủ trì hội nghị.": "hội nghị" alone is the loose
   * word for any meeting; with none of its own family before it, it is the meeting named last in
   * its paragraph.
   */
  private meetingJustNamed(candidate: Candidate): Group | undefined {
    if (candidate.phrase.family !== LOOSE_MEETING_WORD) return undefined;
    const latest = latestBefore(this.groups, candidate.phrase.start);
    const mention = latest?.candidates[countBefore(latest.candidates, candidate.phrase.start) - 1];
    return latest?.named === true && mention?.sentence.paragraph === candidate.sentence.paragraph ? latest : undefined;
  }

  /**
   * "Chiều 8/1, Ban Tổ chức Trung ương công bố quyết định … Dự hội nghị có …": a ceremony told by
   * its act, then called by its head alone, with no event named in between.
   */
  private headAloneAfter(act: EventPhrase): Group | undefined {
    let next: Group | undefined;
    for (const group of this.groups) {
      const start = firstStart(group);
      if (start > act.start && (next === undefined || start < firstStart(next))) next = group;
    }
    return next !== undefined && !next.named && isCeremonyConference(act, next) ? next : undefined;
  }

  private bestNamed(candidate: Candidate): Group | undefined {
    const { phrase } = candidate;
    const body = phrase.convenedBy?.name ?? null;
    let best: Group | undefined;
    let bestScore = -1;
    for (const group of this.groups) {
      if (!group.named || group.family !== phrase.family) continue;
      if (group.ordinal !== null && phrase.ordinal !== null && group.ordinal !== phrase.ordinal) continue;
      if (group.body !== null && body !== null && group.body !== body) continue;
      const score = (group.ordinal !== null && group.ordinal === phrase.ordinal ? 2 : 0) + (group.body !== null && group.body === body ? 1 : 0);
      if (score > bestScore) {
        best = group;
        bestScore = score;
      }
    }
    return best;
  }
}

/**
 * "Tại buổi lễ" after "Hội nghị công bố quyết định …", and "Dự hội nghị có …" after "Ban Tổ chức
 * Trung ương công bố quyết định …": a ceremony and the conference that holds it are one event.
 */
function isCeremonyConference(phrase: EventPhrase, group: Group): boolean {
  const first = group.candidates[0]?.phrase;
  if (first === undefined) return false;
  return (phrase.family === CEREMONY && (first.kind === 'CONFERENCE' || group.family === CEREMONY)) || (phrase.kind === 'CONFERENCE' && group.family === CEREMONY);
}

/** The group with the latest mention before token `position`. */
function latestBefore(groups: readonly Group[], position: number): Group | undefined {
  let found: Group | undefined;
  let foundAt = -1;
  for (const group of groups) {
    const before = group.candidates[countBefore(group.candidates, position) - 1];
    if (before !== undefined && before.phrase.start > foundAt) {
      found = group;
      foundAt = before.phrase.start;
    }
  }
  return found;
}

/** How many candidates (in text order) start before token `position`. */
function countBefore(candidates: readonly Candidate[], position: number): number {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((candidates[middle] as Candidate).phrase.start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Keeps candidates in text order; they mostly come in order, so this is usually a push. */
function insertInOrder(candidates: Candidate[], candidate: Candidate): void {
  candidates.splice(countBefore(candidates, candidate.phrase.start), 0, candidate);
}

function firstStart(group: Group): number {
  return group.candidates[0]?.phrase.start ?? 0;
}

function toEvent(doc: Doc, group: Candidate[]): EventSpan {
  const naming = group.filter((candidate) => candidate.phrase.form === 'named' || candidate.phrase.form === 'act');
  const pool = naming.length > 0 ? naming : group;
  const best = pool.reduce((a, b) => (b.score > a.score ? b : a));
  const named = pool.find((candidate) => candidate.phrase.ordinal !== null) ?? pool.find((candidate) => candidate.phrase.form === 'named') ?? best;
  const { phrase, sentence } = best;
  const event: EventMention = {
    kind: named.phrase.kind,
    name: nameOf(named.phrase, group),
    ordinal: named.phrase.ordinal,
    term: mergeTerms(group.map((candidate) => candidate.phrase.term)),
    // "tại hội nghị do Ban Tổ chức Trung ương tổ chức": a head alone may name who convened it.
    convenedBy: (pool.find((candidate) => candidate.phrase.convenedBy !== null) ?? group.find((candidate) => candidate.phrase.convenedBy !== null))?.phrase.convenedBy ?? null,
    date: best.date ?? pool.find((candidate) => candidate.date !== null)?.date ?? null,
    participants: [],
    evidence: sentenceEvidence(doc, sentence, phrase.start, phrase.end - 1),
  };
  const mentions = group.map((candidate) => ({ start: candidate.phrase.start, end: candidate.phrase.end }));
  return { event, start: phrase.start, end: phrase.end, mentions };
}

/** "Tại buổi lễ, A trao quyết định …": an event known by a head alone and an act is "Buổi lễ trao quyết định". */
function nameOf(phrase: EventPhrase, group: readonly Candidate[]): string {
  if (phrase.form !== 'act') return phrase.name;
  const head = group.find((candidate) => candidate.phrase.form === 'bare');
  return head === undefined ? phrase.name : `${head.phrase.name} ${phrase.name.charAt(0).toLowerCase()}${phrase.name.slice(1)}`;
}

/** One term from several mentions: "khóa XXV" from one, "nhiệm kỳ 2020-2025" from another. */
function mergeTerms(terms: readonly (Term | null)[]): Term | null {
  const present = terms.filter((term): term is Term => term !== null);
  if (present.length === 0) return null;
  return {
    name: present.find((term) => term.name !== null)?.name ?? null,
    startYear: present.find((term) => term.startYear !== null)?.startYear ?? null,
    endYear: present.find((term) => term.endYear !== null)?.endYear ?? null,
  };
}
