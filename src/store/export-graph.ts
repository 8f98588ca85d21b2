import neo4j from 'neo4j-driver';
import type { Store } from './store.js';

/** A property value as JSON: Neo4j integers as numbers, dates and times as ISO strings. */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return neo4j.integer.toNumber(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object' && 'toString' in value && value.constructor?.name !== 'Object') return String(value);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

export interface GraphExport {
  nodes: Array<{ label: string; id: string; properties: unknown }>;
  relationships: Array<{ from: string; type: string; to: string; properties: unknown }>;
}

/**
 * The whole graph as plain JSON in a stable order: two graphs are the same when their exports
 * are equal.
 */
export async function exportGraph(store: Store): Promise<GraphExport> {
  const [nodes, relationships] = await Promise.all([
    store.read('exportNodes', {}, (row) => ({ label: String(row.label), id: String(row.id), properties: plain(row.properties) })),
    store.read('exportRelationships', {}, (row) => ({
      from: String(row.from),
      type: String(row.type),
      to: String(row.to),
      properties: plain(row.properties),
    })),
  ]);
  return { nodes, relationships };
}
