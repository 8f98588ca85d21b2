import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { VERSION_FILE } from './project-paths.js';

/**
 * The Neo4j version the project runs, from NEO4J_VERSION in the repository's `.env`
 * (docker compose reads the same file for its image tag).
 */
export function readNeo4jVersion(file = VERSION_FILE): string {
  const version = parseEnv(readFileSync(file, 'utf8')).NEO4J_VERSION;
  if (!version || !/^5\.26\.\d+$/.test(version)) {
    throw new Error(`${file} must set NEO4J_VERSION to a Neo4j 5.26.x release, found ${JSON.stringify(version)}`);
  }
  return version;
}
