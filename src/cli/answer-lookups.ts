import type { Role } from '../domain/roles.js';
import { foldName, sameName } from '../eval/name-match.js';
import { normalizeForMatch } from '../eval/normalize.js';
import type { GraphRequest } from './graph-client.js';

/**
 * Finding by name, through the API's `search` as a user would, the bodies and people the
 * answers benchmark asks about.
 */

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 100) {
    __typename
    ... on Organization { id name }
    ... on Person { id name }
  }
}`;

/** A person's tenures and the sources quoting them, to tell namesakes apart. */
const PERSON = `query Person($id: ID!) {
  person(id: $id) {
    id
    name
    tenures { post { role name organization { id name } } evidence { source { id } } }
    changes { evidence { source { id } } }
    participations { evidence { source { id } } }
  }
}`;

interface Hit {
  __typename: 'Organization' | 'Person' | 'Post';
  id?: string;
  name?: string;
}

interface SourceRef {
  source: { id: string };
}

/** A person as the career question reads them. */
export interface PersonRecord {
  id: string;
  name: string;
  tenures: Array<{ post: { role: Role; name: string; organization: { id: string; name: string } }; evidence: SourceRef[] }>;
  changes: Array<{ evidence: SourceRef[] }>;
  participations: Array<{ evidence: SourceRef[] }>;
}

/** What a look-up found (null: nothing), and notes on how. */
export interface Found<T> {
  found: T | null;
  notes: string[];
}

async function searchHits(request: GraphRequest, text: string, typename: Hit['__typename']) {
  const { search } = await request<{ search: Hit[] }>(SEARCH, { text });
  return search.filter((hit): hit is Required<Hit> => hit.__typename === typename && hit.id !== undefined && hit.name !== undefined);
}

const nearest = (hits: ReadonlyArray<{ name: string }>) =>
  hits.length === 0 ? 'search found none' : `search found only ${hits.slice(0, 5).map((hit) => JSON.stringify(hit.name)).join(', ')}${hits.length > 5 ? ', …' : ''}`;

/**
 * The body named `name`: the first `search` hit whose name equals it after `normalizeForMatch`
 * (abbreviations expanded, "Đảng Cộng sản Việt Nam" read as "Đảng"). A hit with another name is
 * another body, so none is taken then.
 */
export async function findOrganization(request: GraphRequest, name: string): Promise<Found<{ id: string; name: string }>> {
  const hits = await searchHits(request, name, 'Organization');
  const same = hits.filter((hit) => normalizeForMatch(hit.name) === normalizeForMatch(name));
  if (same.length === 0) return { found: null, notes: [`no body named ${JSON.stringify(name)}: ${nearest(hits)}`] };
  const notes = same.length > 1 ? [`${same.length} bodies named ${JSON.stringify(name)} (${same.map((hit) => hit.id).join(', ')}): asked the first`] : [];
  return { found: same[0]!, notes };
}

/** How many of a person's quotes come from the given sources. */
function quotesFrom(person: PersonRecord, sourceIds: ReadonlySet<string>): number {
  const evidence = [...person.tenures, ...person.changes, ...person.participations].flatMap((fact) => fact.evidence);
  return evidence.filter((quote) => sourceIds.has(quote.source.id)).length;
}

/**
 * The person named `name` (folded, or with the given-name syllables swapped: see
 * `name-match.ts`). When several people bear the name, the one with the most quotes from the
 * question's sources (`sourceIds`), then an exact spelling, then the most tenures; the others
 * are listed in the notes, so a person the graph split in two shows as such.
 */
export async function findPerson(request: GraphRequest, name: string, sourceIds: ReadonlySet<string>): Promise<Found<PersonRecord>> {
  const hits = (await searchHits(request, name, 'Person')).filter((hit) => sameName(hit.name, name));
  if (hits.length === 0) return { found: null, notes: [`nobody named ${JSON.stringify(name)}: ${nearest(await searchHits(request, name, 'Person'))}`] };
  const people: PersonRecord[] = [];
  for (const hit of hits) {
    const { person } = await request<{ person: PersonRecord | null }>(PERSON, { id: hit.id });
    if (person) people.push(person);
  }
  const rank = (person: PersonRecord) => [quotesFrom(person, sourceIds), foldName(person.name) === foldName(name) ? 1 : 0, person.tenures.length];
  const ranked = people
    .map((person) => ({ person, rank: rank(person) }))
    .sort((a, b) => b.rank[0]! - a.rank[0]! || b.rank[1]! - a.rank[1]! || b.rank[2]! - a.rank[2]!);
  const [best, ...others] = ranked;
  if (!best) return { found: null, notes: [`the people search found for ${JSON.stringify(name)} are gone`] };
  const describe = ({ person, rank: [quotes, , tenures] }: (typeof ranked)[number]) =>
    `${person.id} (${person.name}: ${tenures} tenures, ${quotes} quotes from the question's files)`;
  const notes = others.length === 0 ? [] : [`${ranked.length} people named so; took ${describe(best)}; also ${others.map(describe).join(', ')}`];
  return { found: best.person, notes };
}
