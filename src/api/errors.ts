import { GraphQLError } from 'graphql';

/** The `extensions.code`s clients can rely on (DESIGN.md, API shape). */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE';

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const notFound = (what: string, id: string) =>
  apiError('NOT_FOUND', `No ${what} with id "${id}". Find ids with the \`search\` query.`, { id });

export const badInput = (argument: string, message: string) =>
  apiError('BAD_USER_INPUT', `${argument}: ${message}`, { argument });
