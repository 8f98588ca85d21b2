/**
 * Issue 5, "Done when": the careers fixture (tests/fixtures/careers, rules in its README)
 * produces exactly the expected timelines, successions, certainties, duplicates and conflicts.
 * One case per row of expected.json, all read back through the GraphQL API.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { expandArticlePaths, readArticle } from '../../src/cli/article-files.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { organizationId } from '../../src/domain/ids.js';
import { normalizeVietnamese } from '../../src/domain/text.js';
import { graphqlClient } from '../support/graphql.js';
import { freshGraph, testStore } from '../support/neo4j.js';

// ---------------------------------------------------------------------------------------------
// The fixture, parsed so that a malformed row fails the file instead of passing vacuously.

const FIXTURE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'careers');

const DateModel = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const FileModel = z.string().regex(/^C\d{2}\.txt$/, 'expected an article file name such as C01.txt');
const PersonRefModel = z.object({ name: z.string().min(1), province: z.string().min(1) });
const EndBoundModel = z.object({
  date: DateModel.nullable(),
  by: z.enum(['SUCCESSOR', 'TERM', 'ORGANIZATION_END']),
  term: z.string().optional(),
  successor: z.string().optional(),
});
const FixtureTenureModel = z.object({
  post: z.string(),
  role: z.string(),
  organization: z.string(),
  startDate: DateModel.nullable(),
  endDate: DateModel.nullable(),
  firstAttested: DateModel.nullable(),
  lastAttested: DateModel.nullable(),
  attestedOn: z.array(DateModel),
  endBound: EndBoundModel.nullable(),
});
const FixtureChangeModel = z.object({
  kind: z.enum(['ELECTED', 'RE_ELECTED', 'APPOINTED', 'TRANSFERRED', 'RELIEVED', 'RESIGNED', 'RETIRED', 'DISMISSED']),
  date: DateModel,
  post: z.string(),
  fromPost: z.string().optional(),
  source: FileModel,
});
const PostRefModel = z.object({ post: z.string(), organization: z.string(), role: z.string() });
const CareersFixtureModel = z.object({
  articles: z.array(z.object({ file: FileModel, date: DateModel })).length(14),
  organizations: z.array(z.object({ name: z.string(), endDate: DateModel.nullable() })),
  people: z.array(PersonRefModel.extend({ timeline: z.array(FixtureTenureModel).min(1), changes: z.array(FixtureChangeModel) })),
  successions: z.array(PostRefModel.extend({ singleHolder: z.literal(true), order: z.array(PersonRefModel).min(1) })),
  multiHolderPosts: z.array(PostRefModel.extend({ holders: z.array(z.string()).min(1) })),
  asOf: z.array(
    PostRefModel.extend({
      on: DateModel,
      minCertainty: z.literal('POSSIBLE'),
      expected: z.array(PersonRefModel.extend({ certainty: z.enum(['CONFIRMED', 'INFERRED', 'POSSIBLE']) })),
    }),
  ),
  possibleDuplicates: z.array(z.object({ a: PersonRefModel, b: PersonRefModel, reason: z.string() })),
  sameNameDistinct: z.array(
    z.object({
      name: z.string(),
      people: z.array(z.object({ province: z.string(), posts: z.array(z.string()), sources: z.array(FileModel) })).min(2),
      listedAsPossibleDuplicate: z.boolean(),
    }),
  ),
  conflicts: z.array(
    PostRefModel.extend({ kind: z.string(), date: DateModel, people: z.array(PersonRefModel).min(1), sources: z.array(FileModel).min(1) }),
  ),
  notExpected: z.array(z.string()),
});
type PersonRef = z.infer<typeof PersonRefModel>;
type FixtureTenure = z.infer<typeof FixtureTenureModel>;
type EndBound = z.infer<typeof EndBoundModel>;

const fixture = CareersFixtureModel.parse(JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'expected.json'), 'utf8')));

// ---------------------------------------------------------------------------------------------
// The API, as a client sees it.

interface ApiPerson {
  id: string;
  name: string;
  aliases: string[];
  province: { name: string } | null;
}
interface ApiEvidence { source: { url: string | null; title: string | null } }
interface ApiTenure {
  post: { name: string; role: string; organization: { name: string } };
  startDate: string | null;
  endDate: string | null;
  firstAttested: string | null;
  lastAttested: string | null;
  attestedOn: string[];
  formerOn: string[];
  termEnd: string | null;
  evidence: ApiEvidence[];
}
interface ApiConflict {
  kind: string;
  date: string | null;
  post: { name: string; role: string } | null;
  organization: { name: string } | null;
  people: ApiPerson[];
  evidence: ApiEvidence[];
}
interface ApiChange { kind: string; date: string | null; post: { name: string } | null; fromPost: { name: string } | null }

const PERSON = 'id name aliases province { name }';
const EVIDENCE = 'evidence { source { url title } }';

/** The province a person's identity belongs to (Person.province). */
const provinceOf = (person: ApiPerson): string | null => person.province?.name ?? null;

