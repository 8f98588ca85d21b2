import { GraphQLError } from 'graphql';
import type { Caller, Role } from './auth/roles.js';

/** The `extensions.code`s clients can rely on (DESIGN.md, API shape). */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE' | 'UNAUTHENTICATED' | 'FORBIDDEN';

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const notFound = (what: string, id: string) =>
  apiError('NOT_FOUND', `No ${what} with id "${id}". Find ids with the \`search\` query.`, { id });

export const badInput = (argument: string, message: string) =>
  apiError('BAD_USER_INPUT', `${argument}: ${message}`, { argument });

const SEND_A_KEY = 'send it as `Authorization: Bearer <key>` or `X-API-Key: <key>`';
const GET_A_KEY = 'Ask the operator of this API for one; they make keys with `officials keys create` (README, "API keys").';

// `extensions.http` sets the response's status and headers; Yoga does not send it to the client.
const status401 = (challenge: string) => ({ http: { status: 401, headers: { 'WWW-Authenticate': challenge } } });

/** UNAUTHENTICATED, HTTP 401: `what` ("mutations") needs a key and the request has none. */
export const keyRequired = (what: string) =>
  apiError('UNAUTHENTICATED', `An API key is needed for ${what}: ${SEND_A_KEY}. ${GET_A_KEY}`, status401('Bearer'));

/** UNAUTHENTICATED, HTTP 401: the request carries something that is not an accepted key. */
export const invalidKey = (problem: string) =>
  apiError('UNAUTHENTICATED', `The API key is not valid: ${problem}. ${GET_A_KEY}`, status401('Bearer error="invalid_token"'));

/** FORBIDDEN, HTTP 403: the caller's key is valid but its role too weak for `what` ("mutations"). */
export const roleTooWeak = (what: string, role: Role, caller: Caller) =>
  apiError(
    'FORBIDDEN',
    `An API key with the ${role} role is needed for ${what}; the key "${caller.name}" has the ${caller.role} role. Ask the operator of this API for a key with the ${role} role.`,
    { http: { status: 403 } },
  );
