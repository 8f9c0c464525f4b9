// Database access: one driver, named queries from the registry, per-query timeouts and metadata.
// Routes never see the driver; they call the feature services, which call this.
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import type { Config } from '../shared/config.ts';
import { fromNeo4jError } from '../shared/errors.ts';
import { type AnalystPool, createAnalystPool } from './analyst/analyst-pool.ts';
import type { QueryName, QueryRegistry } from './query-registry.ts';

const APP = 'cooperation-graph-explorer';

export interface DatabaseHealth {
  up: boolean;
  uri: string;
  version?: string;
  edition?: string;
  reason?: string;
}

export interface Database {
  readonly queries: QueryRegistry;
  /** Analyst Cypher runs here, apart from the API's own queries (see analyst-pool.ts). */
  readonly analyst: AnalystPool;
  /** Runs a named read query in a READ transaction with the configured timeout. */
  read<R extends RecordShape = RecordShape>(
    name: QueryName,
    params?: Record<string, unknown>,
    options?: { timeoutMs?: number },
  ): Promise<QueryResult<R>>;
  /** Runs a function in one write transaction: all of it commits, or nothing does. */
  writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, purpose: string): Promise<T>;
  /** Runs analyst text in a READ transaction (the analyst Cypher service checks it first). */
  readText(
    text: string,
    params: Record<string, unknown>,
    options: { timeoutMs: number; purpose: string },
  ): Promise<QueryResult>;
  /** Runs one schema statement (constraint or index) in its own auto-commit transaction. */
  runSchemaStatement(text: string): Promise<void>;
  health(): Promise<DatabaseHealth>;
  close(): Promise<void>;
}

type DatabaseSettings = Pick<
  Config,
  | 'NEO4J_USER'
  | 'NEO4J_PASSWORD'
  | 'NEO4J_DATABASE'
  | 'QUERY_TIMEOUT_MS'
  | 'CYPHER_MAX_CONCURRENT'
  | 'CYPHER_WORKER_MEMORY_MB'
>;

export function createDriver(uri: string, settings: DatabaseSettings): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(settings.NEO4J_USER, settings.NEO4J_PASSWORD), {
    // Fail fast when the database is down so the API answers 503 quickly instead of retrying for 30 s;
    // the driver reconnects by itself once the database is back.
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 1_000,
    disableLosslessIntegers: false,
    userAgent: `${APP}/0.1`,
  });
}

export function createDatabase(
  driver: Driver,
  uri: string,
  queries: QueryRegistry,
  settings: DatabaseSettings,
): Database {
  const database = settings.NEO4J_DATABASE;
  const run = async <R extends RecordShape>(
    text: string,
    params: Record<string, unknown>,
    timeoutMs: number,
    purpose: string,
  ): Promise<QueryResult<R>> => {
    try {
      return await driver.executeQuery<QueryResult<R>>(text, params, {
        database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: timeoutMs, metadata: { app: APP, query: purpose } },
      });
    } catch (error) {
      throw fromNeo4jError(error);
    }
  };

  const analyst = createAnalystPool({
    uri,
    user: settings.NEO4J_USER,
    password: settings.NEO4J_PASSWORD,
    database,
    app: APP,
    endpointsQuery: queries.get('nodesByElementId'),
    maxConcurrent: settings.CYPHER_MAX_CONCURRENT,
    workerMemoryMb: settings.CYPHER_WORKER_MEMORY_MB,
  });

  return {
    queries,
    analyst,
    read: (name, params = {}, options = {}) =>
      run(queries.get(name), params, options.timeoutMs ?? settings.QUERY_TIMEOUT_MS, name),
    readText: (text, params, options) => run(text, params, options.timeoutMs, options.purpose),
    async writeTransaction(work, purpose) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(work, {
          timeout: Math.max(settings.QUERY_TIMEOUT_MS, 60_000),
          metadata: { app: APP, query: purpose },
        });
      } catch (error) {
        throw fromNeo4jError(error);
      } finally {
        await session.close();
      }
    },
    async runSchemaStatement(text) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      try {
        await session.run(text, {}, { metadata: { app: APP, query: 'schema' } });
      } catch (error) {
        throw fromNeo4jError(error);
      } finally {
        await session.close();
      }
    },
    async health() {
      try {
        const result = await run<{ version: string; edition: string }>(
          queries.get('ping'),
          {},
          3_000,
          'ping',
        );
        const record = result.records[0];
        return { up: true, uri, version: record?.get('version'), edition: record?.get('edition') };
      } catch (error) {
        return { up: false, uri, reason: error instanceof Error ? error.message : String(error) };
      }
    },
    async close() {
      await analyst.close();
      await driver.close();
    },
  };
}