/** Names are compared in the product's canonical form (NFC, new-style tone marks). */
const canonical = (name: string) => normalizeVietnamese(name);
const personKey = (ref: { name: string; province: string | null }) => `${canonical(ref.name)} (${ref.province ?? 'no province'})`;
const keyOf = (person: ApiPerson) => personKey({ name: person.name, province: provinceOf(person) });
const sorted = <T>(items: readonly T[]) => [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

const store = testStore();
const api = graphqlClient(store);
/** Source.url → article file name (C01.txt …), filled when the articles are read. */
const fileByUrl = new Map<string, string>();

function fileOf(evidence: ApiEvidence): string {
  const file = fileByUrl.get(evidence.source.url ?? '');
  if (!file) throw new Error(`evidence from a source that is no fixture article: ${JSON.stringify(evidence.source)}`);
  return file;
}
const articleDate = (file: string) => fixture.articles.find((article) => article.file === file)?.date ?? `no date for ${file}`;
const filesOf = (evidence: readonly ApiEvidence[]) => [...new Set(evidence.map(fileOf))].sort();

/** The People `search(text:)` finds (diacritics and case ignored). */
async function searchPeople(text: string): Promise<ApiPerson[]> {
  const { search } = await api.data(`query ($text: String!) { search(text: $text, first: 100) { __typename ... on Person { ${PERSON} } } }`, { text });
  return (search as Array<ApiPerson & { __typename: string }>).filter((hit) => hit.__typename === 'Person');
}

/** The People named exactly `name`: the name must match as written, diacritics included. */
const peopleNamed = async (name: string) => (await searchPeople(name)).filter((person) => canonical(person.name) === canonical(name));

/** The one Person with this name and province; fails with what the search found instead. */
async function findPerson(ref: PersonRef): Promise<ApiPerson> {
  const found = await searchPeople(ref.name);
  const matches = found.filter((person) => canonical(person.name) === canonical(ref.name) && provinceOf(person) === ref.province);
  if (matches.length === 1) return matches[0]!;
  const seen = found.map((p) => `${keyOf(p)} ${p.id} aliases ${JSON.stringify(p.aliases)}`);
  throw new Error(`expected one Person ${personKey(ref)}, found ${matches.length}; search "${ref.name}" gives: ${seen.join('; ') || 'nobody'}`);
}

/** The fixture's organization, by the id its name gives (`org:<slug>`), checked to exist under that name. */
async function organizationNamed(name: string) {
  const result = await api.request(
    `query ($id: ID!) { organization(id: $id) { id name posts { name role singleHolder history {
      person { ${PERSON} } predecessor { person { ${PERSON} } } successor { person { ${PERSON} } } } } } }`,
    { id: organizationId(name) },
  );
  expect(result.errors, `organization ${organizationId(name)} (${name})`).toBeUndefined();
  const organization = result.data!.organization as {
    id: string;
    name: string;
    posts: Array<{
      name: string;
      role: string;
      singleHolder: boolean;
      history: Array<{ person: ApiPerson; predecessor: { person: ApiPerson } | null; successor: { person: ApiPerson } | null }>;
    }>;
  };
  expect(canonical(organization.name)).toBe(canonical(name));
  return organization;
}

/** The post with `role` in the fixture's organization, checked to carry the fixture's post name. */
async function postOf(ref: z.infer<typeof PostRefModel>) {
  const posts = (await organizationNamed(ref.organization)).posts.filter((post) => post.role === ref.role);
  expect(posts.map((post) => canonical(post.name)), `posts with role ${ref.role} in ${ref.organization}`).toEqual([canonical(ref.post)]);
  return posts[0]!;
}

async function tenuresAndChanges(person: ApiPerson) {
  const tenure = `post { name role organization { name } } startDate endDate firstAttested lastAttested attestedOn formerOn termEnd ${EVIDENCE}`;
  const { person: found } = await api.data(
    `query ($id: ID!) { person(id: $id) { timeline { date tenure { ${tenure} } change { kind date post { name } fromPost { name } } } } }`,
    { id: person.id },
  );
  const timeline = found.timeline as Array<{ date: string | null; tenure: ApiTenure | null; change: ApiChange | null }>;
  return {
    tenures: timeline.flatMap((entry) => (entry.tenure ? [entry.tenure] : [])),
    changes: timeline.flatMap((entry) => (entry.change ? [entry.change] : [])),
  };
}

const ALL_CONFLICTS = `{ conflicts(first: 500) { kind date post { name role } organization { name } people { ${PERSON} } ${EVIDENCE} } }`;
async function conflictSummaries() {
  const { conflicts } = await api.data(ALL_CONFLICTS);
  return (conflicts as ApiConflict[]).map((conflict) => ({
    kind: conflict.kind,
    post: conflict.post && canonical(conflict.post.name),
    organization: conflict.organization && canonical(conflict.organization.name),
    role: conflict.post?.role ?? null,
    date: conflict.date,
    people: conflict.people.map(keyOf).sort(),
    sources: filesOf(conflict.evidence),
  }));
}

async function duplicateSummaries() {
  const { possibleDuplicates } = await api.data(`{ possibleDuplicates(first: 500) { reason people { ${PERSON} } } }`);
  return (possibleDuplicates as Array<{ reason: string; people: ApiPerson[] }>).map((candidate) => ({
    people: candidate.people.map(keyOf).sort(),
    reason: candidate.reason,
  }));
}

/** A tenure in the fixture's terms. */
const tenureSummary = (t: FixtureTenure) => ({
  post: canonical(t.post),
  role: t.role,
  organization: canonical(t.organization),
  startDate: t.startDate,
  endDate: t.endDate,
  firstAttested: t.firstAttested,
  lastAttested: t.lastAttested,
  attestedOn: t.attestedOn,
});
const apiTenureSummary = (t: ApiTenure) =>
  tenureSummary({ ...t, post: t.post.name, role: t.post.role, organization: t.post.organization.name, endBound: null });
type TenureSummary = ReturnType<typeof tenureSummary>;
/** The timeline order (startDate ?? firstAttested), ties broken by post name because they are not significant. */
const byDateThenPost = (a: TenureSummary, b: TenureSummary) =>
  (a.startDate ?? a.firstAttested ?? '~').localeCompare(b.startDate ?? b.firstAttested ?? '~') || a.post.localeCompare(b.post);

/**
 * The days a TERM bound may fall on. README ambiguity 5: an implementation that knows only the
 * term's years may end it at the end of its last year, so any day from the fixture's date (or,
 * when the fixture has none, the start of the last year) to the next 1 January is accepted.
 */
function termEndRange(bound: EndBound & { by: 'TERM' }) {
  const lastYear = Number(/(\d{4})\s*$/.exec(bound.term ?? '')?.[1]);
  if (!Number.isInteger(lastYear)) throw new Error(`TERM bound without the term's years: ${JSON.stringify(bound)}`);
  return { from: bound.date ?? `${lastYear}-01-01`, to: `${lastYear + 1}-01-01`, mayBeNull: bound.date === null };
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  await freshGraph(store);
  const files = await expandArticlePaths([path.join(FIXTURE_DIR, 'articles')]);
  expect(files.map((file) => path.basename(file))).toEqual(Array.from({ length: 14 }, (_, i) => `C${String(i + 1).padStart(2, '0')}.txt`));
  for (const file of files) {
    const article = await readArticle(file, { maxMb: 5 });
    if (!article.url) throw new Error(`${file} has no url: header, so its evidence cannot be traced back to it`);
    fileByUrl.set(article.url, path.basename(file));
    await ingestArticle(store, article);
  }
}, 120_000);
afterAll(() => store.close());

