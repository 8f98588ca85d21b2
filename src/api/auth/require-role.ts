import type { GraphQLError } from 'graphql';
import { keyRequired, roleTooWeak } from '../errors.js';
import { hasRole, type Caller, type Role } from './roles.js';

/** What the auth checks read: the caller the API-key plugin put into the context. */
export interface CallerContext {
  caller?: Caller | null;
}

/**
 * The error for a caller without `role` (UNAUTHENTICATED without a key, FORBIDDEN with a weaker
 * one), or null when the caller has it. `what` ends the message's first clause: "An API key with the
 * editor role is needed for <what>".
 */
export function roleError(context: CallerContext, role: Role, what: string): GraphQLError | null {
  const caller = context.caller ?? null;
  if (caller === null) return keyRequired(what);
  return hasRole(caller, role) ? null : roleTooWeak(what, role, caller);
}

/**
 * Returns the caller when it has `role` (or a stronger one); throws the API error otherwise.
 *
 * @example
 * const { name } = requireRole(context, 'editor', 'merging people'); // name goes into the audit trail
 */
export function requireRole(context: CallerContext, role: Role, what: string): Caller {
  const error = roleError(context, role, what);
  if (error) throw error;
  return context.caller!;
}

/**
 * For mutation resolvers: the editor making the change (for the audit trail). The API also
 * refuses every mutation without an editor key before it runs (use-mutations-need-editor.ts);
 * this guard keeps a resolver safe on its own.
 */
export const requireEditor = (context: CallerContext): Caller => requireRole(context, 'editor', 'mutations');
