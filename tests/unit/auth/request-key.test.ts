import { describe, expect, it } from 'vitest';
import { presentedKey } from '../../../src/api/auth/request-key.js';

const KEY = 'og_' + 'k'.repeat(43);
const OTHER = 'og_' + 'o'.repeat(43);

describe('presentedKey', () => {
  it.each<[string, Record<string, string>, ReturnType<typeof presentedKey>]>([
    ['no header', {}, { key: null }],
    ['Authorization: Bearer', { authorization: `Bearer ${KEY}` }, { key: KEY }],
    ['the scheme in any case, extra spaces', { authorization: `  bearer   ${KEY}  ` }, { key: KEY }],
    ['X-API-Key', { 'x-api-key': KEY }, { key: KEY }],
    ['X-API-Key with spaces around', { 'X-API-Key': ` ${KEY} ` }, { key: KEY }],
    ['both headers, the same key', { authorization: `Bearer ${KEY}`, 'x-api-key': KEY }, { key: KEY }],
    ['empty headers', { authorization: '', 'x-api-key': '' }, { key: null }],
    ['another scheme (a proxy in front): not ours', { authorization: 'Basic dXNlcjpwYXNz' }, { key: null }],
    ['another scheme, and X-API-Key', { authorization: 'Basic dXNlcjpwYXNz', 'x-api-key': KEY }, { key: KEY }],
    ['a key without Bearer', { authorization: KEY }, { problem: 'the Authorization header must read `Bearer <key>`' }],
    [
      'two different keys',
      { authorization: `Bearer ${KEY}`, 'x-api-key': OTHER },
      { problem: 'the Authorization and X-API-Key headers carry different keys; send one' },
    ],
    [
      'a short key',
      { 'x-api-key': 'secret' },
      { problem: 'it is 6 characters long; a key has at least 32 (`officials keys create` makes 46)' },
    ],
    [
      'a key with characters keys never have',
      { 'x-api-key': `${KEY}!` },
      { problem: 'it holds characters a key never has (keys are letters, digits and - . _ ~ + / =)' },
    ],
  ])('%s', (_, headers, expected) => {
    expect(presentedKey(new Headers(headers))).toEqual(expected);
  });
});