describe('as of a date: holders(minCertainty: POSSIBLE)', () => {
  it.each(fixture.asOf.map((row) => [`${row.role} of ${row.organization} on ${row.on}`, row] as const))('%s', async (_, row) => {
    const organization = await organizationNamed(row.organization);
    const { holders } = await api.data(
      `query ($organization: ID!, $role: Role!, $on: Date!) {
        holders(organization: $organization, role: $role, on: $on, minCertainty: POSSIBLE) { certainty person { ${PERSON} } }
      }`,
      { organization: organization.id, role: row.role, on: row.on },
    );
    const actual = (holders as Array<{ certainty: string; person: ApiPerson }>).map((h) => ({ person: keyOf(h.person), certainty: h.certainty }));
    expect(sorted(actual)).toEqual(sorted(row.expected.map((e) => ({ person: personKey(e), certainty: e.certainty }))));
  });
});

describe('careers: Person.timeline', () => {
  it.each(fixture.people.map((row) => [`tenures of ${personKey(row)}`, row] as const))('%s', async (_, row) => {
    const { tenures } = await tenuresAndChanges(await findPerson(row));
    // Person.timeline lists tenures by startDate ?? firstAttested; ties are not significant.
    const actual = tenures.map(apiTenureSummary);
    expect(actual).toEqual([...actual].sort(byDateThenPost));
    expect([...actual].sort(byDateThenPost)).toEqual(row.timeline.map(tenureSummary).sort(byDateThenPost));
    for (const expected of row.timeline) {
      const tenure = tenures.find((t) => canonical(t.post.name) === canonical(expected.post))!;
      // Each day of attestation has a quote from an article of that day.
      const evidenceDays = new Set(filesOf(tenure.evidence).map(articleDate));
      expect(expected.attestedOn.filter((day) => !evidenceDays.has(day)), `attestation days of ${expected.post} without evidence`).toEqual([]);
      if (expected.endBound?.by === 'TERM') {
        const range = termEndRange({ ...expected.endBound, by: 'TERM' });
        const termEnd = tenure.termEnd ?? null;
        if (termEnd === null) expect(range.mayBeNull, `termEnd of ${expected.post}`).toBe(true);
        else expect(termEnd >= range.from && termEnd <= range.to, `termEnd ${termEnd} of ${expected.post} in [${range.from}, ${range.to}]`).toBe(true);
      }
    }
  });

  it.each(fixture.people.map((row) => [`changes of ${personKey(row)}`, row] as const))('%s', async (_, row) => {
    const { changes } = await tenuresAndChanges(await findPerson(row));
    const actual = changes.map((c) => ({ kind: c.kind, date: c.date, post: c.post && canonical(c.post.name), fromPost: c.fromPost && canonical(c.fromPost.name) }));
    const expected = row.changes.map((c) => ({ kind: c.kind, date: c.date, post: canonical(c.post), fromPost: c.fromPost ? canonical(c.fromPost) : null }));
    expect(sorted(actual)).toEqual(sorted(expected));
  });
});

