import type { ChangeKind, ChangeMention, TitleMention } from '../domain/extraction.js';
import type { Role } from '../domain/roles.js';
import { clausesOf } from './change-clauses.js';
import { NEWCOMER_VERB, newcomers } from './change-newcomers.js';
import { listEndingAt, peopleOfVerb } from './change-people.js';
import { announcedPosts, rosterEntries, type AnnouncedPost, type UnnamedDecision } from './change-rosters.js';
import { dedupeChanges, refineKind } from './change-rules.js';
import { changeVerbsIn, continuesPost, isForPension, isInterimDuty, isOwnRequest, TAKES_UP, type ChangeVerb } from './change-verbs.js';
import { firstYearlessDayText, type DateIndex, type DateSpan } from './dates.js';
import { referredDecisionDate } from './decision-dates.js';
import { sentenceAt, type Doc } from './doc.js';
import { sentenceEvidence } from './evidence.js';
import { phraseSet } from './lexicon.js';
import { hasPlannedWord } from './planned.js';
import type { PersonSpan } from './persons.js';
import { isEffective, sceneDates } from './scenes.js';
import type { Sentence } from './sentences.js';
import { bulletedMembers, type SpanIndex } from './shared-titles.js';
import { firstStartingAtOrAfter } from './spans.js';
import type { TitleLink } from './title-links.js';
import type { TitleSpan } from './titles.js';

/**
 * Reported starts and ends of tenures: "được bầu giữ chức", "bổ nhiệm", "điều động, chỉ định",
 * "thôi giữ chức", "nghỉ hưu", … (change-verbs.ts) with the people the verb is about
 * (change-people.ts) and the post each takes up or leaves. "sẽ", "dự kiến", "đề nghị" before
 * the verb: planned.
 */

