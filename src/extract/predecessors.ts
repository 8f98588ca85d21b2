import type { TitleMention } from '../domain/extraction.js';
import { ROLES } from '../domain/roles.js';
import type { Doc } from './doc.js';
import { tokenEvidence } from './evidence.js';
import { phraseSet } from './lexicon.js';
import type { PersonSpan } from './persons.js';
import { RANKS } from './ranks.js';
import { subjectAt } from './subjects.js';

/**
 * Posts held before by the person someone replaces: "ông B được bổ nhiệm giữ chức Giám đốc
 * Công an tỉnh An Giang, thay thiếu tướng A", "bầu làm Chủ tịch UBND thành phố, kế nhiệm ông
 * A", "thay người tiền nhiệm là đại tá A". The post is the single-holder one the subject took
 * last before the cue; A gets it as a former post with no title written (`implied`).
 */

const CUES = phraseSet(['thay', 'thay thế', 'kế nhiệm', 'thay người tiền nhiệm là', 'kế nhiệm người tiền nhiệm là']);
// "thay mặt" (on behalf of), "thay đổi" (change): no replacement.
const FILLERS = new Set(['ông', 'bà', 'đồng', 'chí', 'cho']);
const MAX_FILLERS = 3;
const MAX_SUBJECT_DISTANCE = 40;

/** Adds each replaced person's former post to their mention, in place. */
export function addPredecessorPosts(doc: Doc, persons: readonly PersonSpan[]): void {
  if (persons.length < 2) return;
  const { tokens } = doc;
  // Most articles replace no one: people are indexed only when a cue is written.
  let personAt: Int32Array | null = null;
  for (let k = 0; k < tokens.length; k++) {
    if (!CUES.startsAt(tokens, k)) continue;
    const cue = CUES.match(tokens, k);
    if (cue === null) continue;
    personAt ??= indexPeople(tokens.length, persons);
    if ((personAt[k] ?? -1) >= 0) continue;
    const predecessor = personAfter(doc, personAt, persons, cue.end);
    if (predecessor === null) continue;
    const sentence = doc.sentences[doc.sentenceOf[k] ?? -1];
    const subject = subjectAt(doc, persons, personAt, k, Math.max(sentence?.tokenStart ?? k, k - MAX_SUBJECT_DISTANCE));
    const successor = subject?.people.length === 1 ? subject.people[0] : undefined;
    if (successor === undefined || successor.mention.name === predecessor.mention.name) continue;
    const post = lastPostBefore(persons, successor, (tokens[k] as { start: number }).start);
    if (post === null) continue;
    // "A thay ông B, Chủ tịch HĐND TP khóa 8": B's own title of the post A takes is B's former post.
    const written = titlesOfPost(persons, predecessor, post);
    if (written.length > 0) {
      for (const title of written) title.status = 'FORMER';
      continue;
    }
    const evidence = tokenEvidence(doc, k, predecessor.end - 1);
    predecessor.mention.titles.push({ ...post, status: 'FORMER', term: null, evidence, implied: true });
    k = cue.end - 1;
  }
}

function indexPeople(length: number, persons: readonly PersonSpan[]): Int32Array {
  const personAt = new Int32Array(length).fill(-1);
  persons.forEach((person, index) => personAt.fill(index, person.start, person.end));
  return personAt;
}

/** The person named right after the cue, past an honorific or a rank. */
function personAfter(doc: Doc, personAt: Int32Array, persons: readonly PersonSpan[], from: number): PersonSpan | null {
  let position = from;
  for (let skipped = 0; skipped < MAX_FILLERS && FILLERS.has(doc.tokens[position]?.lower ?? ''); skipped++) position++;
  position = RANKS.match(doc.tokens, position)?.end ?? position;
  const index = personAt[position] ?? -1;
  const person = index >= 0 ? persons[index] : undefined;
  return person === undefined ? null : person;
}

/**
 * The successor's title written last before `offset` (in any mention of their name), when it
 * is a current single-holder post.
 */
function lastPostBefore(persons: readonly PersonSpan[], successor: PersonSpan, offset: number): TitleMention | null {
  let last: TitleMention | null = null;
  const titles = persons.filter((person) => person.mention.name === successor.mention.name).flatMap((person) => person.mention.titles);
  for (const title of titles) {
    if (title.implied === true || title.evidence.end > offset) continue;
    if (last === null || title.evidence.start > last.evidence.start) last = title;
  }
  if (last === null || last.status === 'FORMER' || last.body === null || !ROLES[last.role].singleHolder) return null;
  return last;
}

/** The titles any mention of the predecessor's name gives them of the post. */
function titlesOfPost(persons: readonly PersonSpan[], predecessor: PersonSpan, post: TitleMention): TitleMention[] {
  return persons
    .filter((person) => person.mention.name === predecessor.mention.name)
    .flatMap((person) => person.mention.titles.filter((title) => title.role === post.role && title.body?.name === post.body?.name));
}