describe('successions: Post.history, predecessor and successor', () => {
  it.each(fixture.successions.map((row) => [`history of ${row.post}`, row] as const))('%s', async (_, row) => {
    const post = await postOf(row);
    expect(post.singleHolder).toBe(true);
    const actual = post.history.map((t) => ({
      holder: keyOf(t.person),
      predecessor: t.predecessor && keyOf(t.predecessor.person),
      successor: t.successor && keyOf(t.successor.person),
    }));
    const order = row.order.map(personKey);
    expect(actual).toEqual(order.map((holder, i) => ({ holder, predecessor: order[i - 1] ?? null, successor: order[i + 1] ?? null })));
  });

  it.each(fixture.multiHolderPosts.map((row) => [`${row.post} has several holders and no succession`, row] as const))('%s', async (_, row) => {
    const post = await postOf(row);
    expect(post.singleHolder).toBe(false);
    expect(post.history.map((t) => canonical(t.person.name)).sort()).toEqual(row.holders.map(canonical).sort());
    expect(post.history.filter((t) => t.predecessor !== null || t.successor !== null)).toEqual([]);
  });
});

describe('identity: possible duplicates and namesakes', () => {
  const expectedPair = (row: (typeof fixture.possibleDuplicates)[number]) => ({ people: [personKey(row.a), personKey(row.b)].sort(), reason: row.reason });

  it.each(fixture.possibleDuplicates.map((row) => [`${personKey(row.a)} / ${personKey(row.b)}: ${row.reason}`, row] as const))('%s', async (_, row) => {
    // The API's reason strings are the fixture's own (src/domain/name-similarity.ts): no mapping.
    expect(await duplicateSummaries()).toContainEqual(expectedPair(row));
  });

  it(`lists exactly the ${fixture.possibleDuplicates.length} expected pairs`, async () => {
    expect(sorted(await duplicateSummaries())).toEqual(sorted(fixture.possibleDuplicates.map(expectedPair)));
  });

  it.each(fixture.sameNameDistinct.map((row) => [`${row.name}: one Person per province`, row] as const))('%s', async (_, row) => {
    const people = await peopleNamed(row.name);
    expect(new Set(people.map((p) => p.id)).size).toBe(people.length);
    const actual = await Promise.all(
      people.map(async (person) => {
        const { tenures } = await tenuresAndChanges(person);
        return { province: provinceOf(person), posts: tenures.map((t) => canonical(t.post.name)).sort(), sources: filesOf(tenures.flatMap((t) => t.evidence)) };
      }),
    );
    expect(sorted(actual)).toEqual(sorted(row.people.map((p) => ({ province: p.province, posts: p.posts.map(canonical).sort(), sources: [...p.sources].sort() }))));
    const namesakePairs = (await duplicateSummaries()).filter((d) => d.people.every((key) => key.startsWith(`${canonical(row.name)} (`)));
    expect(namesakePairs.length > 0).toBe(row.listedAsPossibleDuplicate);
  });
});