const MAX_TITLES_TO_SKIP = 8;
// "… quyết định chỉ định các chức danh chủ chốt. … Theo đó, bà A giữ chức Bí thư": sentences apart.
const MAX_DECISION_DISTANCE = 3;
const STAFF_WORDS = phraseSet(['chức danh', 'nhân sự', 'cán bộ', 'ban chấp hành', 'ban thường vụ']);
const MAX_STAFF_REACH = 20;
// "Ngoài ra, 7 nhân sự khác được điều động, bổ nhiệm. Đó là …": the staff named before the verb.
const MAX_STAFF_BEFORE = 5;
// "bầu các ông A, B lần lượt giữ chức X, Y": the posts in the order of the people.
const RESPECTIVELY = phraseSet(['lần lượt']);
const MAX_COUNTED_TITLES = 3;
const HELD_THEN = phraseSet(['đang là', 'đang giữ chức', 'đang giữ chức vụ', 'đang đảm nhiệm']);
const MAX_HELD_WHEN_REACH = 25;
// "A chúc mừng những người vừa được bầu giữ chức …": A greets them, the post is not A's.
const GREETINGS = phraseSet(['chúc mừng', 'tặng hoa', 'biểu dương', 'phát biểu', 'giao nhiệm vụ']);
const MAX_NEW_HOLDER_GAP = 3;
const SIGNS = phraseSet(['ký', 'trao', 'công bố']);
const RECEIVES = new Set(['được', 'nhận']);
const SHARED_SUBJECT = new Set(['để', 'và', 'rồi', 'được', 'đã']);
const MAX_SHARED_SUBJECT_GAP = 3;
const COUNTS = new Set(['hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'các', 'những']);
// Seats kept through a move ("Ủy viên Trung ương Đảng"): not the post a transfer leaves.
const ASSISTING: ReadonlySet<Role> = new Set(['ASSISTANT', 'AIDE']);
const SEATS: ReadonlySet<Role> = new Set(['MEMBER', 'ALTERNATE_MEMBER', 'STANDING_COMMITTEE_MEMBER', 'DELEGATE', 'COUNCIL_DELEGATE']);

/** Every reported change, in order. */
export function findChanges(doc: Doc, persons: readonly PersonSpan[], titles: readonly TitleSpan[], links: readonly TitleLink[], dates: DateIndex): ChangeMention[] {
  const byStart = links.map((link) => ({ start: link.title.start, link })).sort((a, b) => a.start - b.start);
  const inPerson = new Uint8Array(doc.tokens.length);
  for (const person of persons) inPerson.fill(1, person.start, person.end);
  const inTitle = new Uint8Array(doc.tokens.length);
  for (const title of titles) inTitle.fill(1, title.start, title.end);
  const free: FreeTitles = {
    titles,
    attached: new Set<TitleMention>(persons.flatMap((person) => person.mention.titles)),
    linked: new Set(links.map((link) => link.title)),
  };
  const found: Found[] = [];
  const scenes = sceneDates(doc, dates);
  const announced: AnnouncedPost[] = [];
  const linksOf = linksByTitle(links);
  const spans = lazySpans(doc, persons, titles);
  let unnamed: UnnamedDecision | null = null;
  doc.sentences.forEach((sentence, sentenceIndex) => {
    const verbs = changeVerbsIn(doc, sentence, inPerson);
    if (verbs.length === 0) {
      const decision = unnamed !== null && sentenceIndex - unnamed.sentence <= MAX_DECISION_DISTANCE ? unnamed : null;
      const entries = rosterEntries(doc, sentence, { titles, persons, linksOf, spans }, announced, decision);
      for (const entry of entries) {
        const { kind, planned, verb } = entry.announced;
        found.push({ kind, sentence, start: entry.start, end: entry.end, planned, verb, person: entry.person, title: entry.title });
      }
      return;
    }
    let previousPeople: PersonSpan[] = [];
    let previousPlanned = false;
    let previousPosts = new Map<PersonSpan, TitleMention>();
    const readOpener = (verb: ChangeVerb, clauseStart: number, scopeEnd: number) => ({ kind: kindOf(doc, verb, scopeEnd, inTitle), planned: hasPlannedWord(doc.tokens, clauseStart, verb.start) });
    for (const { verb, clauseStart, scopeEnd, opener } of clausesOf(doc, sentence, verbs, readOpener)) {
      // "thôi giữ chức X để nhận nhiệm vụ mới là Y": the post left is X, not the one after "để".
      const postsEnd = TAKES_UP.has(verb.kind) ? scopeEnd : purposeStart(doc, verb.end, scopeEnd);
      const own: TitleLink[] = [];
      for (let k = firstStartingAtOrAfter(byStart, verb.end); k < byStart.length && (byStart[k]?.start ?? postsEnd) < postsEnd; k++) own.push((byStart[k] as { link: TitleLink }).link);
      if (own.length === 0 && isInterimDuty(doc, verb, scopeEnd)) continue;
      const read = opener ?? readOpener(verb, clauseStart, scopeEnd);
      const { kind } = read;
      // "Quốc hội sẽ miễn nhiệm ông A và bầu …": the plan holds for the verb joined by "và".
      const planned: boolean = read.planned || (previousPlanned && doc.tokens[verb.start - 1]?.lower === 'và');
      previousPlanned = planned;
      const base = { kind, sentence, start: verb.start, end: verb.end, planned, verb: verb.words, heldThen: heldWhen(doc, titles, clauseStart, verb.start) };
      const clauseFound = found.length;
      const posted = new Set<PersonSpan>();
      let people = peopleOfVerb(doc, persons, verb.start, verb.end, clauseStart, scopeEnd);
      // "miễn nhiệm ông A và bầu Chủ tịch mới": the new holder is not named here.
      if (TAKES_UP.has(kind) && namesNewHolder(doc, free, verb)) people = people.filter((person) => person.start > verb.end);
      // "A chúc mừng những người vừa được bầu giữ chức …": A acts, the post is not theirs.
      for (const link of lastPerBody(own.filter((link) => !greetsBefore(doc, link.person, sentence, verb)))) {
        // "…; các đồng chí B, C giữ chức Phó Bí thư": the post linked to C is B's too.
        const mates = link.person.start >= verb.end && !saysRespectively(doc, link.person.end, link.title.start) ? listMates(doc, persons, link.person, verb.end) : [];
        for (const person of [link.person, ...mates.filter((mate) => mate !== link.person && !posted.has(mate))]) {
          found.push({ ...base, person, title: link.mention });
          posted.add(person);
        }
      }
      // "thôi giữ chức X, nghỉ công tác": the second verb leaves the post the first one left.
      const continued = people.length === 0 && posted.size === 0 && opener === null && continuesSubject(doc, clauseStart, verb.start, inTitle);
      if (continued) people = previousPeople;
      if (people.length === 0 && posted.size === 0 && opensBullets(doc, scopeEnd)) people = bulletedMembers(doc, persons, scopeEnd);
      if (people.length === 0 && posted.size === 0) {
        const posts = unclaimedIn(free, verb.end, scopeEnd);
        announced.push(...announcedPosts(posts, kind, planned, verb.words));
        if (posts.length > 0 || namesStaff(doc, Math.max(clauseStart, verb.start - MAX_STAFF_BEFORE), scopeEnd)) unnamed = { kind, planned, verb: verb.words, sentence: sentenceIndex };
      }
      previousPeople = people.length > 0 ? people : [...posted];
      const posts = postsOf(doc, people, own, free, verb, clauseStart, postsEnd);
      const left = previousPosts;
      previousPosts = new Map();
      for (let k = clauseFound; k < found.length; k++) {
        const change = found[k] as Found;
        if (change.title !== null && !TAKES_UP.has(change.kind)) previousPosts.set(change.person, change.title);
      }
      people.forEach((person, k) => {
        const title = posts[k] ?? (continued && !TAKES_UP.has(kind) ? (left.get(person) ?? null) : null);
        if (!posted.has(person)) found.push({ ...base, person, title });
        if (title !== null && !TAKES_UP.has(kind)) previousPosts.set(person, title);
      });
    }
  });
  const changed = new Set(found.map((change) => change.person.mention.name));
  for (const newcomer of newcomers(doc, titles, persons, linksOf, changed)) {
    const sentence = sentenceAt(doc, newcomer.start);
    if (sentence !== undefined) found.push({ ...newcomer, sentence, planned: false, verb: NEWCOMER_VERB });
  }
  const changes = found.map((change) => toChange(doc, change, changeDate(doc, change, dates, scenes)));
  found.forEach((change, k) => leaveApposition(doc, change, changes[k] as ChangeMention));
  return dedupeChanges(changes);
}

// Kept through a move besides the seats: a Secretary of the Central Committee, a deputy's seat.
const KEPT_THROUGH_MOVES: ReadonlySet<Role> = new Set([...SEATS, 'SECRETARIAT_MEMBER', 'NATIONAL_ASSEMBLY_DEPUTY']);

/**
 * "điều động ông A, Tổng Thư ký, Chủ nhiệm Văn phòng Quốc hội, làm Bí thư …": a move carried
 * out leaves every post of the person's apposition, not only the one read as left (which the
 * change ends itself); the seats stay. The others are marked former on this person only (a
 * title shared by a list is copied, not changed).
 */
function leaveApposition(doc: Doc, found: Found, change: ChangeMention): void {
  if (change.kind !== 'TRANSFERRED' || change.planned || change.fromTitle === null || found.verb === NEWCOMER_VERB) return;
  const { person } = found;
  const [from, to] = [doc.tokens[person.start]?.start ?? 0, doc.tokens[person.end - 1]?.end ?? 0];
  const titles = person.mention.titles;
  titles.forEach((title, k) => {
    if (title.evidence.start < from || title.evidence.end > to || title.status === 'FORMER') return;
    if (title === change.fromTitle || title === change.title || KEPT_THROUGH_MOVES.has(title.role)) return;
    if (title.body !== null && title.body.name === change.title?.body?.name) return;
    titles[k] = { ...title, status: 'FORMER' };
  });
}

interface Found {
  kind: ChangeKind;
  person: PersonSpan;
  sentence: Sentence;
  start: number;
  end: number;
  planned: boolean;
  verb: string;
  title: TitleMention | null;
  /** The post the sentence says the person held then: "khi đang là <title>, ông được bổ nhiệm …". */
  heldThen?: TitleMention | null;
}

interface FreeTitles {
  titles: readonly TitleSpan[];
  /** Titles of a person's own apposition chain. */
  attached: ReadonlySet<TitleMention>;
  /** Titles a verb or cue gave to a person (title-links.ts). */
  linked: ReadonlySet<TitleSpan>;
}

function linksByTitle(links: readonly TitleLink[]): Map<TitleSpan, TitleLink[]> {
  const byTitle = new Map<TitleSpan, TitleLink[]>();
  for (const link of links) byTitle.set(link.title, [...(byTitle.get(link.title) ?? []), link]);
  return byTitle;
}

/** Where people and titles are, counted once and only when a roster asks. */
function lazySpans(doc: Doc, persons: readonly PersonSpan[], titles: readonly TitleSpan[]): () => SpanIndex {
  let spans: SpanIndex | null = null;
  return () => {
    if (spans !== null) return spans;
    const personAt = new Int32Array(doc.tokens.length).fill(-1);
    persons.forEach((person, index) => personAt.fill(index, person.start, person.end));
    const titleStarts = new Uint8Array(doc.tokens.length);
    for (const title of titles) titleStarts[title.start] = 1;
    spans = { personAt, titleStarts };
    return spans;
  };
}

/** "chỉ định … các chức danh chủ chốt", "7 nhân sự khác được điều động": a decision about posts, its people told next. */
function namesStaff(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + MAX_STAFF_REACH); k++) if (STAFF_WORDS.match(doc.tokens, k) !== null) return true;
  return false;
}

