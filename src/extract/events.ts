import type { EventMention, PartialDate, Term } from '../domain/extraction.js';
import type { AreaContext } from './context.js';
import type { DateIndex } from './dates.js';
import type { Doc } from './doc.js';
import { sentenceEvidence } from './evidence.js';
import { readEventPhrase, type EventPhrase } from './event-phrase.js';
import type { Sentence } from './sentences.js';

/**
 * Meetings the article reports. Mentions of one event (the headline "Hội nghị BCH Đảng bộ
 * Thành phố lần thứ 63." and the sentence reporting it) are merged by convening body and
 * ordinal; the evidence is the mention that says most (a date, a term, a full sentence).
 */

/** An event with the token span of the mention chosen as its evidence. */
export interface EventSpan {
  event: EventMention;
  start: number;
  end: number;
}

interface Candidate {
  phrase: EventPhrase;
  sentence: Sentence;
  date: PartialDate | null;
  score: number;
}

/** Every event in the article, in order of first mention. */
export function findEvents(doc: Doc, context: AreaContext, dates: DateIndex): EventSpan[] {
  const groups = new EventGroups();
  for (const sentence of doc.sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const phrase = readEventPhrase(doc.tokens, i, sentence.tokenStart, context);
      if (phrase === null) continue;
      groups.add(toCandidate(doc, phrase, sentence, dates));
      i = Math.max(i, phrase.end - 1);
    }
  }
  return groups.all().map((group) => toEvent(doc, group));
}

function toCandidate(doc: Doc, phrase: EventPhrase, sentence: Sentence, dates: DateIndex): Candidate {
  const own = dates.firstIn(sentence.tokenStart, sentence.tokenEnd);
  const paragraph = doc.paragraphs[sentence.paragraph];
  const opening = own === null && paragraph !== undefined ? dates.openingOf(paragraph, doc.tokens) : null;
  const date = (own ?? opening)?.date ?? null;
  const isWholeSentence = phrase.start === sentence.tokenStart && sentence.tokenEnd - phrase.end <= 1;
  const score = (own !== null ? 2 : 0) + (phrase.term !== null ? 1 : 0) + (isWholeSentence ? 0 : 1);
  return { phrase, sentence, date, score };
}

/**
 * Mentions with the same kind and body and the same ordinal — or one of them without an
 * ordinal — are one event. Groups are found by key, never by scanning, so merging is linear.
 */
class EventGroups {
  private readonly groups: Candidate[][] = [];
  private readonly byOrdinal = new Map<string, Candidate[]>();
  private readonly withoutOrdinal = new Map<string, Candidate[]>();
  private readonly first = new Map<string, Candidate[]>();

  add(candidate: Candidate): void {
    const { kind, convenedBy, ordinal } = candidate.phrase;
    const body = `${kind}|${convenedBy?.name ?? ''}`;
    let group: Candidate[] | undefined;
    if (ordinal === null) {
      group = this.withoutOrdinal.get(body) ?? this.first.get(body);
    } else {
      group = this.byOrdinal.get(`${body}|${ordinal}`);
      if (group === undefined) {
        group = this.withoutOrdinal.get(body);
        this.withoutOrdinal.delete(body);
      }
    }
    if (group === undefined) {
      group = [];
      this.groups.push(group);
      if (ordinal === null) this.withoutOrdinal.set(body, group);
    }
    if (ordinal !== null) this.byOrdinal.set(`${body}|${ordinal}`, group);
    if (!this.first.has(body)) this.first.set(body, group);
    group.push(candidate);
  }

  all(): Candidate[][] {
    return this.groups;
  }
}

function toEvent(doc: Doc, group: Candidate[]): EventSpan {
  const best = group.reduce((a, b) => (b.score > a.score ? b : a));
  const named = group.find((candidate) => candidate.phrase.ordinal !== null) ?? best;
  const { phrase, sentence } = best;
  const event: EventMention = {
    kind: phrase.kind,
    name: named.phrase.name,
    ordinal: named.phrase.ordinal,
    term: mergeTerms(group.map((candidate) => candidate.phrase.term)),
    convenedBy: phrase.convenedBy,
    date: best.date ?? group.find((candidate) => candidate.date !== null)?.date ?? null,
    participants: [],
    evidence: sentenceEvidence(doc, sentence, phrase.start, phrase.end - 1),
  };
  return { event, start: phrase.start, end: phrase.end };
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