describe('conflicts: the correction queue', () => {
  const expectedConflict = (row: (typeof fixture.conflicts)[number]) => ({
    kind: row.kind,
    post: canonical(row.post),
    organization: canonical(row.organization),
    role: row.role,
    date: row.date,
    people: row.people.map(personKey).sort(),
    sources: [...row.sources].sort(),
  });

  it.each(fixture.conflicts.map((row) => [`${row.kind} in ${row.post} on ${row.date}`, row] as const))('%s', async (_, row) => {
    expect(await conflictSummaries()).toContainEqual(expectedConflict(row));
  });

  it(`lists exactly the ${fixture.conflicts.length} expected conflicts`, async () => {
    expect(sorted(await conflictSummaries())).toEqual(sorted(fixture.conflicts.map(expectedConflict)));
  });
});

/** What each `notExpected` sentence asks, as an assertion; the sentence's own words give the values. */
const NOT_EXPECTED: Array<[RegExp, (match: RegExpExecArray) => Promise<void>]> = [
  [
    /^no conflict of kind (\w+) /,
    async ([, kind]) => expect((await conflictSummaries()).filter((c) => c.kind === kind)).toEqual([]),
  ],
  [
    /^no conflict for (.+?) \/ (.+?) \(different dates\) nor for the Deputy Secretaries \(multi-holder\)$/,
    async ([, first, second]) => {
      const deputies = fixture.multiHolderPosts.filter((post) => post.role === 'DEPUTY_SECRETARY').map((post) => canonical(post.post));
      expect(deputies).not.toEqual([]);
      const names = [first!, second!].map(canonical);
      const involved = (await conflictSummaries()).filter(
        (c) => c.people.some((key) => names.some((name) => key.startsWith(`${name} (`))) || (c.post !== null && deputies.includes(c.post)),
      );
      expect(involved).toEqual([]);
    },
  ],
  [
    /^no attestation of (.+?) on (\d{4}-\d{2}-\d{2}) \('.+' in (C\d{2})\)$/,
    async ([, name, day, file]) => {
      const ref = fixture.people.find((person) => canonical(person.name) === canonical(name!));
      expect(ref, `${name} in people[]`).toBeDefined();
      const { tenures } = await tenuresAndChanges(await findPerson(ref!));
      // The quote calling the post former is its evidence as a former post, never an attestation.
      expect(tenures.filter((t) => (t.lastAttested ?? '') >= day!)).toEqual([]);
      const citing = tenures.filter((t) => filesOf(t.evidence).includes(`${file}.txt`));
      expect(citing.filter((t) => !t.formerOn.includes(day!) || t.attestedOn.includes(day!))).toEqual([]);
    },
  ],
  [
    /^no tenure or change for anyone not named in 'people' \((.+) and the bodies are organizations, not people\)$/,
    async ([, bodies]) => {
      const named = new Set(fixture.people.map((person) => canonical(person.name)));
      const reachable = await reachablePeople();
      expect(reachable.length).toBeGreaterThanOrEqual(named.size);
      expect(reachable.filter((p) => p.tenures + p.changes > 0 && !named.has(canonical(p.name)))).toEqual([]);
      // The bodies the sentence names (Bộ Chính trị, Ban Thường vụ Tỉnh ủy) and the fixture's bodies are no People.
      for (const body of [...bodies!.split(', '), ...fixture.organizations.map((o) => o.name)]) {
        expect(await searchPeople(body), `People found by searching ${body}`).toEqual([]);
      }
    },
  ],
  [
    /^no merge of any possibleDuplicates pair and no possible-duplicate pair for the two (.+)$/,
    async ([, namesake]) => {
      for (const { a, b } of fixture.possibleDuplicates) {
        const [first, second] = await Promise.all([findPerson(a), findPerson(b)]);
        expect(first.id).not.toBe(second.id);
      }
      const pairs = (await duplicateSummaries()).filter((d) => d.people.every((key) => key.startsWith(`${canonical(namesake!)} (`)));
      expect(pairs).toEqual([]);
    },
  ],
];

