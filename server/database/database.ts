// Database access: one driver, named queries from the registry, per-query timeouts and metadata.
// Routes never see the driver; they call the feature services, which call this.
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
} from 'neo4j-driver';
import type { Config } from '../shared/config.ts';
import {
  badRequest,
  DatabaseCredentialsRefusedError,
  DatabaseUnavailableError,
  databaseUnavailable,
  fromNeo4jError,
  type QueryOrigin,
} from '../shared/errors.ts';
import { type AnalystPool, createAnalystPool } from './analyst/analyst-pool.ts';
import { createAnswerDeadline } from './answer-deadline.ts';
import { PROBE_TIMEOUT_MS, probeBolt } from './bolt-probe.ts';
import type { QueryName, QueryRegistry } from './query-registry.ts';

const APP = 'cooperation-graph-explorer';

export interface DatabaseHealth {
  up: boolean;
  uri: string;
  version?: string;
  edition?: string;
  reason?: string;
  /** The database refused the credentials: retrying would only lead to its failed-login lockout. */
  credentialsRefused?: boolean;
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

/** A call without an answer this long makes the database be probed (see answer-deadline.ts). */
const CHECK_AFTER_MS = 1_000;
/** The time a call may take past its own transaction timeout before the client stops waiting. */
const DEADLINE_MARGIN_MS = 2_000;
/** The health ping's own timeout; with the margin, /api/health answers within 4 s whatever happens. */
const HEALTH_TIMEOUT_MS = 2_000;
const SCHEMA_STATEMENT_DEADLINE_MS = 120_000;

export function createDriver(uri: string, settings: DatabaseSettings): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(settings.NEO4J_USER, settings.NEO4J_PASSWORD), {
    // Fail fast when the database is down so the API answers 503 quickly instead of retrying for 30 s;
    // the driver reconnects by itself once the database is back. A database that accepts
    // connections but does not answer is caught by the answer deadline instead.
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
  // One bookmark manager for every call of this server: executeQuery uses the driver's own by
  // default, and the write sessions (import, schema) share it, so on a cluster a read routed to
  // another member after a write waits until that member has the write (causal consistency).
  const bookmarkManager = driver.executeQueryBookmarkManager;
  const deadline = createAnswerDeadline({
    probe: () => probeBolt(uri, PROBE_TIMEOUT_MS),
    checkAfterMs: CHECK_AFTER_MS,
    probeTimeoutMs: PROBE_TIMEOUT_MS,
  });
  /** The error when a call outlives its deadline although the database still answers probes. */
  const lateAnswer = (origin: QueryOrigin, purpose: string, timeoutMs: number) => () =>
    origin === 'analyst'
      ? badRequest(
          'query-timed-out',
          `The query ran longer than its ${timeoutMs} ms and was given up on: it costs too much (the database itself is answering).`,
        )
      : databaseUnavailable(`it did not answer the server's query "${purpose}" within ${timeoutMs} ms`);

  const run = <R extends RecordShape>(
    text: string,
    params: Record<string, unknown>,
    timeoutMs: number,
    purpose: string,
    origin: QueryOrigin,
  ): Promise<QueryResult<R>> =>
    deadline.run({
      hardDeadlineMs: timeoutMs + DEADLINE_MARGIN_MS,
      onDeadline: lateAnswer(origin, purpose, timeoutMs),
      work: async () => {
        try {
          return await driver.executeQuery<QueryResult<R>>(text, params, {
            database,
            routing: neo4j.routing.READ,
            transactionConfig: { timeout: timeoutMs, metadata: { app: APP, query: purpose } },
          });
        } catch (error) {
          throw fromNeo4jError(error, origin);
        }
      },
    });

  const analyst = createAnalystPool({
    uri,
    user: settings.NEO4J_USER,
    password: settings.NEO4J_PASSWORD,
    database,
    app: APP,
    endpointsQuery: queries.get('nodesByElementId'),
    maxConcurrent: settings.CYPHER_MAX_CONCURRENT,
    workerMemoryMb: settings.CYPHER_WORKER_MEMORY_MB,
    bookmarks: async () => [...(await bookmarkManager.getBookmarks())],
  });

  /** A write session sharing the reads' bookmarks (so a read after this write sees it on a cluster). */
  const inWriteSession = async <T>(use: (session: Session) => Promise<T>): Promise<T> => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE, bookmarkManager });
    try {
      return await use(session);
    } catch (error) {
      throw fromNeo4jError(error);
    } finally {
      await session.close();
    }
  };

  return {
    queries,
    analyst,
    read: (name, params = {}, options = {}) =>
      run(queries.get(name), params, options.timeoutMs ?? settings.QUERY_TIMEOUT_MS, name, 'server'),
    readText: (text, params, options) => run(text, params, options.timeoutMs, options.purpose, 'analyst'),
    writeTransaction(work, purpose) {
      const timeoutMs = Math.max(settings.QUERY_TIMEOUT_MS, 60_000);
      return deadline.run({
        // Room for the driver's one retry of a transient failure.
        hardDeadlineMs: timeoutMs * 2 + DEADLINE_MARGIN_MS,
        onDeadline: lateAnswer('server', purpose, timeoutMs),
        work: () =>
          inWriteSession((session) =>
            session.executeWrite(work, { timeout: timeoutMs, metadata: { app: APP, query: purpose } }),
          ),
      });
    },
    runSchemaStatement(text) {
      return deadline.run({
        hardDeadlineMs: SCHEMA_STATEMENT_DEADLINE_MS,
        onDeadline: lateAnswer('server', 'schema', SCHEMA_STATEMENT_DEADLINE_MS),
        work: () =>
          inWriteSession(async (session) => {
            await session.run(text, {}, { metadata: { app: APP, query: 'schema' } });
          }),
      });
    },
    async health() {
      try {
        const result = await run<{ version: string; edition: string }>(
          queries.get('ping'),
          {},
          HEALTH_TIMEOUT_MS,
          'ping',
          'server',
        );
        const record = result.records[0];
        return { up: true, uri, version: record?.get('version'), edition: record?.get('edition') };
      } catch (error) {
        // The reason alone: /api/health and start-up put their own words around it.
        const reason =
          error instanceof DatabaseUnavailableError
            ? error.reason
            : error instanceof Error
              ? error.message
              : String(error);
        const credentialsRefused = error instanceof DatabaseCredentialsRefusedError;
        return { up: false, uri, reason, ...(credentialsRefused ? { credentialsRefused } : {}) };
      }
    },
    async close() {
      await analyst.close();
      await driver.close();
    },
  };
}
