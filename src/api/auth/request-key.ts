import { keyProblem } from './key-material.js';

/** The key a request carries: none, a well-formed key, or why what it carries is not one. */
export type PresentedKey = { key: null } | { key: string } | { problem: string };

const BEARER = /^Bearer +(\S+) *$/i;

/**
 * Reads the API key from `Authorization: Bearer <key>` or `X-API-Key: <key>`. An Authorization
 * header with another scheme (`Basic …`, from a proxy in front) is not ours and is ignored; one
 * with no scheme at all is a key sent without `Bearer `, and refused so that the client learns.
 *
 * @example
 * presentedKey(new Headers({ 'x-api-key': 'og_…' })) // { key: 'og_…' }
 * presentedKey(new Headers({ authorization: 'og_…' })) // { problem: 'the Authorization header must read `Bearer <key>`' }
 */
export function presentedKey(headers: Headers): PresentedKey {
  const authorization = headers.get('authorization')?.trim() ?? '';
  const apiKeyHeader = headers.get('x-api-key')?.trim() ?? '';
  let bearer = '';
  if (authorization !== '') {
    const match = BEARER.exec(authorization);
    if (match) bearer = match[1]!;
    else if (!/\s/.test(authorization)) return { problem: 'the Authorization header must read `Bearer <key>`' };
  }
  if (bearer !== '' && apiKeyHeader !== '' && bearer !== apiKeyHeader) {
    return { problem: 'the Authorization and X-API-Key headers carry different keys; send one' };
  }
  const key = bearer || apiKeyHeader;
  if (key === '') return { key: null };
  const problem = keyProblem(key);
  return problem === undefined ? { key } : { problem };
}
