import { describe, expect, it } from 'vitest';
import { holdersQuestions, mergePair, namedPeople, timelinePeople, type NamedPerson } from '../../../src/eval/bench-samples.js';
import { formatIngestBench, type IngestBenchResult } from '../../../src/eval/ingest-bench-report.js';
import type { ArticleGraph, PersonRecord, PostRecord, TenureRecord } from '../../../src/resolve/article-graph.js';

const person = (id: string, name: string): PersonRecord => ({ id, name, nameFolded: name.toLowerCase(), areaId: 'area:nghe-an', naturalIds: [id], mergeable: true });
const post = (id: string, organizationId: string, role: PostRecord['role']): PostRecord => ({
  id,
  role,
  name: id,
  nameEn: id,
  nameFolded: id,
  singleHolder: role === 'SECRETARY',
  organizationId,
});
const tenure = (personId: string, postId: string, attestedOn: string[], startDate: string | null = null): TenureRecord => ({
  id: `tenure:${personId}--${postId}`,
  personId,
  postId,
  startDate,
  endDate: null,
  attestedOn,
  formerOn: [],
  namedCurrent: true,
  terms: [],
  termYears: [],
  evidenceIds: [],
});
const graph = (people: PersonRecord[], posts: PostRecord[] = [], tenures: TenureRecord[] = []): ArticleGraph => ({
  source: { id: `source:${people.map((p) => p.id).join()}`, title: null, url: null, publishedOn: null, periodFrom: null, periodTo: null, author: null, text: '' },
  evidence: [],
  areas: [],
  organizations: [],
  posts,
  people,
  tenures,
  events: [],
  participations: [],
  organizationEnds: [],
  changes: [],
  successions: [],
});

const nam = person('person:le-van-nam', 'Lê Văn Nam');
const hai = person('person:vu-minh-hai', 'Vũ Minh Hải');
const lan = person('person:le-thi-lan', 'Lê Thị Lan');
const secretary = post('post:bi-thu-tinh-uy-nghe-an', 'org:tinh-uy-nghe-an', 'SECRETARY');
const chair = post('post:chu-tich-ubnd-tinh-nghe-an', 'org:ubnd-tinh-nghe-an', 'CHAIR');

describe('whom bench ingest asks about', () => {
  const graphs = [
    graph([nam, hai], [secretary, chair], [tenure(nam.id, secretary.id, ['2024-03-01']), tenure(hai.id, chair.id, ['2024-03-01'], '2021-07-01')]),
    graph([nam, lan, nam], [secretary], [tenure(nam.id, secretary.id, ['2024-09-10'])]),
    graph([nam, hai, lan]),
  ];

  it('counts the articles naming each person once per article, most-named first', () => {
    expect(namedPeople(graphs)).toEqual([
      { id: nam.id, name: 'Lê Văn Nam', articles: 3 },
      { id: lan.id, name: 'Lê Thị Lan', articles: 2 },
      { id: hai.id, name: 'Vũ Minh Hải', articles: 2 },
    ]);
  });

  it('merges the most-named person with the most-named of the same family name, else with the runner-up', () => {
    const people: NamedPerson[] = [
      { id: 'a', name: 'Lê Văn Nam', articles: 9 },
      { id: 'b', name: 'Vũ Minh Hải', articles: 8 },
      { id: 'c', name: 'Lê Thị Lan', articles: 5 },
    ];
    expect(mergePair(people)).toEqual({ into: people[0], merged: people[2] });
    expect(mergePair(people.slice(0, 2))).toEqual({ into: people[0], merged: people[1] });
    expect(mergePair(people.slice(0, 1))).toBeNull();
  });

  it('asks holders about the bodies and roles written, on attested days or up to 180 days either side', () => {
    const questions = holdersQuestions(graphs, 1, 10);
    // Four (body, role, day) written: two attestations of the Secretary, the Chair's attestation and reported start.
    expect(questions).toHaveLength(4);
    expect(holdersQuestions(graphs, 1, 10)).toEqual(questions);
    const written = [
      { organization: 'org:tinh-uy-nghe-an', role: 'SECRETARY', on: '2024-03-01' },
      { organization: 'org:tinh-uy-nghe-an', role: 'SECRETARY', on: '2024-09-10' },
      { organization: 'org:ubnd-tinh-nghe-an', role: 'CHAIR', on: '2024-03-01' },
      { organization: 'org:ubnd-tinh-nghe-an', role: 'CHAIR', on: '2021-07-01' },
    ];
    for (const [index, question] of questions.entries()) {
      const near = written.filter((w) => w.organization === question.organization && w.role === question.role);
      const days = near.map((w) => Math.abs(Date.parse(question.on) - Date.parse(w.on)) / 86_400_000);
      if (index % 2 === 0) expect(days).toContain(0);
      else expect(Math.min(...days)).toBeLessThanOrEqual(180);
    }
    expect(holdersQuestions(graphs, 1, 2)).toHaveLength(2);
  });

  it('draws timeline people by seed, the same each time', () => {
    const people = namedPeople(graphs);
    expect(timelinePeople(people, 1, 2)).toEqual(timelinePeople(people, 1, 2));
    expect(timelinePeople(people, 1, 2)).toHaveLength(2);
    expect(new Set(timelinePeople(people, 1, 10))).toEqual(new Set([nam.id, hai.id, lan.id]));
  });
});

