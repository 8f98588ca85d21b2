import type { ParticipantMention, ParticipationRole } from '../domain/extraction.js';
import type { Doc } from './doc.js';
import { sentenceEvidence } from './evidence.js';
import { EVENT_HEADS } from './event-phrase.js';
import type { EventSpan } from './events.js';
import { Lexicon, phraseSet } from './lexicon.js';
import type { PersonSpan } from './persons.js';
import type { Sentence } from './sentences.js';
import { firstStartingAtOrAfter } from './spans.js';

/**
 * Who did what at an event, from cue phrases and where the named people stand to them:
 * "Dự, chỉ đạo hội nghị có các đồng chí: A, …; B, …" (a list after the cue), "A, …, B, …
 * đồng chủ trì hội nghị" (the subjects before it), "Phát biểu kết luận hội nghị, đồng chí A"
 * (the person after a fronted cue), "với sự tham dự của A" (the people after "của"), "A trao
 * quyết định cho B" (the giver and the receiver).
 */

interface Cue {
  roles: ParticipationRole[];
  /** "dự", "kết luận", "chỉ đạo" count only before an event word or a list: not "dự toán". */
  needsEventOrList: boolean;
  /**
   * "do A điều hành": the subjects must follow "do" (not "A điều hành đảng bộ quận", an interim
   * duty), unless the cue names a sitting ("A điều hành phiên thảo luận", "Điều hành phiên họp là A").
   */
  needsDo: boolean;
  /** "A trao quyết định cho B": the person after "cho" took part too. */
  withReceiver: boolean;
  /**
   * "tặng hoa chúc mừng B", "Nhận nhiệm vụ, B cảm ơn …": what befalls the meeting's subject; someone
   * elected at the meeting is not taking part by it (the receiver of flowers, the speaker).
   */
  ofTheElected: boolean;
  /** "Nhận nhiệm vụ, A …": counts only opening its sentence, before a comma. */
  fronted: boolean;
  /**
   * "Theo A, …": A's words reported, which tell A spoke only in a report of a meeting: opening its
   * sentence, A right after it and a comma after A, and a meeting named earlier in the article.
   */
  reports: boolean;
  /** "A trình HĐND tỉnh tờ trình …": counts only with a document shortly after it (not "trình Bộ Chính trị xem xét"). */
  needsDocument: boolean;
}

