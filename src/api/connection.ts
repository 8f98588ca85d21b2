import { badInput } from './errors.js';

/** Cursors are opaque to clients: base64 of the offset of the item. */
export const cursorOf = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64');

/** The offset of the item after the one `cursor` names (0 without a cursor); BAD_USER_INPUT for a cursor this API did not make. */
export function offsetAfter(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString());
  if (!match) throw badInput('after', `not a cursor from this API: ${JSON.stringify(cursor)} (use pageInfo.endCursor)`);
  return Number(match[1]) + 1;
}

/** The edges and pageInfo of a Relay connection holding `items`, the page at `offset` of `totalCount`. */
export function connectionOf<T>(items: readonly T[], offset: number, totalCount: number) {
  return {
    edges: items.map((node, index) => ({ node, cursor: cursorOf(offset + index) })),
    pageInfo: {
      hasNextPage: offset + items.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: items.length > 0 ? cursorOf(offset) : null,
      endCursor: items.length > 0 ? cursorOf(offset + items.length - 1) : null,
    },
  };
}
