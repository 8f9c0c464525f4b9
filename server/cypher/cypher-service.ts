// Analyst Cypher: any read-only query, bounded in time and size. Three locks, each enough on its own
// for writes: the static guard (cypher-guard.ts), EXPLAIN's query type and plan (cypher-plan-guard.ts),
// and a READ transaction. EXPLAIN and PROFILE of such queries return the plan as well. The query
// itself runs isolated in the analyst pool (server/database/analyst/), bounded in time and size.
import { Neo4jError } from 'neo4j-driver';
import type { z } from 'zod';
import type { CypherResponse, cypherRequestSchema } from '../contract/api.ts';
import { AnalystAbandoned } from '../database/analyst/analyst-pool.ts';
import type { Database } from '../database/database.ts';
import type { Config } from '../shared/config.ts';
import {
  AppError,
  analystQueryTimedOut,
  badRequest,
  databaseUnavailable,
  fromNeo4jError,
} from '../shared/errors.ts';
import { GraphCollector } from '../shared/graph-mapper.ts';
import { blameAnalystQuery } from './cypher-failures.ts';
import { assertAllowedQuery, type CheckedQuery } from './cypher-guard.ts';
import { toNeo4jParams } from './cypher-params.ts';
import { assertAllowedPlan, isReadOnlyDbmsPlan, type PlanOperator } from './cypher-plan-guard.ts';
import { inAnalystText } from './cypher-positions.ts';
import { toQueryPlan } from './query-plan.ts';
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
  const started = Date.now();
  const checked = assertAllowedQuery(request.query);
  assertBoundedRanges(request.query, request.params);
  const params = toNeo4jParams(request.params);
  try {
    const explained = await explain(db, request.query, checked, params, limits.CYPHER_TIMEOUT_MS);
    const planned = explained.summary.plan as PlanOperator | false;
    assertAllowedPlan(planned);
    const queryType = explained.summary.queryType;
    if (queryType !== 'r' && !(queryType === 's' && isReadOnlyDbmsPlan(planned))) {
      throw badRequest(
        'query-not-read-only',
        `Only read queries may run here; this one is of type "${queryType}" (writes or schema changes).`,
        { queryType },
      );
    }
    if (checked.mode === 'explain') {
      return {
        ...emptyResult(queryType, started),
        mode: 'explain',
        ...(planned ? { plan: toQueryPlan(planned, false) } : {}),
      };
    }
    return await runIsolated(db, limits, request, checked.mode, queryType, started, signal);
  } catch (error) {
    throw blameAnalystQuery(error);
  }
}

const emptyResult = (queryType: string, started: number) => ({
  columns: [],
  rows: [],
  graph: new GraphCollector().result(),
  rowCount: 0,
  truncated: false,
  queryType,
  elapsedMs: Date.now() - started,
});

/** Runs the query (PROFILE included) in the analyst pool and turns every way it can end into an answer. */
async function runIsolated(
  db: Database,
  limits: Limits,
  request: CypherRequest,
  mode: 'run' | 'profile',
  queryType: string,
  started: number,
  signal: AbortSignal | undefined,
): Promise<CypherResponse> {
  try {
    const result = await db.analyst.run(
      {
        query: request.query,
        params: request.params,
        purpose: 'analyst-query',
        profile: mode === 'profile',
        timeoutMs: limits.CYPHER_TIMEOUT_MS,
        maxRows: limits.CYPHER_MAX_ROWS,
        maxBytes: limits.CYPHER_MAX_BYTES,
        // Packstream and JSON sizes differ: the wire budget leaves room for that, and still stops
        // a row of hundreds of megabytes long before it is decoded.
        maxWireBytes: limits.CYPHER_MAX_BYTES * 2 + 256_000,
      },
      { deadlineMs: limits.CYPHER_TIMEOUT_MS + DEADLINE_MARGIN_MS, signal },
    );
    if (!result.ok) {
      if (result.kind === 'too-large') throw badRequest('result-too-large', result.message);
      if (result.kind === 'failed') {
        // Not a database error: a fault of ours in the worker. A 500, with its message in the log.
        throw Object.assign(new AppError(500, 'internal-error', 'The server failed to run this query.'), {
          cause: new Error(`analyst worker: ${result.message}`),
        });
      }
      if (result.code === 'Neo.ClientError.Transaction.Terminated') throw analystQueryTimedOut(result.code);
      throw fromNeo4jError(new Neo4jError(result.message, result.code as never, '' as never, ''), 'analyst');
    }
    return {
      columns: result.keys,
      rows: result.rows,
      graph: result.graph,
      rowCount: result.rows.length,
      truncated: result.truncated,
      queryType,
      elapsedMs: Date.now() - started,
      mode,
      ...(result.plan ? { plan: result.plan } : {}),
    };
  } catch (error) {
    if (!(error instanceof AnalystAbandoned)) throw error;
    if (error.reason === 'worker-out-of-memory') {
      throw badRequest(
        'result-too-large',
        'The result needed more memory than an analyst query may use: return fewer or smaller rows.',
      );
    }
    if (error.reason === 'client-gone') throw new AppError(499, 'client-gone', 'The client went away.');
    if (error.reason === 'database-not-answering') {
      throw databaseUnavailable('it did not answer while the query ran (stopped, frozen or gone)');
    }
    if (error.reason === 'worker-did-not-start') {
      throw new AppError(
        503,
        'analyst-runner-unavailable',
        'No analyst-query worker could start; try again.',
      );
    }
    throw analystQueryTimedOut();
  }
}

const EXPLAIN_PREFIX = 'EXPLAIN ';

/**
 * EXPLAIN the query as the analyst wrote it: an EXPLAIN goes as is, a PROFILE with EXPLAIN in its
 * place (same length), anything else behind an `EXPLAIN ` prefix. Errors point into the analyst's text.
 */
async function explain(
  db: Database,
  query: string,
  checked: CheckedQuery,
  params: Record<string, unknown>,
  timeoutMs: number,
) {
  const prefix = checked.prefix;
  const sent =
    checked.mode === 'explain'
      ? query
      : checked.mode === 'profile' && prefix
        ? `${query.slice(0, prefix.start)}EXPLAIN${query.slice(prefix.end)}`
        : `${EXPLAIN_PREFIX}${query}`;
  const shift = sent.length - query.length;
  try {
    return await db.readText(sent, params, { timeoutMs, purpose: 'analyst-explain' });
  } catch (error) {
    throw inAnalystText(error, { analyst: query, sent, shift });
  }
}