/** "… phân công tham gia Ban Bí thư gồm:" closing its line: the list follows in bulleted lines. */
function opensBullets(doc: Doc, scopeEnd: number): boolean {
  return doc.tokens[scopeEnd - 1]?.text === ':' && doc.tokens[scopeEnd]?.kind === 'newline';
}

/** The titles in tokens [from, to) that belong to no one: the posts a decision names. */
function unclaimedIn(free: FreeTitles, from: number, to: number): TitleMention[] {
  const posts: TitleMention[] = [];
  for (let k = firstStartingAtOrAfter(free.titles, from); k < free.titles.length && (free.titles[k] as TitleSpan).start < to; k++) {
    const title = free.titles[k] as TitleSpan;
    if (!free.attached.has(title.mention) && !free.linked.has(title)) posts.push(title.mention);
  }
  return posts;
}

function saysRespectively(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (RESPECTIVELY.match(doc.tokens, k) !== null) return true;
  return false;
}

/** The people of the list `person` ends, all after the verb. */
function listMates(doc: Doc, persons: readonly PersonSpan[], person: PersonSpan, verbEnd: number): PersonSpan[] {
  return listEndingAt(doc.tokens, persons, persons.indexOf(person)).filter((mate) => mate.start >= verbEnd);
}

/** The first "để" (in order to) after a verb of leaving, or `to`. */
function purposeStart(doc: Doc, from: number, to: number): number {
  for (let k = from; k < to; k++) if (doc.tokens[k]?.lower === 'để') return k;
  return to;
}

