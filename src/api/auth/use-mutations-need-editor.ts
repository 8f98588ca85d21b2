import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { roleError, type CallerContext } from './require-role.js';

/**
 * Refuses a mutation operation before it runs unless the caller has an editor key:
 * UNAUTHENTICATED (401) without a key, FORBIDDEN (403) with a reader key. Needs `useApiKeys`
 * before it; resolvers call `requireEditor` as well.
 */
export function useMutationsNeedEditor(): Plugin<CallerContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      const error = roleError(args.contextValue, 'editor', 'mutations');
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
