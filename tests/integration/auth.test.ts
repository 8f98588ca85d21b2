import { createSchema, createYoga, type YogaServerOptions } from 'graphql-yoga';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiKey } from '../../src/api/auth/api-keys.js';
import { generateApiKey, hashApiKey } from '../../src/api/auth/key-material.js';
import { requireEditor, type CallerContext } from '../../src/api/auth/require-role.js';
import { useApiKeys } from '../../src/api/auth/use-api-keys.js';
import { useMutationsNeedEditor } from '../../src/api/auth/use-mutations-need-editor.js';
import { createApi } from '../../src/api/yoga.js';
import { testStore } from '../support/neo4j.js';

const store = testStore();
afterAll(() => store.close());

const editorKey = generateApiKey();
const readerKey = generateApiKey();
const apiKeys: ApiKey[] = [
  { name: 'lan', role: 'editor', sha256: hashApiKey(editorKey) },
  { name: 'ci-bot', role: 'reader', sha256: hashApiKey(readerKey) },
];

const READ = '{ health { api { version } } }';
const INTROSPECTION = '{ __schema { queryType { name } } }';
const GET_A_KEY = 'Ask the operator of this API for one; they make keys with `officials keys create` (README, "API keys").';

interface Answer {
  status: number;
  challenge: string | null;
  body: { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function post(
  api: { fetch: (url: string, init: RequestInit) => Response | Promise<Response> },
  query: string,
  headers: Record<string, string> = {},
  operationName?: string,
): Promise<Answer> {
  const response = await api.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, operationName }),
  });
  return { status: response.status, challenge: response.headers.get('www-authenticate'), body: await response.json() };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const codes = (answer: Answer) => answer.body.errors?.map((error) => error.extensions?.code);

