import { z } from 'zod';
import { ROLES, type Role } from './roles.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
const NAME_RULE = "expected a name of 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit";
const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** Who holds a key, as the audit trail names them (`--name`, the first part of an API_KEYS entry). */
export const ApiKeyNameModel = z.string().regex(NAME, NAME_RULE);

/** A key the API accepts: only its SHA-256 is known, never the key itself. */
export interface ApiKey {
  name: string;
  role: Role;
  /** 64 lowercase hex digits. */
  sha256: string;
}

/** The name of a key whose entry gives none: stable while the key lives, and no secret. */
export const defaultKeyName = (sha256: string) => `key-${sha256.slice(0, 8)}`;

/**
 * One API_KEYS entry: `<name>:<role>:<sha256>`, or `<role>:<sha256>` without a name.
 *
 * @example
 * formatApiKeyEntry({ name: 'lan', role: 'editor', sha256: '9f86…' }) // 'lan:editor:9f86…'
 */
export function formatApiKeyEntry({ name, role, sha256 }: { name?: string | undefined; role: Role; sha256: string }): string {
  return [...(name === undefined ? [] : [name]), role, sha256].join(':');
}

/** The problems of one entry (numbered from 1, as written); none of them repeats what was written. */
function parseEntry(entry: string, position: number): ApiKey | string[] {
  const parts = entry.split(':').map((part) => part.trim());
  const at = `entry ${position}`;
  if (parts.length !== 2 && parts.length !== 3) {
    return [`${at}: expected <role>:<sha256> or <name>:<role>:<sha256>, as printed by \`officials keys create\``];
  }
  const [role, sha256, name] = parts.length === 3 ? [parts[1]!, parts[2]!, parts[0]!] : [parts[0]!, parts[1]!, undefined];
  const problems: string[] = [];
  if (name !== undefined && !NAME.test(name)) problems.push(`${at}: ${NAME_RULE}`);
  if (!(ROLES as readonly string[]).includes(role)) problems.push(`${at}: expected the role ${ROLES.join(' or ')}`);
  if (!SHA256_HEX.test(sha256)) {
    problems.push(`${at}: expected the key's SHA-256 as 64 hex digits (from \`officials keys hash\`), never the key itself`);
  }
  if (problems.length > 0) return problems;
  const hash = sha256.toLowerCase();
  return { name: name ?? defaultKeyName(hash), role: role as Role, sha256: hash };
}

/**
 * Parses API_KEYS: comma-separated entries (blanks between commas are skipped). Every problem of
 * every entry is reported, by position only: an entry may hold a pasted key, so it is never shown.
 */
export function parseApiKeyEntries(text: string): { keys: ApiKey[]; problems: string[] } {
  const keys: ApiKey[] = [];
  const problems: string[] = [];
  const positionOf = new Map<string, number>();
  text.split(',').forEach((raw, index) => {
    const entry = raw.trim();
    if (entry === '') return;
    const parsed = parseEntry(entry, index + 1);
    if (Array.isArray(parsed)) {
      problems.push(...parsed);
      return;
    }
    const first = positionOf.get(parsed.sha256);
    if (first !== undefined) {
      problems.push(`entry ${index + 1}: the same key as entry ${first}; list each key once`);
      return;
    }
    positionOf.set(parsed.sha256, index + 1);
    keys.push(parsed);
  });
  return { keys, problems };
}

/** API_KEYS as a zod model: the text in, the keys out, or one issue per problem. */
export const ApiKeysModel = z.string().transform((text, context): ApiKey[] => {
  const { keys, problems } = parseApiKeyEntries(text);
  for (const message of problems) context.addIssue({ code: 'custom', message });
  return problems.length === 0 ? keys : z.NEVER;
});
