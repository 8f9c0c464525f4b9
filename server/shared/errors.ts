// One error type for everything the API refuses, and the mapping of Neo4j errors onto it.
// Bodies are RFC 9457 problem+json with a stable kebab-case `code`.
import { Neo4jError } from 'neo4j-driver';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra members of the problem document (e.g. the position of a Cypher syntax error). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const badRequest = (code: string, message: string, extra?: Record<string, unknown>) =>
  new AppError(400, code, message, extra);
export const notFound = (what: string, id: string) =>
  new AppError(404, 'not-found', `${what} "${id}" does not exist`);
/** The database cannot answer (down, starting, stalled, overloaded): the server's side, never the caller's. */
export class DatabaseUnavailableError extends AppError {
  constructor(
    /** Why, without the "not reachable" prefix (for /api/health's own wording). */
    readonly reason: string,
  ) {
    super(503, 'database-unavailable', `The database is not reachable: ${reason}`);
  }
}

export const databaseUnavailable = (reason: string) => new DatabaseUnavailableError(reason);

/** An analyst query stopped at its time limit: the query's cost, said as such (one wording everywhere). */
export const analystQueryTimedOut = (neo4jCode?: string) =>
  badRequest(
    'query-timed-out',
    'The query ran longer than the time an analyst query may take and was stopped. That is this query’s cost, not a database failure (the database itself is answering): bound it (LIMIT, shorter paths, smaller lists).',
    neo4jCode ? { neo4jCode } : {},
  );

/** An analyst query exhausted the database's memory: the query's cost. */
export const analystQueryOutOfMemory = (neo4jCode?: string) =>
  badRequest(
    'query-out-of-memory',
    'The query needed more memory than the database can give one query and was stopped: that is this query’s cost, not a database failure. Build smaller lists or strings.',
    neo4jCode ? { neo4jCode } : {},
  );

/**
 * Whose query failed: `server` for the API's own named queries (a timeout or memory exhaustion
 * there means the database is in trouble: 503), `analyst` for analyst text (its timeout or memory
 * cap is the query's own cost: 4xx).
 */
export type QueryOrigin = 'server' | 'analyst';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** The database refused NEO4J_USER/NEO4J_PASSWORD: retrying would only lead to Neo4j's login lockout. */
export class DatabaseCredentialsRefusedError extends DatabaseUnavailableError {
  constructor(readonly neo4jMessage: string) {
    super(`it refused the configured credentials (NEO4J_USER/NEO4J_PASSWORD): ${neo4jMessage}`);
  }
}

/** Where Neo4j reports a position in the query text, e.g. `(line 1, column 8 (offset: 7))`. */
function positionOf(message: string): { line: number; column: number; offset: number } | undefined {
  const match = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  if (!match) return undefined;
  return { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) };
}

/**
 * Maps a driver error to an AppError: the client's fault → 4xx with Neo4j's message; the database
 * down, starting or overwhelmed → 503; else 500. `origin` says whose query it was (see QueryOrigin).
 */
export function fromNeo4jError(error: unknown, origin: QueryOrigin = 'server'): AppError {
  if (error instanceof AppError) return error;
  if (!(error instanceof Neo4jError)) {
    const message = error instanceof Error ? error.message : String(error);
    if (/ECONNREFUSED|connect|socket|Pool is closed/i.test(message)) return databaseUnavailable(message);
    // The original error rides along as `cause`, so the 500's log line carries its stack.
    return Object.assign(new AppError(500, 'internal-error', 'The server failed to answer this request.'), {
      cause: error,
    });
  }
  const code = error.code;
  if (UNAVAILABLE_CODES.has(code)) return databaseUnavailable(error.message.split('\n')[0] ?? code);
  if (
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    code.includes('TransactionTimedOut')
  ) {
    if (origin === 'server') {
      return databaseUnavailable("it did not finish one of the server's own queries in time (overloaded?)");
    }
    return analystQueryTimedOut(code);
  }
  if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' || /OutOfMemory/i.test(code)) {
    if (origin === 'server') {
      return databaseUnavailable("it ran out of memory answering one of the server's own queries");
    }
    return analystQueryOutOfMemory(code);
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return badRequest('query-not-read-only', 'Only read queries may run here.', { neo4jCode: code });
  }
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    return badRequest('cypher-error', error.message, {
      neo4jCode: code,
      position: positionOf(error.message),
    });
  }
  if (
    code === 'Neo.ClientError.Security.Unauthorized' ||
    code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  ) {
    return new DatabaseCredentialsRefusedError(error.message.split('\n')[0] ?? code);
  }
  if (code.startsWith('Neo.ClientError.')) {
    return badRequest('query-refused', error.message, { neo4jCode: code });
  }
  const failure = new AppError(500, 'database-error', 'The database failed to answer this request.', {
    neo4jCode: code,
  });
  // Kept for callers that know better whose fault it is (an analyst query failing as it runs).
  failure.cause = error;
  return failure;
}