describe('the bench ingest report', () => {
  const result: IngestBenchResult = {
    articles: 4,
    seed: 1,
    bytes: 4 * 1024 * 1024,
    people: 30,
    recurringPeople: 12,
    neo4j: { version: '5.26.0', edition: 'community' },
    warmupArticles: 4,
    totalMs: 2000,
    perArticleMs: [400, 500, 600, 500],
    warmupRequests: 10,
    holders: { ms: [1, 2, 3, 4], answered: 3 },
    timeline: { ms: [5, 6], entries: 7 },
    merge: {
      ms: 123.45,
      readAgain: 5,
      into: { id: 'a', name: 'Lê Văn Nam', articles: 3 },
      merged: { id: 'c', name: 'Lê Thị Lan', articles: 1 },
    },
  };
  const machine = { cpu: 'Test CPU', cores: 2, node: 'v20.19.0', platform: 'linux x64' };

  it('prints the machine, the corpus, Neo4j, ingest throughput, read latency and the merge', () => {
    expect(formatIngestBench(result, machine)).toBe(
      [
        'Machine: Test CPU, 2 cores, Node v20.19.0 (linux x64)',
        'Corpus: 4 synthetic articles with a recurring cast (seed 1), 4.00 MB, 1024.0 KB per article on average; 30 people, 12 of them in 2 or more articles',
        'Neo4j: 5.26.0 community, empty at the start and emptied at the end',
        'Warm-up: 4 articles ingested and a merge made, not timed, then deleted',
        'Timed: ingestArticle() over all 4 articles, one after another (extract, resolve, one write transaction each): 2.00 s',
        '  articles/s:        2.0',
        '  ms per article:    p50 500.00, p95 600.00, max 600.00',
        'Reads on the filled graph: the in-process GraphQL API, one request at a time, after 10 untimed of each kind',
        '  holders p50:       2.00 ms, p95 4.00 ms (4 (organization, role, date) near the tenures written; 3 with a holder)',
        '  timeline p50:      5.00 ms, p95 6.00 ms (2 people; 3.5 entries on average)',
        'Correction: applyCorrection merging Lê Thị Lan (1 article) into Lê Văn Nam (3 articles)',
        '  merge ms:          123.5 (5 articles read again)',
        '',
      ].join('\n'),
    );
  });

  it('says so when there was no one to merge', () => {
    expect(formatIngestBench({ ...result, merge: null }, machine)).toMatch(/\nCorrection: none timed \(the corpus names fewer than two people\)\n$/);
  });
});
