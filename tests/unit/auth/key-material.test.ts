import { describe, expect, it } from 'vitest';
import { generateApiKey, hashApiKey, keyProblem } from '../../../src/api/auth/key-material.js';
import { createKeyRing } from '../../../src/api/auth/key-ring.js';
import { hasRole } from '../../../src/api/auth/roles.js';

describe('generateApiKey', () => {
  it('makes og_ and 32 random bytes in base64url, different every time', () => {
    const keys = Array.from({ length: 20 }, generateApiKey);
    for (const key of keys) {
      expect(key).toMatch(/^og_[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(key.slice(3), 'base64url')).toHaveLength(32);
      expect(keyProblem(key)).toBeUndefined();
    }
    expect(new Set(keys).size).toBe(20);
  });
});

describe('hashApiKey', () => {
  it('is the SHA-256 of the key as lowercase hex', () => {
    expect(hashApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('keyProblem', () => {
  it.each([
    ['og_' + 'A'.repeat(43), undefined],
    ['x'.repeat(32), undefined],
    ['abc+/def~ghi.jkl-mno_pqr0123456789==', undefined],
    ['hunter2', 'it is 7 characters long; a key has at least 32 (`officials keys create` makes 46)'],
    ['x'.repeat(513), 'it is 513 characters long; a key has at most 512'],
    ['og_with space' + 'x'.repeat(30), 'it holds characters a key never has (keys are letters, digits and - . _ ~ + / =)'],
    ['og_ký_tự_có_dấu' + 'x'.repeat(30), 'it holds characters a key never has (keys are letters, digits and - . _ ~ + / =)'],
    ['', 'it holds characters a key never has (keys are letters, digits and - . _ ~ + / =)'],
  ])('%s → %s', (key, problem) => {
    expect(keyProblem(key)).toBe(problem);
  });
});

describe('createKeyRing', () => {
  const editorKey = generateApiKey();
  const readerKey = generateApiKey();
  const identify = createKeyRing([
    { name: 'lan', role: 'editor', sha256: hashApiKey(editorKey) },
    { name: 'key-1234abcd', role: 'reader', sha256: hashApiKey(readerKey) },
  ]);

  it('names the holder and role of an accepted key', () => {
    expect(identify(editorKey)).toEqual({ name: 'lan', role: 'editor' });
    expect(identify(readerKey)).toEqual({ name: 'key-1234abcd', role: 'reader' });
  });

  it('knows no other key, nor a hash given as the key', () => {
    expect(identify(generateApiKey())).toBeNull();
    expect(identify(hashApiKey(editorKey))).toBeNull();
    expect(identify(editorKey.slice(0, -1))).toBeNull();
  });

  it('with no keys configured, knows none', () => {
    expect(createKeyRing([])(editorKey)).toBeNull();
  });
});

describe('hasRole', () => {
  it('an editor can do what a reader can; a reader cannot edit', () => {
    expect(hasRole({ name: 'a', role: 'editor' }, 'reader')).toBe(true);
    expect(hasRole({ name: 'a', role: 'editor' }, 'editor')).toBe(true);
    expect(hasRole({ name: 'a', role: 'reader' }, 'reader')).toBe(true);
    expect(hasRole({ name: 'a', role: 'reader' }, 'editor')).toBe(false);
  });
});