const cue = (roles: ParticipationRole[], flags: Partial<Omit<Cue, 'roles'>> = {}): Cue => ({
  roles,
  needsEventOrList: flags.needsEventOrList ?? false,
  needsDo: flags.needsDo ?? false,
  withReceiver: flags.withReceiver ?? false,
  ofTheElected: flags.ofTheElected ?? false,
  fronted: flags.fronted ?? false,
  reports: flags.reports ?? false,
  needsDocument: flags.needsDocument ?? false,
});
const CUES = new Lexicon<Cue>([
  ['đồng chủ trì', cue(['CO_CHAIRED'])],
  ['cùng chủ trì', cue(['CO_CHAIRED'])],
  ['chủ trì', cue(['CHAIRED'])],
  ['dưới sự chủ trì', cue(['CHAIRED'])],
  ['chủ tọa', cue(['CHAIRED'])],
  ['thay mặt đoàn chủ tịch', cue(['CHAIRED'])],
  ['đoàn chủ tịch', cue(['CHAIRED'], { needsEventOrList: true })],
  ['điều hành', cue(['CHAIRED'], { needsDo: true })],
  ['dự , chỉ đạo', cue(['ATTENDED', 'DIRECTED'])],
  ['dự và chỉ đạo', cue(['ATTENDED', 'DIRECTED'])],
  ['dự , phát biểu chỉ đạo', cue(['ATTENDED', 'SPOKE', 'DIRECTED'])],
  ['dự và phát biểu chỉ đạo', cue(['ATTENDED', 'SPOKE', 'DIRECTED'])],
  ['tham dự', cue(['ATTENDED'], { needsEventOrList: true })],
  ['dự', cue(['ATTENDED'], { needsEventOrList: true })],
  ['sự hiện diện', cue(['ATTENDED'], { needsEventOrList: true })],
  ['phía', cue(['ATTENDED'], { needsEventOrList: true })],
  ['đại diện', cue(['ATTENDED'], { needsEventOrList: true })],
  ['chúc mừng', cue(['ATTENDED'], { needsEventOrList: true })],
  // "…; tại điểm cầu tỉnh X có ông A": who was at another end of an online meeting.
  ['; tại điểm cầu', cue(['ATTENDED'], { needsEventOrList: true })],
  [', tại điểm cầu', cue(['ATTENDED'], { needsEventOrList: true })],
  ['phát biểu chỉ đạo', cue(['SPOKE', 'DIRECTED'])],
  ['phát biểu nhận nhiệm vụ', cue(['SPOKE'], { ofTheElected: true, fronted: true })],
  ['nhận nhiệm vụ', cue(['SPOKE'], { ofTheElected: true, fronted: true })],
  ['tiếp nhận nhiệm vụ', cue(['SPOKE'], { ofTheElected: true, fronted: true })],
  ['theo', cue(['SPOKE'], { ofTheElected: true, reports: true })],
  ['phát biểu kết luận', cue(['SPOKE', 'CONCLUDED'])],
  ['phát biểu', cue(['SPOKE'])],
  ['báo cáo', cue(['SPOKE'])],
  ['trình bày', cue(['SPOKE'])],
  ['trình', cue(['SPOKE'], { needsDocument: true })],
  ['kết luận', cue(['CONCLUDED'], { needsEventOrList: true })],
  ['chỉ đạo', cue(['DIRECTED'], { needsEventOrList: true })],
  ['trao', cue(['ATTENDED'], { withReceiver: true })],
  ['tặng hoa', cue(['ATTENDED'], { withReceiver: true, ofTheElected: true })],
  ['nhận quyết định', cue(['ATTENDED'])],
  ['bàn giao', cue(['ATTENDED'], { withReceiver: true })],
  ['giao lại', cue(['ATTENDED'], { withReceiver: true })],
  ['công bố', cue(['ATTENDED'])],
  ['thông báo', cue(['ATTENDED'])],
  ['đọc', cue(['ATTENDED'])],
]);
// "trao đổi" is talking things over, not handing over; "phát biểu nhận …" is read as one cue.
const NOT_CUES = new Set(['đổi', 'nhận']);
// "gửi hoa chúc mừng", "gửi tặng hoa": a sender of flowers is not at the meeting.
const NOT_CUES_AFTER = new Set(['gửi']);
// Between people of one subject group: "A, …, B, …", "A và đồng chí B".
const GROUP_JOINERS = new Set([',', ';', 'và', 'cùng', 'các', 'đồng', 'chí', 'ông', 'bà']);
const MAX_SUBJECT_GAP = 3;
const EVENT_WORD_WINDOW = 3;
const LIST_WINDOW = 16;
const DOCUMENTS = phraseSet(['tờ trình', 'dự thảo', 'báo cáo', 'đề án']);
const DOCUMENT_WINDOW = 6;
const RECEIVER_WINDOW = 4;

interface Participation {
  person: PersonSpan;
  roles: ParticipationRole[];
  /** Where the cue is, and the token where it names its event ("dự Hội nghị"), if it does. */
  cueStart: number;
  eventAt: number | null;
  sentence: Sentence;
  /** Named by a cue that befalls the meeting's subject (receiving flowers, the acceptance speech). */
  ofTheElected: boolean;
  /** Tells of taking part only after a meeting is named ("Theo A, …"). */
  needsEventBefore: boolean;
}

/**
 * Adds participants to the events, in place. A cue goes to the event it names, else to the
 * event named in its sentence, else to the event named last before it in its paragraph, else
 * to the article's first event (the one the article reports). People `elected` in the article
 * are the meeting's subjects: congratulated on it, they are not said to take part.
 */
