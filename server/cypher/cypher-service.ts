// Analyst Cypher: any read-only query, bounded in time and size. Three locks, each enough on its own
// for writes: the static guard (cypher-guard.ts), EXPLAIN's query type, and a READ transaction.
import type { Node } from 'neo4j-driver';
import type { z } from 'zod';
import type { CypherResponse, cypherRequestSchema } from '../contract/api.ts';
import type { JsonValue } from '../contract/graph.ts';
import type { Database } from '../database/database.ts';
import type { Config } from '../shared/config.ts';
import { AppError, badRequest } from '../shared/errors.ts';
import { GraphCollector, toJson } from '../shared/graph-mapper.ts';
import { assertAllowedPlan, assertAllowedQuery, type PlanOperator } from './cypher-guard.ts';

type CypherRequest = z.infer<typeof cypherRequestSchema>;
type Limits = Pick<Config, 'CYPHER_TIMEOUT_MS' | 'CYPHER_MAX_ROWS' | 'CYPHER_MAX_BYTES'>;

/** Relationship endpoints missing from a result are fetched, up to this many nodes. */
const MAX_MISSING_ENDPOINTS = 2_000;

export async function runAnalystQuery(
  db: Database,
  limits: Limits,
  request: CypherRequest,
): Promise<CypherResponse> {
  assertAllowedQuery(request.query);
  const params = request.params as Record<string, unknown>;
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

  const started = Date.now();
  const rows: Record<string, JsonValue>[] = [];
  const graph = new GraphCollector();
  let bytes = 0;
  let truncated = false;
  const { keys } = await db.streamRead(
    request.query,
    params,
    { timeoutMs: limits.CYPHER_TIMEOUT_MS, purpose: 'analyst-query' },
    (record) => {
      if (rows.length >= limits.CYPHER_MAX_ROWS) {
        truncated = true;
        return false;
      }
      const row = Object.fromEntries(record.keys.map((key) => [String(key), toJson(record.get(key))]));
      bytes += JSON.stringify(row).length;
      if (bytes > limits.CYPHER_MAX_BYTES) {
        truncated = true;
        return false;
      }
      rows.push(row);
      for (const key of record.keys) graph.add(record.get(key));
      return true;
    },
  );
  await addMissingEndpoints(db, graph);
  return {
    columns: keys,
    rows,
    graph: graph.result(),
    rowCount: rows.length,
    truncated,
    queryType,
    elapsedMs: Date.now() - started,
  };
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

/** A query may return relationships without their nodes; the canvas needs both ends. */
async function addMissingEndpoints(db: Database, graph: GraphCollector): Promise<void> {
  const missing = graph.missingEndpoints().slice(0, MAX_MISSING_ENDPOINTS);
  if (missing.length === 0) return;
  const result = await db.read<{ node: Node }>('nodesByElementId', { elementIds: missing });
  for (const record of result.records) graph.add(record.get('node'));
}
