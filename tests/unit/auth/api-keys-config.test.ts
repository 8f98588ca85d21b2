import { describe, expect, it } from 'vitest';
import { formatApiKeyEntry, parseApiKeyEntries } from '../../../src/api/auth/api-keys.js';
import { ConfigError, parseEnvironment } from '../../../src/config/environment.js';

const HASH_A = 'a'.repeat(64);
const HASH_B = '0123456789abcdef'.repeat(4);
const PASTED_KEY = 'og_ThisIsAKeyPastedWhereItsHashBelongs0123456';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    parseEnvironment(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('API_KEYS', () => {
  it('is undefined when unset, as is READS_REQUIRE_KEY (createApi then accepts no key and leaves reads open)', () => {
    const env = parseEnvironment({});
    expect(env.API_KEYS).toBeUndefined();
    expect(env.READS_REQUIRE_KEY).toBeUndefined();
  });

  it('reads named and unnamed entries; an unnamed key is named after the start of its hash', () => {
    expect(parseEnvironment({ API_KEYS: `lan:editor:${HASH_A},reader:${HASH_B}` }).API_KEYS).toEqual([
      { name: 'lan', role: 'editor', sha256: HASH_A },
      { name: 'key-01234567', role: 'reader', sha256: HASH_B },
    ]);
  });

  it('trims spaces and newlines, skips blank entries, and lowercases the hash', () => {
    expect(parseEnvironment({ API_KEYS: ` ci-bot@example.org : reader : ${HASH_B.toUpperCase()} ,\n , ` }).API_KEYS).toEqual([
      { name: 'ci-bot@example.org', role: 'reader', sha256: HASH_B },
    ]);
  });

  it('round-trips the entries formatApiKeyEntry writes', () => {
    const text = [formatApiKeyEntry({ name: 'lan', role: 'editor', sha256: HASH_A }), formatApiKeyEntry({ role: 'reader', sha256: HASH_B })].join(',');
    expect(text).toBe(`lan:editor:${HASH_A},reader:${HASH_B}`);
    expect(parseApiKeyEntries(text)).toEqual({
      keys: [
        { name: 'lan', role: 'editor', sha256: HASH_A },
        { name: 'key-01234567', role: 'reader', sha256: HASH_B },
      ],
      problems: [],
    });
  });

  it('names API_KEYS and the position of an entry with a bad role', () => {
    expect(problemsOf({ API_KEYS: `reader:${HASH_B},admin:${HASH_A}` })).toEqual(['API_KEYS: entry 2: expected the role reader or editor']);
  });

  it('names API_KEYS and the position of an entry with a bad hash', () => {
    expect(problemsOf({ API_KEYS: `lan:editor:${HASH_A.slice(1)}` })).toEqual([
      "API_KEYS: entry 1: expected the key's SHA-256 as 64 hex digits (from `officials keys hash`), never the key itself",
    ]);
  });

  it.each([
    ['no role', HASH_A],
    ['four parts', `a:b:editor:${HASH_A}`],
  ])('refuses an entry of the wrong shape (%s)', (_, entry) => {
    expect(problemsOf({ API_KEYS: entry })).toEqual([
      'API_KEYS: entry 1: expected <role>:<sha256> or <name>:<role>:<sha256>, as printed by `officials keys create`',
    ]);
  });

  it('refuses a name with characters the audit trail cannot carry', () => {
    expect(problemsOf({ API_KEYS: `Nguyễn Lan:editor:${HASH_A}` })).toEqual([
      "API_KEYS: entry 1: expected a name of 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit",
    ]);
  });

  it('refuses the same key listed twice', () => {
    expect(problemsOf({ API_KEYS: `a:reader:${HASH_A},b:editor:${HASH_A.toUpperCase()}` })).toEqual([
      'API_KEYS: entry 2: the same key as entry 1; list each key once',
    ]);
  });

  it('reports every problem of every entry, and of the other variables, at once', () => {
    expect(problemsOf({ API_KEYS: `admin:xyz,lan:reader:${HASH_A},,bad name:owner:${HASH_B}`, PORT: 'abc' })).toEqual([
      'PORT="abc": expected a TCP port: a whole number from 1 to 65535',
      'API_KEYS: entry 1: expected the role reader or editor',
      "API_KEYS: entry 1: expected the key's SHA-256 as 64 hex digits (from `officials keys hash`), never the key itself",
      "API_KEYS: entry 4: expected a name of 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit",
      'API_KEYS: entry 4: expected the role reader or editor',
    ]);
  });

  it('never repeats what was written: an entry may hold a pasted key', () => {
    for (const entry of [`editor:${PASTED_KEY}`, `${PASTED_KEY}:editor`, PASTED_KEY, `reader:${PASTED_KEY}:${HASH_A}`]) {
      const problems = problemsOf({ API_KEYS: entry });
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.join('\n')).not.toContain(PASTED_KEY.slice(3, 20));
    }
  });
});

describe('READS_REQUIRE_KEY', () => {
  it.each([
    ['true', true],
    ['false', false],
  ])('reads %s', (value, expected) => {
    expect(parseEnvironment({ READS_REQUIRE_KEY: value, API_KEYS: `reader:${HASH_A}` }).READS_REQUIRE_KEY).toBe(expected);
  });

  it('accepts only true or false', () => {
    expect(problemsOf({ READS_REQUIRE_KEY: 'yes' })).toEqual(['READS_REQUIRE_KEY="yes": expected true or false']);
  });

  it('refuses true with no key to read with, even alongside other problems', () => {
    expect(problemsOf({ READS_REQUIRE_KEY: 'true', PORT: '0' })).toEqual([
      'PORT="0": expected a TCP port of at least 1',
      'READS_REQUIRE_KEY="true": API_KEYS lists no key, so no client could call the API: add one to API_KEYS (`officials keys create --role reader`) or set READS_REQUIRE_KEY=false',
    ]);
  });

  it('does not add that problem when API_KEYS is itself bad', () => {
    expect(problemsOf({ READS_REQUIRE_KEY: 'true', API_KEYS: 'reader:xyz' })).toEqual([
      "API_KEYS: entry 1: expected the key's SHA-256 as 64 hex digits (from `officials keys hash`), never the key itself",
    ]);
  });
});
