import { performance } from 'node:perf_hooks';
import { createApi } from '../api/yoga.js';
import type { HoldersQuestion } from '../eval/bench-samples.js';
import type { Store } from '../store/store.js';

/** What a user asks for "who held it then": the holding, the person and the proof. */
const HOLDERS = `query Holders($organization: ID!, $role: Role!, $on: Date!) {
  holders(organization: $organization, role: $role, on: $on) {
    certainty
    reason
    person { id name }
    tenure { id startDate endDate evidence { quote source { title publishedOn } } }
  }
}`;

/** A career page: every tenure and change in date order, with posts and proof. */
const TIMELINE = `query Timeline($id: ID!) {
  person(id: $id) {
    id
    name
    timeline {
      date
      tenure { id startDate endDate firstAttested lastAttested post { name organization { name } } evidence { quote } }
      change { id kind date post { name } }
    }
  }
}`;

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string }>;
}

export interface TimedReads {
  ms: number[];
  /** holders: questions with at least one holder; timeline: entries in all. */
  found: number;
}

/**
 * Times GraphQL requests to the API in-process (`yoga.fetch`, as an app's request would run
 * without the network): parsing, validation, resolvers, loaders and Neo4j, one at a time.
 */
export function benchReader(store: Store) {
  const api = createApi({ store, apiVersion: 'bench' });
  const request = async (query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const response = await api.fetch('http://bench.invalid/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as GraphQLAnswer;
    // A benchmark of failing requests would time error handling: stop instead.
    if (answer.errors?.length || !answer.data) {
      throw new Error(`the API answered ${JSON.stringify(variables)} with an error: ${answer.errors?.[0]?.message ?? 'no data'}`);
    }
    return answer.data;
  };
  const timed = async <T>(items: readonly T[], warmup: number, ask: (item: T) => Promise<number>): Promise<TimedReads> => {
    for (const item of items.slice(0, warmup)) await ask(item);
    const ms: number[] = [];
    let found = 0;
    for (const item of items) {
      const before = performance.now();
      found += await ask(item);
      ms.push(performance.now() - before);
    }
    return { ms, found };
  };
  return {
    /** Times `holders` for each question, after `warmup` untimed ones. */
    holders: (questions: readonly HoldersQuestion[], warmup: number) =>
      timed(questions, warmup, async (question) => ((await request(HOLDERS, { ...question })).holders as unknown[]).length > 0 ? 1 : 0),
    /** Times `person { timeline }` for each person, after `warmup` untimed ones. */
    timelines: (personIds: readonly string[], warmup: number) =>
      timed(personIds, warmup, async (id) => {
        const person = (await request(TIMELINE, { id })).person as { timeline: unknown[] } | null;
        if (!person) throw new Error(`the API found no person ${id}, which the bench wrote`);
        return person.timeline.length;
      }),
  };
}