export function addParticipants(doc: Doc, persons: readonly PersonSpan[], events: readonly EventSpan[], elected: ReadonlySet<string> = new Set()): void {
  if (events.length === 0) return;
  const mentions = events
    .flatMap((event) => event.mentions.map((mention) => ({ ...mention, event })))
    .sort((a, b) => a.start - b.start);
  const byEvent = new Map<EventSpan, Map<string, ParticipantMention>>();
  for (const participation of findParticipations(doc, persons)) {
    if (participation.ofTheElected && elected.has(participation.person.mention.name)) continue;
    if (participation.needsEventBefore && (mentions[0]?.start ?? Number.POSITIVE_INFINITY) > participation.cueStart) continue;
    const event = eventOf(doc, participation, mentions) ?? (events[0] as EventSpan);
    const participants = byEvent.get(event) ?? new Map<string, ParticipantMention>();
    byEvent.set(event, participants);
    const { person, sentence } = participation;
    const name = person.mention.name;
    const existing = participants.get(name);
    if (existing === undefined) {
      const evidence = sentenceEvidence(doc, sentence, person.start, person.end - 1);
      const participant: ParticipantMention = { name, roles: [...participation.roles], evidence };
      participants.set(name, participant);
      event.event.participants.push(participant);
    } else {
      for (const role of participation.roles) if (!existing.roles.includes(role)) existing.roles.push(role);
    }
  }
}

interface MentionOf {
  start: number;
  end: number;
  event: EventSpan;
}

function eventOf(doc: Doc, participation: Participation, mentions: readonly MentionOf[]): EventSpan | undefined {
  const { eventAt, cueStart, sentence } = participation;
  if (eventAt !== null) {
    const named = mentions[countBefore(mentions, eventAt)];
    if (named?.start === eventAt) return named.event;
  }
  const paragraphStart = doc.paragraphs[sentence.paragraph]?.tokenStart ?? sentence.tokenStart;
  const index = countBefore(mentions, cueStart);
  const before = mentions[index - 1];
  const after = mentions[index];
  const beforeInSentence = before !== undefined && before.start >= sentence.tokenStart ? before : undefined;
  const afterInSentence = after !== undefined && after.start < sentence.tokenEnd ? after : undefined;
  const nearest =
    beforeInSentence === undefined ? afterInSentence
    : afterInSentence === undefined ? beforeInSentence
    : cueStart - beforeInSentence.start <= afterInSentence.start - cueStart ? beforeInSentence : afterInSentence;
  if (nearest !== undefined) return nearest.event;
  return before !== undefined && before.start >= paragraphStart ? before.event : undefined;
}

