/** The ways a user can give the product a Neo4j; named in every "no Neo4j" message. */
export const WAYS_TO_GET_NEO4J = [
  'set NEO4J_URI to a running Neo4j 5 (e.g. NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=...)',
  'install Java 17+ and Maven so the project can start its own local Neo4j under DATA_DIR',
  'or run `docker compose up`, which starts Neo4j and the API together',
];

/** Neo4j could not be reached (NEO4J_URI set) or could not be started (NEO4J_URI unset). */
export class Neo4jUnavailableError extends Error {
  override readonly name = 'Neo4jUnavailableError';
  readonly exitCode = 1;

  constructor(reason: string, options?: { cause?: unknown }) {
    super(`${reason}\nWays out:\n${WAYS_TO_GET_NEO4J.map((way) => `  - ${way}`).join('\n')}`, options);
  }
}

/** A Cypher query was asked for by a name that has no file in cypher/. */
export class UnknownQueryError extends Error {
  override readonly name = 'UnknownQueryError';
}