describe('the API with reads open (the default)', () => {
  const api = createApi({ store, apiVersion: '9.9.9', apiKeys });

  it('answers a query and introspection without a key', async () => {
    expect(await post(api, READ)).toEqual({ status: 200, challenge: null, body: { data: { health: { api: { version: '9.9.9' } } } } });
    expect((await post(api, INTROSPECTION)).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('answers a query with a reader key and with an editor key', async () => {
    expect((await post(api, READ, bearer(readerKey))).body.data).toEqual({ health: { api: { version: '9.9.9' } } });
    expect((await post(api, READ, { 'x-api-key': editorKey })).body.data).toEqual({ health: { api: { version: '9.9.9' } } });
  });

  it('refuses an unknown key with 401 UNAUTHENTICATED, though the query needs none: the client meant to use it', async () => {
    const answer = await post(api, READ, bearer(generateApiKey()));
    expect(answer).toEqual({
      status: 401,
      challenge: 'Bearer error="invalid_token"',
      body: { errors: [{ message: `The API key is not valid: it is none of the keys this API accepts. ${GET_A_KEY}`, extensions: { code: 'UNAUTHENTICATED' } }] },
    });
  });

  it('refuses a malformed key with 401 UNAUTHENTICATED, saying what is wrong without repeating it', async () => {
    const answer = await post(api, READ, { authorization: 'letmein-please' });
    expect(answer.status).toBe(401);
    expect(answer.body.errors).toEqual([
      { message: `The API key is not valid: the Authorization header must read \`Bearer <key>\`. ${GET_A_KEY}`, extensions: { code: 'UNAUTHENTICATED' } },
    ]);
    const short = await post(api, READ, { 'x-api-key': 'letmein-please' });
    expect(short.status).toBe(401);
    expect(short.body.errors?.[0]?.message).not.toContain('letmein');
  });

  it('with no keys configured (createApi without apiKeys) leaves reads open and accepts no key', async () => {
    const bare = createApi({ store, apiVersion: '9.9.9' });
    expect((await post(bare, READ)).status).toBe(200);
    expect((await post(bare, READ, bearer(editorKey))).status).toBe(401);
  });
});

describe('the API with READS_REQUIRE_KEY', () => {
  const api = createApi({ store, apiVersion: '9.9.9', apiKeys, readsRequireKey: true });

  it('refuses a query without a key: 401 UNAUTHENTICATED with a Bearer challenge, saying how to send and get a key', async () => {
    expect(await post(api, READ)).toEqual({
      status: 401,
      challenge: 'Bearer',
      body: {
        errors: [
          {
            message: `An API key is needed for every request to this API: send it as \`Authorization: Bearer <key>\` or \`X-API-Key: <key>\`. ${GET_A_KEY}`,
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      },
    });
  });

  it('refuses introspection and GET queries without a key', async () => {
    expect(codes(await post(api, INTROSPECTION))).toEqual(['UNAUTHENTICATED']);
    const response = await api.fetch(`http://api.test/graphql?query=${encodeURIComponent(READ)}`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(401);
  });

  it('answers a query with a reader key, sent either way', async () => {
    for (const headers of [bearer(readerKey), { 'x-api-key': readerKey }]) {
      expect(await post(api, READ, headers)).toEqual({ status: 200, challenge: null, body: { data: { health: { api: { version: '9.9.9' } } } } });
    }
  });

  it('refuses a bad key with 401', async () => {
    const answer = await post(api, READ, { 'x-api-key': generateApiKey() });
    expect(answer.status).toBe(401);
    expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps /healthz, /readyz and the GraphiQL page open', async () => {
    expect((await api.fetch('http://api.test/healthz')).status).toBe(200);
    expect((await api.fetch('http://api.test/readyz')).status).toBe(200);
    const graphiql = await api.fetch('http://api.test/graphql', { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toMatch(/graphiql/i);
  });
});

/** A minimal schema with a mutation that records who ran it: the plugins' rules on their own. */
function mutationApi(plugins: YogaServerOptions<object, CallerContext>['plugins'], touch: (context: CallerContext) => string) {
  const touched: string[] = [];
  const api = createYoga({
    schema: createSchema<CallerContext>({
      typeDefs: 'type Query { ping: Boolean } type Mutation { touch: String }',
      resolvers: {
        Query: { ping: () => true },
        Mutation: {
          touch: (_: unknown, __: unknown, context: CallerContext) => {
            const by = touch(context);
            touched.push(by);
            return by;
          },
        },
      },
    }),
    plugins,
    logging: false,
  });
  return { api, touched };
}

describe('the API refuses corrections without an editor key, at the HTTP level', () => {
  const api = createApi({ store, apiVersion: '9.9.9', apiKeys });
  const REJECT = 'mutation { rejectEvidence(evidence: "evidence:none:0-1", note: "wrong") { kind } }';

  it('answers 401 without a key and 403 with a reader key, and records nothing', async () => {
    const before = (await post(api, '{ auditLog { id } }')).body.data?.auditLog;
    expect(await post(api, REJECT)).toMatchObject({ status: 401, challenge: 'Bearer', body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
    expect(await post(api, REJECT, bearer(readerKey))).toMatchObject({ status: 403, body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] } });
    expect((await post(api, '{ auditLog { id } }')).body.data?.auditLog).toEqual(before);
  });

  it('runs it with an editor key (here: NOT_FOUND, no such quote)', async () => {
    expect(codes(await post(api, REJECT, bearer(editorKey)))).toEqual(['NOT_FOUND']);
  });
});

describe('mutations: the plugins on a minimal schema', () => {
  const withChecks = () =>
    mutationApi([useApiKeys({ keys: apiKeys, readsRequireKey: false }), useMutationsNeedEditor()], (context) => context.caller?.name ?? '(nobody)');

  it('refuses a mutation without a key before it runs: 401 UNAUTHENTICATED', async () => {
    const { api, touched } = withChecks();
    const answer = await post(api, 'mutation { touch }');
    expect(answer.status).toBe(401);
    expect(answer.challenge).toBe('Bearer');
    expect(answer.body.errors).toEqual([
      {
        message: `An API key is needed for mutations: send it as \`Authorization: Bearer <key>\` or \`X-API-Key: <key>\`. ${GET_A_KEY}`,
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ]);
    expect(answer.body.data).toBeUndefined();
    expect(touched).toEqual([]);
  });

  it('refuses a mutation with a reader key before it runs: 403 FORBIDDEN', async () => {
    const { api, touched } = withChecks();
    const answer = await post(api, 'mutation { touch }', bearer(readerKey));
    expect(answer.status).toBe(403);
    expect(answer.body.errors).toEqual([
      {
        message:
          'An API key with the editor role is needed for mutations; the key "ci-bot" has the reader role. Ask the operator of this API for a key with the editor role.',
        extensions: { code: 'FORBIDDEN' },
      },
    ]);
    expect(touched).toEqual([]);
  });

  it('refuses a mutation with an unknown key: 401 UNAUTHENTICATED', async () => {
    const { api, touched } = withChecks();
    const answer = await post(api, 'mutation { touch }', bearer(generateApiKey()));
    expect(answer.status).toBe(401);
    expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
    expect(touched).toEqual([]);
  });

  it('runs a mutation with an editor key, the resolver knowing who called', async () => {
    const { api, touched } = withChecks();
    expect(await post(api, 'mutation { touch }', { 'x-api-key': editorKey })).toEqual({ status: 200, challenge: null, body: { data: { touch: 'lan' } } });
    expect(touched).toEqual(['lan']);
  });

  it('judges the operation that runs: a reader may run the query of a document that also holds a mutation', async () => {
    const { api } = withChecks();
    const document = 'query Read { ping } mutation Write { touch }';
    expect((await post(api, document, bearer(readerKey), 'Read')).body).toEqual({ data: { ping: true } });
    expect(codes(await post(api, document, bearer(readerKey), 'Write'))).toEqual(['FORBIDDEN']);
  });

  it('requireEditor in a resolver refuses on its own, with the same codes', async () => {
    const { api, touched } = mutationApi([useApiKeys({ keys: apiKeys, readsRequireKey: false })], (context) => requireEditor(context).name);
    const anonymous = await post(api, 'mutation { touch }');
    expect([anonymous.status, codes(anonymous)]).toEqual([401, ['UNAUTHENTICATED']]);
    const reader = await post(api, 'mutation { touch }', bearer(readerKey));
    expect([reader.status, codes(reader)]).toEqual([403, ['FORBIDDEN']]);
    expect((await post(api, 'mutation { touch }', bearer(editorKey))).body).toEqual({ data: { touch: 'lan' } });
    expect(touched).toEqual(['lan']);
  });
});