/** How many mentions (sorted by start) start before token `position`. */
function countBefore(mentions: readonly MentionOf[], position: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((mentions[middle] as MentionOf).start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

function findParticipations(doc: Doc, persons: readonly PersonSpan[]): Participation[] {
  const byGivenName = givenNames(persons);
  const bySentence = new Map<number, PersonSpan[]>();
  const inPerson = new Uint8Array(doc.tokens.length);
  for (const person of persons) {
    const index = doc.sentenceOf[person.start] ?? -1;
    const people = bySentence.get(index) ?? [];
    people.push(person);
    bySentence.set(index, people);
    inPerson.fill(1, person.start, person.end);
  }
  const participations: Participation[] = [];
  bySentence.forEach((people, index) => {
    const sentence = doc.sentences[index];
    if (sentence === undefined) return;
    for (const participation of inSentence(doc, sentence, people, inPerson, byGivenName)) participations.push(participation);
  });
  return participations;
}

interface FoundCue {
  start: number;
  end: number;
  cue: Cue;
  /** Where the cue names its event ("phát biểu tại Hội nghị"), or null. */
  eventAt: number | null;
  /** "… có các đồng chí: A, B", "với sự tham dự của A; B": the cue introduces a list of the people after it. */
  introducesList: boolean;
}

function inSentence(
  doc: Doc,
  sentence: Sentence,
  people: readonly PersonSpan[],
  inPerson: Uint8Array,
  byGivenName: ReadonlyMap<string, PersonSpan | null>,
): Participation[] {
  const cues = findCues(doc, sentence, inPerson);
  const participations: Participation[] = [];
  const add = (targets: readonly PersonSpan[], found: FoundCue, ofTheElected = false): void => {
    for (const person of targets) {
      participations.push({ person, roles: found.cue.roles, cueStart: found.start, eventAt: found.eventAt, sentence, ofTheElected, needsEventBefore: found.cue.reports });
    }
  };
  const nextListStart = new Array<number>(cues.length);
  for (let index = cues.length - 1, next = sentence.tokenEnd; index >= 0; index--) {
    nextListStart[index] = next;
    const found = cues[index] as FoundCue;
    if (found.introducesList) next = found.start;
  }
  let previous: { cue: FoundCue; subjects: readonly PersonSpan[] } | null = null;
  cues.forEach((found, index) => {
    if (found.cue.reports) {
      const speaker = people.find((person) => person.start === found.end);
      if (speaker !== undefined && doc.tokens[speaker.end]?.text === ',') add([speaker], found, true);
      previous = null;
      return;
    }
    if (found.introducesList) {
      add(peopleBetween(people, found.end, nextListStart[index] ?? sentence.tokenEnd), found);
      previous = null;
      return;
    }
    const own = subjectsBefore(doc, people, found.start);
    // "A dự, trao quyết định và phát biểu": one subject for a chain of acts.
    const subjects = own.length === 0 && previous !== null && isChained(doc, previous.cue, found) ? previous.subjects : own;
    previous = { cue: found, subjects };
    const runsSitting = found.cue.needsDo && namesSitting(doc, found.end);
    if (subjects.length > 0 && (!found.cue.needsDo || runsSitting || doc.tokens[(subjects[0] as PersonSpan).start - 1]?.lower === 'do')) add(subjects, found);
    else if (found.cue.needsDo && !runsSitting) return;
    else if (found.start === sentence.tokenStart || doc.tokens[found.start - 1]?.text === ',') add(peopleBetween(people, found.end, sentence.tokenEnd).slice(0, 1), found, found.cue.ofTheElected);
    else if (found.cue.withReceiver) add(personAfterWord(doc, people, found.end, sentence.tokenEnd, 'là'), found);
    if (found.cue.withReceiver) add(receiver(doc, people, found.end, sentence.tokenEnd, byGivenName), found, found.cue.ofTheElected);
  });
  return participations;
}

const CHAIN_JOINERS = new Set([',', 'và']);

/** Whether only "," or "và" stand between two cues. */
function isChained(doc: Doc, before: FoundCue, after: FoundCue): boolean {
  if (after.start <= before.end) return false;
  for (let k = before.end; k < after.start; k++) if (!CHAIN_JOINERS.has(doc.tokens[k]?.lower ?? '')) return false;
  return true;
}

/** "dự, trao quyết định": "dự" followed by another act of the same subject (not "sự tham dự và phát biểu của …"). */
function opensChain(doc: Doc, cueEnd: number): boolean {
  if (!CHAIN_JOINERS.has(doc.tokens[cueEnd]?.lower ?? '') || isNominal(doc, cueEnd)) return false;
  const next = CUES.match(doc.tokens, cueEnd + 1);
  return next !== null && !next.value.needsEventOrList;
}

function findCues(doc: Doc, sentence: Sentence, inPerson: Uint8Array): FoundCue[] {
  const cues: FoundCue[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (inPerson[i] === 1) continue;
    const match = CUES.match(doc.tokens, i);
    if (match === null || match.end > sentence.tokenEnd || !standsAsCue(doc, match.value, i, match.end, sentence, inPerson)) continue;
    const eventAt = eventWordAfter(doc, match.end, sentence);
    const introducesList = listAfter(doc, match.end, sentence, inPerson);
    if (match.value.needsEventOrList && eventAt === null && !introducesList && !opensChain(doc, match.end)) continue;
    cues.push({ start: i, end: match.end, cue: match.value, eventAt, introducesList });
    i = match.end - 1;
  }
  return cues;
}

// "điều hành phiên họp", "điều hành phiên thảo luận", "điều hành hội nghị": what is chaired is a sitting.
const SITTING_WORDS = new Set(['phiên', 'buổi']);

function namesSitting(doc: Doc, cueEnd: number): boolean {
  return SITTING_WORDS.has(doc.tokens[cueEnd]?.lower ?? '') || EVENT_HEADS.match(doc.tokens, cueEnd) !== null;
}

/** Whether the words around a cue let it stand (cheap tests, before the event and list after it are looked for). */
function standsAsCue(doc: Doc, found: Cue, start: number, end: number, sentence: Sentence, inPerson: Uint8Array): boolean {
  if (NOT_CUES.has(doc.tokens[end]?.lower ?? '') || NOT_CUES_AFTER.has(doc.tokens[start - 1]?.lower ?? '')) return false;
  if (found.fronted && (start !== sentence.tokenStart || doc.tokens[end]?.text !== ',')) return false;
  if (found.reports && (start !== sentence.tokenStart || inPerson[end] !== 1)) return false;
  return !found.needsDocument || documentAfter(doc, end, sentence);
}

/** "trình HĐND tỉnh tờ trình": a document shortly after the cue. */
function documentAfter(doc: Doc, from: number, sentence: Sentence): boolean {
  for (let k = from; k < Math.min(from + DOCUMENT_WINDOW, sentence.tokenEnd); k++) if (DOCUMENTS.match(doc.tokens, k) !== null) return true;
  return false;
}

/** "phát biểu tại Hội nghị": where the event a cue names starts, if it names one. */
function eventWordAfter(doc: Doc, from: number, sentence: Sentence): number | null {
  for (let k = from; k < Math.min(from + EVENT_WORD_WINDOW, sentence.tokenEnd); k++) {
    if (EVENT_HEADS.match(doc.tokens, k) !== null) return k;
  }
  return null;
}

const LIST_OPENERS = new Set([':', 'các', 'đồng', 'ông', 'bà', 'đ']);
const LIST_VERBS = new Set(['có', 'gồm']);

/**
 * "Dự, chỉ đạo hội nghị có các đồng chí: …", "Chủ tọa kỳ họp gồm các đồng chí: …": "có" or
 * "gồm" shortly after the cue, a list after it; "chủ trì: A, B" and "sự tham dự của A; B":
 * the list right after the cue.
 */
function listAfter(doc: Doc, from: number, sentence: Sentence, inPerson: Uint8Array): boolean {
  const next = doc.tokens[from];
  if (next?.text === ':' || (next?.lower === 'của' && isNominal(doc, from) && opensList(doc, from + 1, inPerson))) return true;
  for (let k = from; k < Math.min(from + LIST_WINDOW, sentence.tokenEnd) && inPerson[k] !== 1 && doc.tokens[k]?.text !== ';'; k++) {
    if (!LIST_VERBS.has(doc.tokens[k]?.lower ?? '')) continue;
    return opensList(doc, k + 1, inPerson);
  }
  return false;
}

const NOMINAL_WINDOW = 8;

/** "sự tham dự và phát biểu chỉ đạo của …": a cue made a noun by "sự" (not "ý kiến chỉ đạo của đồng chí …"). */
function isNominal(doc: Doc, cueEnd: number): boolean {
  for (let k = cueEnd - 1; k >= Math.max(0, cueEnd - NOMINAL_WINDOW); k--) if (doc.tokens[k]?.lower === 'sự') return true;
  return false;
}

function opensList(doc: Doc, at: number, inPerson: Uint8Array): boolean {
  const token = doc.tokens[at];
  return token !== undefined && (LIST_OPENERS.has(token.lower) || inPerson[at] === 1);
}

/**
 * "trao quyết định cho ông B và ông C", "trao quyết định và tặng hoa chúc mừng ông B": who
 * received it. The subject of the decision ("trao quyết định điều động ông B") is not said to
 * be there, so is not taken.
 */
function receiver(doc: Doc, people: readonly PersonSpan[], from: number, to: number, byGivenName: ReadonlyMap<string, PersonSpan | null>): PersonSpan[] {
  for (const word of RECEIVER_WORDS) {
    const found = personAfterWord(doc, people, from, to, word);
    if (found.length > 0) return groupAfter(doc, people, found[0] as PersonSpan);
  }
  for (const word of RECEIVER_WORDS) {
    const found = shortNameAfterWord(doc, from, to, word, byGivenName);
    if (found !== null) return [found];
  }
  return [];
}

const RECEIVER_WORDS = ['cho', 'mừng'];
const SHORT_NAME_HONORIFICS = new Set(['ông', 'bà', 'đồng chí']);

/**
 * Each person by the last syllable of their name, the one news uses after "ông"/"bà" once the
 * full name was given ("trao quyết định cho ông Linh"); null when two people share it.
 */
function givenNames(persons: readonly PersonSpan[]): Map<string, PersonSpan | null> {
  const byGivenName = new Map<string, PersonSpan | null>();
  for (const person of persons) {
    const { name } = person.mention;
    const given = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
    const known = byGivenName.get(given);
    if (known === undefined) byGivenName.set(given, person);
    else if (known !== null && known.mention.name !== name) byGivenName.set(given, null);
  }
  return byGivenName;
}

/** "cho ông Linh": the person known by that given name, as a span over the short form. */
function shortNameAfterWord(doc: Doc, from: number, to: number, word: string, byGivenName: ReadonlyMap<string, PersonSpan | null>): PersonSpan | null {
  for (let k = from; k < to; k++) {
    if (doc.tokens[k]?.lower !== word) continue;
    const honorific = doc.tokens[k + 1]?.lower === 'đồng' && doc.tokens[k + 2]?.lower === 'chí' ? 2 : SHORT_NAME_HONORIFICS.has(doc.tokens[k + 1]?.lower ?? '') ? 1 : 0;
    const name = doc.tokens[k + 1 + honorific];
    if (honorific === 0 || name === undefined || !isCapitalized(name.text) || isCapitalized(doc.tokens[k + 2 + honorific]?.text ?? '')) return null;
    const person = byGivenName.get(name.lower) ?? null;
    return person === null ? null : { mention: person.mention, start: k + 1, end: k + 2 + honorific };
  }
  return null;
}

function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** The person and those joined to them ("ông B và ông C"). */
function groupAfter(doc: Doc, people: readonly PersonSpan[], person: PersonSpan): PersonSpan[] {
  const group = [person];
  for (let index = firstStartingAtOrAfter(people, person.end); index < people.length; index++) {
    const next = people[index] as PersonSpan;
    const previous = group[group.length - 1] as PersonSpan;
    for (let k = previous.end; k < next.start; k++) if (!GROUP_JOINERS.has(doc.tokens[k]?.lower ?? '')) return group;
    group.push(next);
  }
  return group;
}

/** The first person named shortly after `word` ("trao quyết định cho ông B", "người trao là ông A"). */
function personAfterWord(doc: Doc, people: readonly PersonSpan[], from: number, to: number, word: string): PersonSpan[] {
  for (let k = from; k < to; k++) {
    if (doc.tokens[k]?.lower !== word) continue;
    const person = peopleBetween(people, k + 1, Math.min(to, k + 1 + RECEIVER_WINDOW))[0];
    return person === undefined ? [] : [person];
  }
  return [];
}

/** People whose mention starts in tokens [from, to). */
function peopleBetween(people: readonly PersonSpan[], from: number, to: number): PersonSpan[] {
  const found: PersonSpan[] = [];
  for (let k = firstStartingAtOrAfter(people, from); k < people.length && (people[k] as PersonSpan).start < to; k++) found.push(people[k] as PersonSpan);
  return found;
}

/** "A, …, B, … đồng chủ trì": the group of people that ends right before the cue. */
function subjectsBefore(doc: Doc, people: readonly PersonSpan[], cueStart: number): PersonSpan[] {
  let index = firstStartingAtOrAfter(people, cueStart) - 1;
  const last = people[index];
  if (last === undefined || last.end > cueStart || cueStart - last.end > MAX_SUBJECT_GAP) return [];
  // "A, Thứ trưởng, chủ trì": the comma that closes the title chain may stand before the cue.
  for (let k = last.end; k < cueStart; k++) if (doc.tokens[k]?.kind !== 'word' && !(k === last.end && doc.tokens[k]?.text === ',')) return [];
  const group = [last];
  for (let previous = people[--index]; previous !== undefined; previous = people[--index]) {
    const next = group[group.length - 1] as PersonSpan;
    let joined = true;
    for (let k = previous.end; k < next.start && joined; k++) joined = GROUP_JOINERS.has(doc.tokens[k]?.lower ?? '');
    if (!joined) break;
    group.push(previous);
  }
  return group.reverse();
}
