import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { requireEditor, requireRole } from '../../../src/api/auth/require-role.js';
import { thrownBy } from '../../support/thrown.js';

const thrown = (run: () => unknown) => thrownBy(GraphQLError, run);

describe('requireEditor', () => {
  it('returns the editor, for the audit trail', () => {
    expect(requireEditor({ caller: { name: 'lan', role: 'editor' } })).toEqual({ name: 'lan', role: 'editor' });
  });

  it('without a key: UNAUTHENTICATED, HTTP 401 with a Bearer challenge, saying how to send and get a key', () => {
    const error = thrown(() => requireEditor({ caller: null }));
    expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } });
    expect(error.message).toBe(
      'An API key is needed for mutations: send it as `Authorization: Bearer <key>` or `X-API-Key: <key>`. ' +
        'Ask the operator of this API for one; they make keys with `officials keys create` (README, "API keys").',
    );
  });

  it('treats a context without caller (no auth plugin) as no key', () => {
    expect(thrown(() => requireEditor({})).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('with a reader key: FORBIDDEN, HTTP 403, naming the key and its role', () => {
    const error = thrown(() => requireEditor({ caller: { name: 'ci-bot', role: 'reader' } }));
    expect(error.extensions).toEqual({ code: 'FORBIDDEN', http: { status: 403 } });
    expect(error.message).toBe(
      'An API key with the editor role is needed for mutations; the key "ci-bot" has the reader role. Ask the operator of this API for a key with the editor role.',
    );
  });
});

describe('requireRole', () => {
  it('lets an editor do what a reader can', () => {
    expect(requireRole({ caller: { name: 'lan', role: 'editor' } }, 'reader', 'reading')).toEqual({ name: 'lan', role: 'editor' });
  });
});
