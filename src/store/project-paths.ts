import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root, found from this file's place in src/store/. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'tools', 'neo4j-local');
/** Holds NEO4J_VERSION, the one place the Neo4j version is set (docker compose reads it too). */
export const VERSION_FILE = path.join(PROJECT_ROOT, '.env');
