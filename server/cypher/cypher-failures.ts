// Whose fault an analyst query's failure is. Neo4j reports some failures of the query itself as
// database errors (Neo.DatabaseError.Statement.ExecutionFailed, e.g. shortestPath between a node and
// itself after a cartesian product): for the analyst's own text that is the query's fault, a 400 with
// Neo4j's message, not a 500 that hides it.
import { Neo4jError } from 'neo4j-driver';
import { AppError, badRequest } from '../shared/errors.ts';

const QUERY_FAULT_CODES = new Set(['Neo.DatabaseError.Statement.ExecutionFailed']);

export function blameAnalystQuery(error: unknown): unknown {
  if (!(error instanceof AppError) || error.status !== 500) return error;
  const cause = error.cause;
  if (!(cause instanceof Neo4jError) || !QUERY_FAULT_CODES.has(cause.code)) return error;
  return badRequest('cypher-error', `The query failed as it ran: ${cause.message}`, {
    neo4jCode: cause.code,
  });
}
