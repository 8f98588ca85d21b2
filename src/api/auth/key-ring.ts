import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKey } from './api-keys.js';
import type { Caller } from './roles.js';

/** Who holds `key`, or null when it is none of the accepted keys. */
export type KeyRing = (key: string) => Caller | null;

/**
 * Recognises the accepted keys by their SHA-256. Every hash is compared, in constant time, so
 * the time taken tells nothing about which key came close.
 */
export function createKeyRing(keys: readonly ApiKey[]): KeyRing {
  const entries = keys.map(({ name, role, sha256 }) => ({ caller: { name, role }, digest: Buffer.from(sha256, 'hex') }));
  return (key) => {
    const digest = createHash('sha256').update(key, 'utf8').digest();
    let found: Caller | null = null;
    for (const entry of entries) {
      if (timingSafeEqual(digest, entry.digest)) found = entry.caller;
    }
    return found;
  };
}
