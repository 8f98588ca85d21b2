/**
 * What `officials bench ingest` asks of the graph it filled, drawn deterministically from the
 * article graphs it wrote: the same corpus always gives the same questions.
 */
import type { Role } from '../domain/roles.js';
import type { ArticleGraph } from '../resolve/article-graph.js';
import { hashText } from './synthetic-cast.js';

/** A `holders(organization, role, on)` question. */
export interface HoldersQuestion {
  organization: string;
  role: Role;
  on: string;
}

/** A person written, and how many of the articles name them. */
export interface NamedPerson {
  id: string;
  name: string;
  articles: number;
}

/** How far from a day the articles attest a post a question may ask about, either way. */
const MAX_SHIFT_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `count` of `items` (fewer if there are fewer), in an order that depends on the seed and each item's key only. */
function draw<T>(items: readonly T[], keyOf: (item: T) => string, seed: number, count: number): T[] {
  return items
    .map((item) => ({ item, key: keyOf(item), rank: hashText(`${seed}\u0000${keyOf(item)}`) }))
    .sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, count)
    .map(({ item }) => item);
}

/** The day `days` after `isoDate` (before, when negative). */
function shifted(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * `count` holders questions: a body and role of a post written, half of them on a day an
 * article attests someone in it, half on a day up to MAX_SHIFT_DAYS before or after one (so
 * some answers are confirmed, some inferred, some empty, as users' questions are).
 *
 * @example holdersQuestions(graphs, 1, 200).length === 200 // when the graphs attest 200 or more (post, day) pairs
 */
export function holdersQuestions(graphs: readonly ArticleGraph[], seed: number, count: number): HoldersQuestion[] {
  const candidates = new Map<string, HoldersQuestion>();
  for (const graph of graphs) {
    const posts = new Map(graph.posts.map((post) => [post.id, post]));
    for (const tenure of graph.tenures) {
      const post = posts.get(tenure.postId);
      if (!post) continue;
      for (const day of [...tenure.attestedOn, ...(tenure.startDate ? [tenure.startDate] : [])]) {
        const question = { organization: post.organizationId, role: post.role, on: day };
        candidates.set(`${question.organization} ${question.role} ${question.on}`, question);
      }
    }
  }
  const keyOf = (question: HoldersQuestion) => `${question.organization} ${question.role} ${question.on}`;
  return draw([...candidates.values()], keyOf, seed, count).map((question, index) => {
    if (index % 2 === 0) return question;
    const shift = (hashText(`${seed} shift ${keyOf(question)}`) % (2 * MAX_SHIFT_DAYS + 1)) - MAX_SHIFT_DAYS;
    return { ...question, on: shifted(question.on, shift) };
  });
}

/** Everyone the graphs name, most-named first (then by id), with how many articles name them. */
export function namedPeople(graphs: readonly ArticleGraph[]): NamedPerson[] {
  const people = new Map<string, NamedPerson>();
  for (const graph of graphs) {
    for (const person of new Map(graph.people.map((record) => [record.id, record])).values()) {
      const known = people.get(person.id);
      if (known) known.articles += 1;
      else people.set(person.id, { id: person.id, name: person.name, articles: 1 });
    }
  }
  return [...people.values()].sort((a, b) => b.articles - a.articles || (a.id < b.id ? -1 : 1));
}

/** `count` people's ids for timeline questions, drawn from everyone the graphs name. */
export function timelinePeople(people: readonly NamedPerson[], seed: number, count: number): string[] {
  return draw(people, (person) => person.id, seed, count).map((person) => person.id);
}

const familyName = (name: string) => name.split(' ')[0];

/**
 * Whom the bench merges: the most-named person, and the most-named other of the same family
 * name, or the next most-named person when none shares it. Null with fewer than two people.
 *
 * @example mergePair([{ id: 'a', name: 'Lê Văn An', articles: 9 }, { id: 'b', name: 'Vũ Minh Hải', articles: 8 }, { id: 'c', name: 'Lê Thị Lan', articles: 5 }])
 * // { into: a, merged: c }
 */
export function mergePair(people: readonly NamedPerson[]): { into: NamedPerson; merged: NamedPerson } | null {
  const [into, runnerUp] = people;
  if (!into || !runnerUp) return null;
  const kin = people.find((person) => person !== into && familyName(person.name) === familyName(into.name));
  return { into, merged: kin ?? runnerUp };
}
