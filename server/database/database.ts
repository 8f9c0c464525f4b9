// Database access: one driver, named queries from the registry, per-query timeouts and metadata.
// Routes never see the driver; they call the feature services, which call this.
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type QueryResult,
  type RecordShape,
  type ResultSummary,
} from 'neo4j-driver';
import type { Config } from '../shared/config.ts';
import { fromNeo4jError } from '../shared/errors.ts';
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
  /**
   * Streams analyst text in a READ transaction; `onRecord` returns false to stop early (the rest of
   * the result is discarded on the server, so a huge result never reaches memory here).
   */
  streamRead(
    text: string,
    params: Record<string, unknown>,
    options: { timeoutMs: number; purpose: string },
    onRecord: (record: Neo4jRecord) => boolean,
  ): Promise<{ keys: string[]; summary?: ResultSummary }>;
  /** Runs one schema statement (constraint or index) in its own auto-commit transaction. */
  runSchemaStatement(text: string): Promise<void>;
  health(): Promise<DatabaseHealth>;
  close(): Promise<void>;
}

type DatabaseSettings = Pick<Config, 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE' | 'QUERY_TIMEOUT_MS'>;

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

  return {
    queries,
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
    async streamRead(text, params, options, onRecord) {
      // Small batches, so a stop after the size cap leaves little decoded; one explicit transaction,
      // so a failing analyst query is not retried the way managed transactions retry transient errors.
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: 50 });
      const tx = session.beginTransaction({
        timeout: options.timeoutMs,
        metadata: { app: APP, query: options.purpose },
      });
      try {
        const result = tx.run(text, params);
        let stopped = false;
        for await (const record of result) {
          if (!onRecord(record)) {
            stopped = true;
            break;
          }
        }
        const keys = [...(await result.keys())];
        // Only a result read to its end has a summary (a PROFILE's counts arrive with it).
        const summary = stopped ? undefined : await result.summary();
        await tx.rollback();
        return { keys, summary };
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
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
    close: () => driver.close(),
  };
}
