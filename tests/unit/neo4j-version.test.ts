import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readNeo4jVersion } from '../../src/store/neo4j-version.js';
import { LAUNCHER_DIR, PROJECT_ROOT } from '../../src/store/project-paths.js';

const compose = parse(readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8'));

describe('the Neo4j version has one home', () => {
  it('is a 5.26.x release, set in .env', () => {
    expect(readNeo4jVersion()).toMatch(/^5\.26\.\d+$/);
  });

  it('rejects a version file without a 5.26 release', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'version-')), '.env');
    writeFileSync(file, 'NEO4J_VERSION=4.4.1\n');
    expect(() => readNeo4jVersion(file)).toThrow(/must set NEO4J_VERSION to a Neo4j 5.26.x release, found "4.4.1"/);
  });

  it('is what docker compose takes for its image tag', () => {
    expect(compose.services.neo4j.image).toBe('neo4j:${NEO4J_VERSION}-community');
  });

  it('is what the launcher builds: the pom takes it as a property and sets no default', () => {
    const pom = readFileSync(path.join(LAUNCHER_DIR, 'pom.xml'), 'utf8');
    expect(pom).toMatch(/<artifactId>neo4j<\/artifactId>\s*<version>\$\{neo4j\.version\}<\/version>/);
    expect(pom).not.toMatch(/<neo4j\.version>/);
  });
});

describe('docker-compose.yml', () => {
  const { neo4j, api } = compose.services;

  it('runs Neo4j with auth from the environment, a cypher-shell healthcheck and a named volume', () => {
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    expect(neo4j.healthcheck.test.join(' ')).toMatch(/cypher-shell .*RETURN 1/);
    const [volume] = neo4j.volumes as string[];
    expect(volume).toMatch(/^[a-z0-9_-]+:\/data$/);
    expect(compose.volumes).toHaveProperty(volume!.split(':')[0]!);
  });

  it('starts the API with npm start against bolt://neo4j:7687 once Neo4j is healthy, on port 4000', () => {
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.environment.HOST).toBe('0.0.0.0');
    expect(api.ports).toContain('4000:4000');
    expect([api.command].flat().join(' ')).toMatch(/npm start/);
  });
});
