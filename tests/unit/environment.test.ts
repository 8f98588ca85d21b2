import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnvironment } from '../../src/config/environment.js';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    parseEnvironment(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseEnvironment', () => {
  it('gives the local development defaults when nothing is set', () => {
    expect(parseEnvironment({})).toEqual({
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: '',
      NEO4J_WAIT_SECONDS: 30,
      HOST: '127.0.0.1',
      PORT: 4000,
      DATA_DIR: '.data',
      LOG_LEVEL: 'info',
    });
  });

  it('treats a variable set to the empty string as unset', () => {
    expect(parseEnvironment({ NEO4J_URI: '', PORT: '' })).toMatchObject({ NEO4J_URI: undefined, PORT: 4000 });
  });

  it.each([
    ['bolt://localhost:7687'],
    ['neo4j://cluster.example:7687'],
    ['neo4j+s://abcd1234.databases.neo4j.io'],
    ['bolt+ssc://10.0.0.5:7687'],
  ])('accepts the Neo4j URI %s', (uri) => {
    expect(parseEnvironment({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
  });

  it('converts numbers and keeps the given values', () => {
    expect(parseEnvironment({ PORT: '8080', NEO4J_WAIT_SECONDS: '5', LOG_LEVEL: 'debug', NEO4J_DATABASE: 'officials' })).toMatchObject({
      PORT: 8080,
      NEO4J_WAIT_SECONDS: 5,
      LOG_LEVEL: 'debug',
      NEO4J_DATABASE: 'officials',
    });
  });

  it('names the variable and what it should be', () => {
    expect(problemsOf({ PORT: 'abc' })).toEqual(['PORT="abc": expected a TCP port: a whole number from 1 to 65535']);
    expect(problemsOf({ NEO4J_URI: 'http://x' })[0]).toMatch(/^NEO4J_URI="http:\/\/x": expected a Neo4j URI such as bolt:\/\//);
  });

  it('reports every bad variable at once', () => {
    const problems = problemsOf({ PORT: '70000', NEO4J_URI: 'localhost:7687', LOG_LEVEL: 'loud', NEO4J_WAIT_SECONDS: '-1' });
    expect(problems.map((problem) => problem.split(/[=:]/)[0]).sort()).toEqual([
      'LOG_LEVEL',
      'NEO4J_URI',
      'NEO4J_WAIT_SECONDS',
      'PORT',
    ]);
  });

  it('never repeats the password in a message', () => {
    expect(() => parseEnvironment({ NEO4J_PASSWORD: 42 as unknown as string })).toThrow(ConfigError);
    expect(problemsOf({ NEO4J_PASSWORD: 42 as unknown as string })[0]).toMatch(/^NEO4J_PASSWORD: /);
  });

  it('is a ConfigError with exit code 2', () => {
    expect(() => parseEnvironment({ PORT: 'abc' })).toThrow(expect.objectContaining({ name: 'ConfigError', exitCode: 2 }));
  });
});