/** The verb's kind in its clause: "được bầu tiếp tục giữ chức" re-elects, "thôi giữ chức theo nguyện vọng" resigns. */
function kindOf(doc: Doc, verb: ChangeVerb, scopeEnd: number, inTitle: Uint8Array): ChangeKind {
  if (verb.kind === 'ELECTED' && continuesPost(doc, verb, scopeEnd)) return 'RE_ELECTED';
  if (verb.kind === 'RELIEVED' && verb.words.endsWith('nghỉ công tác') && (isForPension(doc, verb, scopeEnd) || followsRelief(doc, verb, inTitle))) return 'RETIRED';
  if (verb.kind === 'RELIEVED' && isOwnRequest(doc, verb, scopeEnd)) return 'RESIGNED';
  return verb.kind;
}

const RELIEF_BEFORE_POST = phraseSet(['thôi giữ chức', 'thôi giữ chức vụ', 'thôi chức']);
const MAX_LEFT_POSTS_REACH = 30;

/**
 * "thôi giữ chức Thứ trưởng, nghỉ công tác từ ngày …": the post left, then all duty, with no new
 * post: a retirement ("nghỉ công tác" alone stays a relief).
 */
function followsRelief(doc: Doc, verb: ChangeVerb, inTitle: Uint8Array): boolean {
  let k = verb.start - 1;
  if (doc.tokens[k]?.text !== ',') return false;
  k--;
  const floor = Math.max(0, verb.start - MAX_LEFT_POSTS_REACH);
  while (k >= floor && (inTitle[k] === 1 || doc.tokens[k]?.text === ',')) k--;
  if (k === verb.start - 2) return false;
  for (let start = k - 3; start <= k - 1; start++) if (start >= 0 && RELIEF_BEFORE_POST.match(doc.tokens, start)?.end === k + 1) return true;
  return false;
}

