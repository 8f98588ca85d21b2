import { createHash, randomBytes } from 'node:crypto';

/** Marks our keys, so a leaked one is recognisable (secret scanners, logs). */
export const KEY_PREFIX = 'og_';
const KEY_BYTES = 32;
const MIN_KEY_LENGTH = 32;
const MAX_KEY_LENGTH = 512;
/** RFC 7235 token68: what can follow `Bearer ` in an Authorization header. */
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * A new API key: `og_` and 32 random bytes in base64url (46 characters). That much entropy is
 * why an unsalted SHA-256 is a safe way to store it.
 */
export function generateApiKey(): string {
  return `${KEY_PREFIX}${randomBytes(KEY_BYTES).toString('base64url')}`;
}

/** The SHA-256 of a key, as 64 lowercase hex digits: what API_KEYS holds instead of the key. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * Why `key` cannot be an API key, or undefined when it can. Never repeats the key.
 *
 * @example
 * keyProblem('hunter2') // 'it is 7 characters long; a key has at least 32 (`officials keys create` makes 46)'
 */
export function keyProblem(key: string): string | undefined {
  if (!TOKEN68.test(key)) return 'it holds characters a key never has (keys are letters, digits and - . _ ~ + / =)';
  if (key.length < MIN_KEY_LENGTH) {
    return `it is ${key.length} characters long; a key has at least ${MIN_KEY_LENGTH} (\`officials keys create\` makes ${KEY_PREFIX.length + 43})`;
  }
  if (key.length > MAX_KEY_LENGTH) return `it is ${key.length} characters long; a key has at most ${MAX_KEY_LENGTH}`;
  return undefined;
}
