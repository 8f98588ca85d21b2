import { z } from 'zod';
import { ApiKeysModel } from '../api/auth/api-keys.js';

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** An unset variable and one set to the empty string mean the same: use the default. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);

const integer = (min: number, max: number, what: string) =>
  z
    .string()
    .regex(/^\d+$/, `expected ${what}: a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `expected ${what} of at least ${min}`).max(max, `expected ${what} of at most ${max}`));

/** Variables whose values are never repeated in a message: they are, or may hold, secrets. */
const SECRET_VARIABLES = new Set(['NEO4J_PASSWORD', 'API_KEYS']);

const trueOrFalse = z.enum(['true', 'false'], { message: 'expected true or false' }).transform((value) => value === 'true');

const neo4jUri = z.string().refine(
  (value) => {
    const scheme = /^([a-z0-9+]+):\/\/[^/\s]+/i.exec(value)?.[1]?.toLowerCase();
    return scheme !== undefined && (NEO4J_SCHEMES as readonly string[]).includes(scheme);
  },
  {
    message: `expected a Neo4j URI such as bolt://localhost:7687, neo4j://cluster:7687 or neo4j+s://xxxx.databases.neo4j.io (schemes: ${NEO4J_SCHEMES.join(', ')})`,
  },
);

/**
 * The process environment the `officials` command reads. Every variable is optional; the
 * defaults give a local development setup (a local Neo4j under DATA_DIR, the API on port 4000).
 * API_KEYS and READS_REQUIRE_KEY stay undefined when unset: `createApi` defaults them (no keys,
 * reads open).
 */
export const EnvironmentModel = z
  .object({
    NEO4J_URI: optional(neo4jUri.optional()),
    NEO4J_USERNAME: optional(z.string().default('neo4j')),
    NEO4J_PASSWORD: optional(z.string().default('')),
    NEO4J_DATABASE: optional(z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'expected a Neo4j database name such as neo4j').optional()),
    NEO4J_WAIT_SECONDS: optional(integer(0, 3600, 'a number of seconds').default(30)),
    HOST: optional(z.string().min(1).default('127.0.0.1')),
    PORT: optional(integer(1, 65535, 'a TCP port').default(4000)),
    DATA_DIR: optional(z.string().min(1).default('.data')),
    LOG_LEVEL: optional(
      z.enum(LOG_LEVELS, { message: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    ),
    /** Comma-separated `<name>:<role>:<sha256>` (or `<role>:<sha256>`) entries; see api/auth/api-keys.ts. */
    API_KEYS: optional(ApiKeysModel.optional()),
    READS_REQUIRE_KEY: optional(trueOrFalse.optional()),
  })
  .refine((env) => !(env.READS_REQUIRE_KEY && (env.API_KEYS ?? []).length === 0), {
    path: ['READS_REQUIRE_KEY'],
    message: 'API_KEYS lists no key, so no client could call the API: add one to API_KEYS (`officials keys create --role reader`) or set READS_REQUIRE_KEY=false',
    // Checked even when other variables are bad (all problems at once), unless these two are.
    when: ({ issues }) => issues.every((issue) => issue.path?.[0] !== 'API_KEYS' && issue.path?.[0] !== 'READS_REQUIRE_KEY'),
  });

export type Environment = z.infer<typeof EnvironmentModel>;

/** Bad configuration: every problem found, each naming its variable. Exit code 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly exitCode = 2;

  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/**
 * Reads and validates the configuration, reporting all problems at once.
 *
 * @example
 * parseEnvironment({ PORT: 'abc' })
 * // throws ConfigError: PORT="abc": expected a TCP port: a whole number from 1 to 65535
 */
export function parseEnvironment(env: Record<string, string | undefined>): Environment {
  const result = EnvironmentModel.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? '(environment)');
      const given = env[variable];
      const shown = SECRET_VARIABLES.has(variable) || given === undefined ? '' : `=${JSON.stringify(given)}`;
      return `${variable}${shown}: ${issue.message}`;
    }),
  );
}
