import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { CypherRegistry, splitStatements } from './cypher-registry.js';

/** Neo4j did not answer (down, restarting, or unreachable); the request may be retried later. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

function mapDriverError(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) {
    return new StoreUnavailableError(`Neo4j is unavailable: ${(error as Error).message}`, { cause: error });
  }
  return error;
}

/** Runs a named query inside a transaction; resolves to its records as plain objects. */
export type TransactionRunner = (name: string, params: Record<string, unknown>) => Promise<RecordShape[]>;

export interface ServerComponents {
  version: string;
  edition: string;
}

/**
 * The only place that runs Cypher: every query is loaded by name from cypher/ and run with
 * parameters, reads through read transactions (so a cluster can serve them from followers).
 */
export class Store {
  constructor(
    readonly driver: Driver,
    readonly database: string | undefined = undefined,
    private readonly queries: CypherRegistry = CypherRegistry.load(),
  ) {}

  private async run(name: string, params: Record<string, unknown>, mode: 'READ' | 'WRITE'): Promise<QueryResult<RecordShape>> {
    try {
      return await this.driver.executeQuery(this.queries.get(name), params, {
        database: this.database,
        routing: mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
      });
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  /** Runs the read query `name` and turns each record into a value with `parse`. */
  async read<T>(name: string, params: Record<string, unknown>, parse: (record: RecordShape) => T): Promise<T[]> {
    const result = await this.run(name, params, 'READ');
    return result.records.map((record) => parse(record.toObject()));
  }

  /** Runs the write query `name`; resolves to Neo4j's update counters and the parsed records. */
  async write<T = never>(name: string, params: Record<string, unknown> = {}, parse?: (record: RecordShape) => T) {
    const result = await this.run(name, params, 'WRITE');
    return { counters: result.summary.counters, rows: parse ? result.records.map((record) => parse(record.toObject())) : [] };
  }

  /**
   * Runs `work` in one write transaction: all of it is committed, or none of it. `run` takes
   * a query name and its parameters; the result sums Neo4j's update counters of every query.
   */
  async writeTransaction<T>(work: (run: TransactionRunner) => Promise<T>): Promise<{ value: T; updates: number }> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(async (tx) => {
        let updates = 0;
        const run: TransactionRunner = async (name, params) => {
          const result = await tx.run(this.queries.get(name), params);
          updates += Object.values(result.summary.counters.updates()).reduce((sum, count) => sum + count, 0);
          return result.records.map((record) => record.toObject());
        };
        const value = await work(run);
        return { value, updates };
      });
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  /** Creates the constraints and indexes of cypher/schema.cypher; each is `IF NOT EXISTS`. */
  async applySchema(): Promise<void> {
    for (const statement of splitStatements(this.queries.get('schema'))) {
      try {
        await this.driver.executeQuery(statement, {}, { database: this.database });
      } catch (error) {
        throw mapDriverError(error);
      }
    }
  }

  async serverComponents(): Promise<ServerComponents> {
    const [components] = await this.read('getServerComponents', {}, (row) => ({
      version: String(row.version),
      edition: String(row.edition),
    }));
    if (!components) throw new Error('dbms.components() returned no Neo4j Kernel row');
    return components;
  }

  /** True when Neo4j answers now. */
  async isReachable(): Promise<boolean> {
    try {
      await this.driver.getServerInfo({ database: this.database });
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
