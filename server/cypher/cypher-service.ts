// Analyst Cypher: any read-only query, bounded in time and size. Three locks, each enough on its own
// for writes: the static guard (cypher-guard.ts), EXPLAIN's query type and plan (cypher-plan-guard.ts),
// and a READ transaction. EXPLAIN and PROFILE of such queries return the plan as well.
import type { Node } from 'neo4j-driver';
import type { z } from 'zod';
import type { CypherResponse, cypherRequestSchema } from '../contract/api.ts';
import type { JsonValue } from '../contract/graph.ts';
import type { Database } from '../database/database.ts';
import type { Config } from '../shared/config.ts';
import { badRequest } from '../shared/errors.ts';
import { GraphCollector, toJson } from '../shared/graph-mapper.ts';
import { blameAnalystQuery } from './cypher-failures.ts';
import { assertAllowedQuery, type CheckedQuery } from './cypher-guard.ts';
import { toNeo4jParams } from './cypher-params.ts';
import { assertAllowedPlan, isReadOnlyDbmsPlan, type PlanOperator } from './cypher-plan-guard.ts';
import { inAnalystText } from './cypher-positions.ts';
import { toQueryPlan } from './query-plan.ts';

type CypherRequest = z.infer<typeof cypherRequestSchema>;
type Limits = Pick<Config, 'CYPHER_TIMEOUT_MS' | 'CYPHER_MAX_ROWS' | 'CYPHER_MAX_BYTES'>;

/** Relationship endpoints missing from a result are fetched, up to this many nodes. */
const MAX_MISSING_ENDPOINTS = 2_000;

export async function runAnalystQuery(
  db: Database,
  limits: Limits,
  request: CypherRequest,
): Promise<CypherResponse> {
  const started = Date.now();
  const checked = assertAllowedQuery(request.query);
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
    return await runBounded(db, limits, request.query, params, checked.mode, queryType, started);
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

/** Runs the query (PROFILE included) in a READ transaction under the timeout and the row/byte caps. */
async function runBounded(
  db: Database,
  limits: Limits,
  query: string,
  params: Record<string, unknown>,
  mode: 'run' | 'profile',
  queryType: string,
  started: number,
): Promise<CypherResponse> {
  const rows: Record<string, JsonValue>[] = [];
  const graph = new GraphCollector();
  let bytes = 0;
  let truncated = false;
  const { keys, summary } = await db.streamRead(
    query,
    params,
    { timeoutMs: limits.CYPHER_TIMEOUT_MS, purpose: 'analyst-query' },
    (record) => {
      // A PROFILE's counts only come with a result read to its end: past the caps its rows are
      // read and dropped (still within the timeout) instead of stopping the stream.
      const keepReading = mode === 'profile';
      if (truncated || rows.length >= limits.CYPHER_MAX_ROWS) {
        truncated = true;
        return keepReading;
      }
      const row = Object.fromEntries(record.keys.map((key) => [String(key), toJson(record.get(key))]));
      bytes += JSON.stringify(row).length;
      if (bytes > limits.CYPHER_MAX_BYTES) {
        truncated = true;
        return keepReading;
      }
      rows.push(row);
      for (const key of record.keys) graph.add(record.get(key));
      return true;
    },
  );
  await addMissingEndpoints(db, graph);
  const profile = summary?.profile as PlanOperator | false | undefined;
  return {
    columns: keys,
    rows,
    graph: graph.result(),
    rowCount: rows.length,
    truncated,
    queryType,
    elapsedMs: Date.now() - started,
    mode,
    ...(mode === 'profile' && profile ? { plan: toQueryPlan(profile, true) } : {}),
  };
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

/** A query may return relationships without their nodes; the canvas needs both ends. */
async function addMissingEndpoints(db: Database, graph: GraphCollector): Promise<void> {
  const missing = graph.missingEndpoints().slice(0, MAX_MISSING_ENDPOINTS);
  if (missing.length === 0) return;
  const result = await db.read<{ node: Node }>('nodesByElementId', { elementIds: missing });
  for (const record of result.records) graph.add(record.get('node'));
}