/** Everyone the API can reach from the fixture's bodies (and their parents and children) and events. */
async function reachablePeople() {
  const people = new Map<string, { name: string; tenures: number; changes: number }>();
  const PERSON_COUNTS = 'id name tenures { post { id } } changes { id }';
  const add = (person: { id: string; name: string; tenures: unknown[]; changes: unknown[] }) =>
    people.set(person.id, { name: person.name, tenures: person.tenures.length, changes: person.changes.length });
  for (const { name } of fixture.organizations) {
    const { organization } = await api.data(
      `query ($id: ID!) { organization(id: $id) { posts { history { person { ${PERSON_COUNTS} } } }
        parent { posts { history { person { ${PERSON_COUNTS} } } } } children { posts { history { person { ${PERSON_COUNTS} } } } } } }`,
      { id: organizationId(name) },
    );
    for (const body of [organization, organization.parent, ...organization.children].filter(Boolean)) {
      for (const post of body.posts) for (const tenure of post.history) add(tenure.person);
    }
  }
  let after: string | null = null;
  do {
    const { events } = await api.data(
      `query ($after: String) { events(first: 100, after: $after) { edges { node { participants { person { ${PERSON_COUNTS} } } } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    for (const edge of events.edges) for (const participation of edge.node.participants) add(participation.person);
    after = events.pageInfo.hasNextPage ? events.pageInfo.endCursor : null;
  } while (after !== null);
  return [...people.values()];
}

describe('not expected', () => {
  it.each(fixture.notExpected.map((row) => [row] as const))('%s', async (row) => {
    const checks = NOT_EXPECTED.flatMap(([pattern, check]) => {
      const match = pattern.exec(row);
      return match ? [() => check(match)] : [];
    });
    expect(checks, `exactly one assertion written for: ${row}`).toHaveLength(1);
    await checks[0]!();
  });
});
