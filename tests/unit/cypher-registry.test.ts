import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CypherRegistry, queryNameFromFile, splitStatements } from '../../src/store/cypher-registry.js';
import { CYPHER_DIR } from '../../src/store/project-paths.js';

describe('queryNameFromFile', () => {
  it('turns the kebab-case file name into the camelCase query name', () => {
    expect(queryNameFromFile('find-holders-on-date.cypher')).toBe('findHoldersOnDate');
    expect(queryNameFromFile('/x/cypher/schema.cypher')).toBe('schema');
  });
});

describe('splitStatements', () => {
  it('splits at semicolons that end a line and drops comment lines', () => {
    expect(splitStatements('// header\nCREATE INDEX a;\n// note\nCREATE INDEX b\nFOR (n) ON (n.x);\n')).toEqual([
      'CREATE INDEX a',
      'CREATE INDEX b\nFOR (n) ON (n.x)',
    ]);
  });

  it('keeps a semicolon inside a line', () => {
    expect(splitStatements("RETURN 'a;b' AS x;")).toEqual(["RETURN 'a;b' AS x"]);
  });
});

describe('CypherRegistry', () => {
  const registry = CypherRegistry.load();

  it('loads every cypher/*.cypher file by name', () => {
    const files = readdirSync(CYPHER_DIR).filter((file) => file.endsWith('.cypher'));
    expect(registry.names()).toEqual(files.map(queryNameFromFile).sort());
    expect(registry.get('getServerComponents')).toContain('dbms.components()');
  });

  it('names the expected file when a query is missing', () => {
    expect(() => registry.get('findNothing')).toThrow(/No Cypher query named findNothing: expected a file .*cypher\/<kebab-case name>\.cypher/);
  });

  it.each(readdirSync(CYPHER_DIR).filter((file) => file.endsWith('.cypher')))('%s starts with a // header naming the query', (file) => {
    const firstLine = readFileSync(path.join(CYPHER_DIR, file), 'utf8').split('\n')[0];
    expect(firstLine).toMatch(new RegExp(`^// ${queryNameFromFile(file)} — `));
  });

  it('makes every schema statement idempotent', () => {
    for (const statement of splitStatements(registry.get('schema'))) expect(statement).toMatch(/IF NOT EXISTS/);
  });
});
