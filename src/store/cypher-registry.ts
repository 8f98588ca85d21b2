import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { UnknownQueryError } from './errors.js';
import { CYPHER_DIR } from './project-paths.js';

/** `find-holders-on-date.cypher` → `findHoldersOnDate`. */
export function queryNameFromFile(file: string): string {
  return path.basename(file, '.cypher').replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Splits a file of several statements (the schema file) at each `;` that ends a line,
 * leaving out `//` comment lines.
 */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}

/** Every query the store runs, loaded once by name from cypher/*.cypher. */
export class CypherRegistry {
  private constructor(private readonly queries: ReadonlyMap<string, string>) {}

  static load(dir = CYPHER_DIR): CypherRegistry {
    const files = readdirSync(dir).filter((file) => file.endsWith('.cypher'));
    return new CypherRegistry(
      new Map(files.map((file) => [queryNameFromFile(file), readFileSync(path.join(dir, file), 'utf8')])),
    );
  }

  get(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined) {
      throw new UnknownQueryError(`No Cypher query named ${name}: expected a file ${CYPHER_DIR}/<kebab-case name>.cypher`);
    }
    return text;
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }
}
