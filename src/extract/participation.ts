import type { EventKind, ParticipantMention, ParticipationRole } from '../domain/extraction.js';
import type { Doc } from './doc.js';
import { sentenceEvidence } from './evidence.js';
import { EVENT_HEADS } from './event-phrase.js';
import type { EventSpan } from './events.js';
import { Lexicon } from './lexicon.js';
import type { PersonSpan } from './persons.js';
import type { Sentence } from './sentences.js';
import { firstStartingAtOrAfter } from './spans.js';

/**
 * Who did what at an event, from cue phrases and where the named people stand to them:
 * "Dự, chỉ đạo hội nghị có các đồng chí: A, …; B, …" (a list after the cue), "A, …, B, …
 * đồng chủ trì hội nghị" (the subjects before it), "Phát biểu kết luận hội nghị, đồng chí A"
 * (the person after a fronted cue).
 */

interface Cue {
  roles: ParticipationRole[];
  /** "dự", "kết luận", "chỉ đạo" count only before an event word or "có": not "dự toán". */
  needsEventOrList: boolean;
}

const cue = (roles: ParticipationRole[], needsEventOrList = false): Cue => ({ roles, needsEventOrList });
const CUES = new Lexicon<Cue>([
  ['đồng chủ trì', cue(['CO_CHAIRED'])],
  ['cùng chủ trì', cue(['CO_CHAIRED'])],
  ['chủ trì', cue(['CHAIRED'])],
  ['dự , chỉ đạo', cue(['ATTENDED', 'DIRECTED'])],
  ['dự và chỉ đạo', cue(['ATTENDED', 'DIRECTED'])],
  ['dự , phát biểu chỉ đạo', cue(['ATTENDED', 'SPOKE', 'DIRECTED'])],
  ['dự và phát biểu chỉ đạo', cue(['ATTENDED', 'SPOKE', 'DIRECTED'])],
  ['tham dự', cue(['ATTENDED'], true)],
  ['dự', cue(['ATTENDED'], true)],
  ['phát biểu chỉ đạo', cue(['SPOKE', 'DIRECTED'])],
  ['phát biểu kết luận', cue(['SPOKE', 'CONCLUDED'])],
  ['phát biểu', cue(['SPOKE'])],
  ['kết luận', cue(['CONCLUDED'], true)],
  ['chỉ đạo', cue(['DIRECTED'], true)],
]);
// Between people of one subject group: "A, …, B, …", "A và đồng chí B".
const GROUP_JOINERS = new Set([',', ';', 'và', 'cùng', 'các', 'đồng', 'chí', 'ông', 'bà']);
const MAX_SUBJECT_GAP = 3;
const EVENT_WORD_WINDOW = 3;
const LIST_WINDOW = 8;

interface Participation {
  person: PersonSpan;
  roles: ParticipationRole[];
  eventKind: EventKind | null;
  sentence: Sentence;
}

/** Adds participants to the events, in place; a cue naming no event goes to the first event. */
export function addParticipants(doc: Doc, persons: readonly PersonSpan[], events: readonly EventSpan[]): void {
  if (events.length === 0) return;
  const firstOfKind = new Map<EventKind, EventSpan>();
  for (const event of [...events].reverse()) firstOfKind.set(event.event.kind, event);
  const byEvent = new Map<EventSpan, Map<string, ParticipantMention>>();
  for (const participation of findParticipations(doc, persons)) {
    const event = participation.eventKind === null ? events[0] : firstOfKind.get(participation.eventKind);
    if (event === undefined) continue;
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

function findParticipations(doc: Doc, persons: readonly PersonSpan[]): Participation[] {
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
    for (const participation of inSentence(doc, sentence, people, inPerson)) participations.push(participation);
  });
  return participations;
}

interface FoundCue {
  start: number;
  end: number;
  roles: ParticipationRole[];
  eventKind: EventKind | null;
  /** "… có các đồng chí: A, B": the cue introduces a list of the people after it. */
  introducesList: boolean;
}

function inSentence(doc: Doc, sentence: Sentence, people: readonly PersonSpan[], inPerson: Uint8Array): Participation[] {
  const cues = findCues(doc, sentence, inPerson);
  const participations: Participation[] = [];
  const add = (targets: readonly PersonSpan[], found: FoundCue): void => {
    for (const person of targets) participations.push({ person, roles: found.roles, eventKind: found.eventKind, sentence });
  };
  const nextListStart = new Array<number>(cues.length);
  for (let index = cues.length - 1, next = sentence.tokenEnd; index >= 0; index--) {
    nextListStart[index] = next;
    const found = cues[index] as FoundCue;
    if (found.introducesList) next = found.start;
  }
  cues.forEach((found, index) => {
    if (found.introducesList) {
      add(peopleBetween(people, found.end, nextListStart[index] ?? sentence.tokenEnd), found);
      return;
    }
    const subjects = subjectsBefore(doc, people, found.start);
    if (subjects.length > 0) add(subjects, found);
    else if (found.start === sentence.tokenStart || doc.tokens[found.start - 1]?.text === ',') add(peopleBetween(people, found.end, sentence.tokenEnd).slice(0, 1), found);
  });
  return participations;
}

function findCues(doc: Doc, sentence: Sentence, inPerson: Uint8Array): FoundCue[] {
  const cues: FoundCue[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (inPerson[i] === 1) continue;
    const match = CUES.match(doc.tokens, i);
    if (match === null || match.end > sentence.tokenEnd) continue;
    const eventKind = eventWordAfter(doc, match.end, sentence);
    const introducesList = listAfter(doc, match.end, sentence, inPerson);
    if (match.value.needsEventOrList && eventKind === null && !introducesList) continue;
    cues.push({ start: i, end: match.end, roles: match.value.roles, eventKind, introducesList });
    i = match.end - 1;
  }
  return cues;
}

/** "phát biểu tại Hội nghị": the kind of event a cue names, if it names one. */
function eventWordAfter(doc: Doc, from: number, sentence: Sentence): EventKind | null {
  for (let k = from; k < Math.min(from + EVENT_WORD_WINDOW, sentence.tokenEnd); k++) {
    const head = EVENT_HEADS.match(doc.tokens, k);
    if (head !== null) return head.value.kind;
  }
  return null;
}

const LIST_OPENERS = new Set([':', 'các', 'đồng', 'ông', 'bà', 'đ']);

/** "Dự, chỉ đạo hội nghị có các đồng chí: …": "có" shortly after the cue, a list after it. */
function listAfter(doc: Doc, from: number, sentence: Sentence, inPerson: Uint8Array): boolean {
  for (let k = from; k < Math.min(from + LIST_WINDOW, sentence.tokenEnd) && inPerson[k] !== 1; k++) {
    if (doc.tokens[k]?.lower !== 'có') continue;
    const next = doc.tokens[k + 1];
    return next !== undefined && (LIST_OPENERS.has(next.lower) || inPerson[k + 1] === 1);
  }
  return false;
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
  for (let k = last.end; k < cueStart; k++) if (doc.tokens[k]?.kind !== 'word') return [];
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