/** "bầu Chủ tịch nước mới", "bổ nhiệm giữ chức Giám đốc mới": a post right after the verb, then "mới". */
function namesNewHolder(doc: Doc, free: FreeTitles, verb: ChangeVerb): boolean {
  const title = free.titles[firstStartingAtOrAfter(free.titles, verb.end)];
  if (title === undefined || title.start - verb.end > MAX_NEW_HOLDER_GAP) return false;
  for (let k = verb.end; k < title.start; k++) if (doc.tokens[k]?.kind !== 'word') return false;
  return doc.tokens[title.end]?.lower === 'mới';
}

/** "khi đang là Phó Chủ tịch UBND tỉnh, ông được bổ nhiệm …": the title after "đang là" before the verb. */
function heldWhen(doc: Doc, titles: readonly TitleSpan[], from: number, verbStart: number): TitleMention | null {
  for (let k = Math.max(from, verbStart - MAX_HELD_WHEN_REACH); k < verbStart; k++) {
    const cue = HELD_THEN.match(doc.tokens, k);
    if (cue === null) continue;
    const title = titles[firstStartingAtOrAfter(titles, cue.end)];
    return title !== undefined && title.start === cue.end && title.end <= verbStart ? title.mention : null;
  }
  return null;
}

/** Whether the person greets, addresses or signs for those changed, before the verb in its sentence. */
function greetsBefore(doc: Doc, person: PersonSpan, sentence: Sentence, verb: ChangeVerb): boolean {
  if (person.start < sentence.tokenStart || person.end > verb.start) return false;
  for (let k = person.end; k < verb.start; k++) {
    if (GREETINGS.match(doc.tokens, k) !== null) return true;
    // "A đã ký các quyết định phê chuẩn kết quả bầu …": A signs; "A được trao quyết định" is A's.
    if (SIGNS.match(doc.tokens, k) !== null && !RECEIVES.has(doc.tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** "được miễn nhiệm để nghỉ chế độ": the second verb has the first one's subject. */
function continuesSubject(doc: Doc, from: number, to: number, inTitle: Uint8Array): boolean {
  // "thôi giữ chức Bí thư Tỉnh ủy, nghỉ hưu theo chế độ": the post the first verb left comes between.
  let start = from;
  while (start < to && inTitle[start] === 1) start++;
  const skipped = start > from && (doc.tokens[start]?.text === ',' || doc.tokens[start]?.text === ';');
  if (skipped) start++;
  if (to - start > MAX_SHARED_SUBJECT_GAP) return false;
  for (let k = start; k < to; k++) if (!SHARED_SUBJECT.has(doc.tokens[k]?.lower ?? '')) return false;
  return true;
}

/** One change per person and body: "thôi giữ chức Ủy viên, Chủ nhiệm Ủy ban Kiểm tra" is one. */
function lastPerBody(links: readonly TitleLink[]): TitleLink[] {
  const byKey = new Map<string, TitleLink>();
  for (const link of links) byKey.set(`${link.person.mention.name}|${link.mention.body?.name ?? link.title.start}`, link);
  return [...byKey.values()];
}

/**
 * The post each of `people` takes up or leaves, when no link gave one: the post of the next
 * person of the list who has one ("ông B, ông C giữ chức Phó Bí thư"), the posts after "lần
 * lượt" in order, the free title after the verb ("bầu ba người giữ chức Phó Bí thư: …", "bầu ông
 * A, Phó Bí thư, giữ chức Chủ tịch"), or the counted title before it ("Ba Phó Bí thư Tỉnh ủy
 * được chỉ định là: …").
 */
function postsOf(doc: Doc, people: readonly PersonSpan[], own: readonly TitleLink[], free: FreeTitles, verb: ChangeVerb, clauseStart: number, scopeEnd: number): (TitleMention | null)[] {
  const linked = new Map<PersonSpan, TitleMention>();
  for (const link of own) if (!linked.has(link.person)) linked.set(link.person, link.mention);
  const respectively = respectivePosts(doc, free, people, scopeEnd);
  const first = people[0];
  const between = first !== undefined && first.start >= verb.end ? freeTitleIn(free, verb.end, first.start) : null;
  return people.map((person, k) => {
    // "ông B, ông C giữ chức Phó Bí thư"; "miễn nhiệm chức X đối với ông A, ông B": A's post is B's.
    const shared = people.slice(k + 1).find((other) => linked.has(other)) ?? people.slice(0, k).find((other) => linked.has(other) && other.start > verb.end);
    if (shared !== undefined) return linked.get(shared) ?? null;
    return respectively?.[k] ?? between ?? freeTitleIn(free, Math.max(verb.end, person.end), scopeEnd) ?? countedTitleBefore(doc, free, clauseStart, verb.start);
  });
}

function respectivePosts(doc: Doc, free: FreeTitles, people: readonly PersonSpan[], scopeEnd: number): TitleMention[] | null {
  const last = people[people.length - 1];
  if (people.length < 2 || last === undefined) return null;
  for (let k = last.end; k < Math.min(scopeEnd, last.end + 3); k++) {
    if (RESPECTIVELY.match(doc.tokens, k) === null) continue;
    const posts: TitleMention[] = [];
    for (let j = firstStartingAtOrAfter(free.titles, k); j < free.titles.length && (free.titles[j] as TitleSpan).start < scopeEnd; j++) {
      const title = free.titles[j] as TitleSpan;
      if (!free.attached.has(title.mention)) posts.push(title.mention);
    }
    return posts.length === people.length ? posts : null;
  }
  return null;
}

/** "Hai tân Phó Chủ tịch UBND tỉnh trúng cử là …": a title after a count, before the verb. */
function countedTitleBefore(doc: Doc, free: FreeTitles, from: number, to: number): TitleMention | null {
  const first = firstStartingAtOrAfter(free.titles, from);
  for (let k = first; k < Math.min(free.titles.length, first + MAX_COUNTED_TITLES); k++) {
    const title = free.titles[k] as TitleSpan;
    if (title.end > to) break;
    let count = doc.tokens[title.start - 1];
    if (count?.lower === 'tân') count = doc.tokens[title.start - 2];
    const counted = count?.kind === 'number' || COUNTS.has(count?.lower ?? '');
    if (counted && !free.attached.has(title.mention)) return title.mention;
  }
  return null;
}

/** The first title in tokens [from, to) that belongs to no person: the post in "giữ chức <title>". */
function freeTitleIn(free: FreeTitles, from: number, to: number): TitleMention | null {
  const first = firstStartingAtOrAfter(free.titles, from);
  for (let k = first; k < Math.min(free.titles.length, first + MAX_TITLES_TO_SKIP) && (free.titles[k] as TitleSpan).start < to; k++) {
    const title = free.titles[k] as TitleSpan;
    if (!free.attached.has(title.mention) && !free.linked.has(title)) return title.mention;
  }
  return null;
}

/**
 * The day a change takes effect: the date after its verb introduced by "từ" ("được nghỉ hưu
 * theo chế độ từ ngày 1/4/2022", even after "Cùng ngày, … công bố quyết định nghỉ hưu:"), else
 * the sentence's first date, else the day of the decision it opens by referring to ("Theo
 * quyết định này, …"), else the paragraph's opening date ("Chiều cùng ngày, …"), else,
 * for a change carried out (not planned), the day of the scene it is told in (see sceneDates).
 */
function changeDate(doc: Doc, found: Found, dates: DateIndex, scenes: readonly (DateSpan | null)[]): DateSpan | null {
  const { sentence } = found;
  const effective = dates.within(found.end, sentence.tokenEnd).find((date) => date.date.precision !== 'YEAR' && isEffective(doc, date));
  if (effective !== undefined) return effective;
  const paragraph = doc.paragraphs[sentence.paragraph];
  const told =
    dates.firstIn(sentence.tokenStart, sentence.tokenEnd) ??
    referredDecisionDate(doc, sentence, doc.sentences[(doc.sentenceOf[sentence.tokenStart] ?? 0) - 1], dates) ??
    (paragraph === undefined ? null : dates.openingOf(paragraph, doc.tokens));
  return told ?? (found.planned ? null : (scenes[sentence.paragraph] ?? null));
}

function toChange(doc: Doc, found: Found, date: DateSpan | null): ChangeMention & { verb: string } {
  // "Tân Chủ tịch … A": the title read is the post taken up, not one held before.
  const held = found.verb === NEWCOMER_VERB ? null : (found.heldThen ?? heldPost(doc, found.person, found.title?.role ?? null));
  const title = found.title ?? (TAKES_UP.has(found.kind) ? null : held);
  const kind = refineKind(found.kind, found.verb, title, held);
  return {
    kind,
    person: found.person.mention.name,
    title,
    fromTitle: kind === 'TRANSFERRED' && found.verb !== NEWCOMER_VERB ? (found.heldThen ?? heldPost(doc, found.person, found.title?.role ?? null, true)) : null,
    date: date?.date ?? null,
    ...yearlessDay(doc, found, date),
    planned: found.planned,
    evidence: sentenceEvidence(doc, found.sentence, Math.min(found.start, found.person.start), Math.max(found.end, found.person.end) - 1),
    verb: found.verb,
  };
}

/** "Ngày 30/7, HĐND tỉnh … miễn nhiệm …" in an article whose year is unknown: the day as written. */
function yearlessDay(doc: Doc, found: Found, date: DateSpan | null): { dateText?: string } {
  if (date !== null) return {};
  const { sentence } = found;
  // Else the day the paragraph's first sentence tells ("Ngày 30/7, … . Kỳ họp đã miễn nhiệm …").
  const paragraph = doc.paragraphs[sentence.paragraph];
  const opening = paragraph === undefined ? undefined : doc.sentences[doc.sentenceOf[paragraph.tokenStart] ?? -1];
  const text =
    firstYearlessDayText(doc, sentence.tokenStart, sentence.tokenEnd) ??
    (opening === undefined || opening === sentence ? null : firstYearlessDayText(doc, opening.tokenStart, opening.tokenEnd));
  return text === null ? {} : { dateText: text };
}

/**
 * The post the person holds as their own apposition chain says (the mention's span, not a title
 * linked later): its last current title that is a post, not a seat kept through a move ("Ủy viên Trung
 * ương Đảng, Thứ trưởng Bộ Quốc phòng" → Thứ trưởng Bộ Quốc phòng), else, for the post a transfer
 * leaves (`leaving`), the post the chain calls just left ("Ủy viên Ban Thường vụ Tỉnh ủy (nguyên Chủ
 * nhiệm Ủy ban Kiểm tra)" → Chủ nhiệm), else its last current title.
 */
function heldPost(doc: Doc, person: PersonSpan, taken: Role | null = null, leaving = false): TitleMention | null {
  const [from, to] = [doc.tokens[person.start]?.start ?? 0, doc.tokens[person.end - 1]?.end ?? 0];
  let last: TitleMention | null = null;
  let lastPost: TitleMention | null = null;
  let formerPost: TitleMention | null = null;
  let assisting: TitleMention | null = null;
  for (const title of person.mention.titles) {
    if (title.evidence.start < from || title.evidence.end > to || SEATS.has(title.role) && title.status === 'FORMER') continue;
    if (title.status === 'FORMER') {
      formerPost = title;
      continue;
    }
    last = title;
    if (!SEATS.has(title.role)) lastPost = title;
    if (ASSISTING.has(title.role)) assisting ??= title;
  }
  // "Thư ký Bộ trưởng Công an, được bổ nhiệm giữ chức Thư ký Tổng Bí thư": the aide's own post.
  return (taken !== null && ASSISTING.has(taken) ? assisting : null) ?? lastPost ?? (leaving ? formerPost : null) ?? last;
}
