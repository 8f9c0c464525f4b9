// Analyst Cypher: any read-only query, bounded in time and size. Three locks, each enough on its own
// for writes: the static guard (cypher-guard.ts), EXPLAIN's query type, and a READ transaction.
import { Neo4jError } from 'neo4j-driver';
import type { z } from 'zod';
import type { CypherResponse, cypherRequestSchema } from '../contract/api.ts';
import type { JsonValue } from '../contract/graph.ts';
import { AnalystAbandoned } from '../database/analyst/analyst-pool.ts';
import type { Database } from '../database/database.ts';
import type { Config } from '../shared/config.ts';
import { AppError, badRequest, databaseUnavailable, fromNeo4jError } from '../shared/errors.ts';
import { assertAllowedPlan, assertAllowedQuery, type PlanOperator } from './cypher-guard.ts';
import { assertBoundedRanges } from './range-bound.ts';

type CypherRequest = z.infer<typeof cypherRequestSchema>;
type Limits = Pick<Config, 'CYPHER_TIMEOUT_MS' | 'CYPHER_MAX_ROWS' | 'CYPHER_MAX_BYTES'>;

/**
 * How long past its own timeout a query is waited for. Neo4j answers a timed-out query within
 * milliseconds unless an expression ignores the termination; then the worker is abandoned here.
 */
const DEADLINE_MARGIN_MS = 1_000;

export async function runAnalystQuery(
  db: Database,
  limits: Limits,
  request: CypherRequest,
  signal?: AbortSignal,
): Promise<CypherResponse> {
  assertAllowedQuery(request.query);
  const params = request.params as Record<string, JsonValue>;
  assertBoundedRanges(request.query, params);
  const plan = await explain(db, request.query, params, limits.CYPHER_TIMEOUT_MS);
  assertAllowedPlan(plan.summary.plan as PlanOperator | false);
  const queryType = plan.summary.queryType;
  if (queryType !== 'r') {
    throw badRequest(
      'query-not-read-only',
      `Only read queries may run here; this one is of type "${queryType}" (writes or schema changes).`,
      {
        queryType,
      },
    );
  }

  const result = await runIsolated(db, limits, request.query, params, signal);
  return {
    columns: result.keys,
    rows: result.rows,
    graph: result.graph,
    rowCount: result.rows.length,
    truncated: result.truncated,
    queryType,
    elapsedMs: result.elapsedMs,
  };
}

/** Runs the query in the analyst pool and turns every way it can end into an answer or a problem. */
async function runIsolated(
  db: Database,
  limits: Limits,
  query: string,
  params: Record<string, JsonValue>,
  signal: AbortSignal | undefined,
) {
  const seconds = limits.CYPHER_TIMEOUT_MS / 1000;
  try {
    const result = await db.analyst.run(
      {
        query,
        params,
        purpose: 'analyst-query',
        timeoutMs: limits.CYPHER_TIMEOUT_MS,
        maxRows: limits.CYPHER_MAX_ROWS,
        maxBytes: limits.CYPHER_MAX_BYTES,
        // Packstream and JSON sizes differ: the wire budget leaves room for that, and still stops
        // a row of hundreds of megabytes long before it is decoded.
        maxWireBytes: limits.CYPHER_MAX_BYTES * 2 + 256_000,
      },
      { deadlineMs: limits.CYPHER_TIMEOUT_MS + DEADLINE_MARGIN_MS, signal },
    );
    if (result.ok) return result;
    if (result.kind === 'row-too-large') throw badRequest('result-too-large', result.message);
    if (result.kind === 'failed') throw databaseUnavailable(result.message);
    throw analystQueryError(result.code, result.message, seconds);
  } catch (error) {
    if (!(error instanceof AnalystAbandoned)) throw error;
    if (error.reason === 'worker-out-of-memory') {
      throw badRequest(
        'result-too-large',
        'The result needed more memory than an analyst query may use: return fewer or smaller rows.',
      );
    }
    if (error.reason === 'client-gone') throw new AppError(499, 'client-gone', 'The client went away.');
    if (error.reason === 'worker-did-not-start') {
      throw new AppError(
        503,
        'analyst-runner-unavailable',
        'No analyst-query worker could start; try again.',
      );
    }
    throw timedOut(seconds);
  }
}

const timedOut = (seconds: number) =>
  badRequest(
    'query-timed-out',
    `The query ran longer than the ${seconds} s an analyst query may take and was stopped. That is this query's cost, not a database failure: bound it (LIMIT, shorter paths, smaller lists).`,
  );

/** Errors of the analyst's own query blame the query, where the same error elsewhere may be 503. */
function analystQueryError(code: string, message: string, seconds: number): AppError {
  if (code.includes('TransactionTimedOut') || code === 'Neo.ClientError.Transaction.Terminated') {
    return timedOut(seconds);
  }
  if (code.endsWith('OutOfMemoryError')) {
    return badRequest(
      'query-out-of-memory',
      'The query needed more memory than the database can give one query and was stopped: that is this query’s cost, not a database failure. Build smaller lists or strings.',
      { neo4jCode: code },
    );
  }
  return fromNeo4jError(new Neo4jError(message, code as never, '' as never, ''));
}

const EXPLAIN_PREFIX = 'EXPLAIN ';

/** EXPLAIN the query; a syntax error's position is given back in the analyst's own text. */
async function explain(db: Database, query: string, params: Record<string, unknown>, timeoutMs: number) {
  try {
    return await db.readText(`${EXPLAIN_PREFIX}${query}`, params, { timeoutMs, purpose: 'analyst-explain' });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const position = error.extra.position as { line: number; column: number; offset: number } | undefined;
    if (position) {
      const shift = EXPLAIN_PREFIX.length;
      error.extra.position = {
        line: position.line,
        column: position.line === 1 ? Math.max(1, position.column - shift) : position.column,
        offset: Math.max(0, position.offset - shift),
      };
    }
    throw error;
  }
}
