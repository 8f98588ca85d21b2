import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { Neo4jUnavailableError } from './errors.js';

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
}

/** A driver for `uri`; an empty password means the server has authentication off (the local Neo4j). */
export function createDriver({ uri, username, password }: Neo4jConnection): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    disableLosslessIntegers: false,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 15_000,
    userAgent: 'officials-graph',
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until Neo4j answers, retrying with exponential backoff (250 ms doubling to 4 s) for at
 * most `waitSeconds`, so a container started next to Neo4j does not fail on its first try.
 */
export async function waitForNeo4j(driver: Driver, uri: string, waitSeconds: number, log?: Logger): Promise<void> {
  const deadline = Date.now() + waitSeconds * 1000;
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Neo4jUnavailableError(
          `Can't reach Neo4j at ${uri} (tried for ${waitSeconds} s, ${attempt} attempts): ${(error as Error).message}`,
        );
      }
      log?.debug({ attempt, error: (error as Error).message }, 'Neo4j not reachable yet; retrying');
      await sleep(Math.min(delay, left));
      delay = Math.min(delay * 2, 4_000);
    }
  }
}
