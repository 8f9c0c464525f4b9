// Errors blame the right side: a timeout or memory exhaustion of the server's own query means the
// database is in trouble (503); the same of an analyst query is that query's cost (4xx).
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DatabaseCredentialsRefusedError, fromNeo4jError } from '../../server/shared/errors.ts';

const neo4jError = (code: string, message = `failed: ${code}`) => new Neo4jError(message, code, '', '');

describe('fromNeo4jError', () => {
  const timedOut = neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
  const outOfMemory = neo4jError('Neo.TransientError.General.MemoryPoolOutOfMemoryError');

  it("makes a timeout of the server's own query a 503, not the caller's bad request", () => {
    const error = fromNeo4jError(timedOut, 'server');
    expect(error).toMatchObject({ status: 503, code: 'database-unavailable' });
    expect(error.message).toMatch(/^The database is not reachable: it did not finish/);
    expect(fromNeo4jError(timedOut)).toMatchObject({ status: 503 });
  });

  it("keeps an analyst query's own timeout a 400 that names the query's cost", () => {
    const error = fromNeo4jError(timedOut, 'analyst');
    expect(error).toMatchObject({ status: 400, code: 'query-timed-out' });
    expect(error.message).toContain('this query’s cost, not a database failure');
  });

  it('blames memory exhaustion on an analyst query, and on the database elsewhere', () => {
    expect(fromNeo4jError(outOfMemory, 'analyst')).toMatchObject({
      status: 400,
      code: 'query-out-of-memory',
    });
    expect(fromNeo4jError(outOfMemory, 'server')).toMatchObject({
      status: 503,
      code: 'database-unavailable',
    });
  });

  it('says a starting database is unavailable, once', () => {
    const error = fromNeo4jError(
      neo4jError('Neo.TransientError.General.DatabaseUnavailable', 'Database neo4j is starting\nmore'),
      'analyst',
    );
    expect(error).toMatchObject({
      status: 503,
      code: 'database-unavailable',
      reason: 'Database neo4j is starting',
    });
    expect(error.message).toBe('The database is not reachable: Database neo4j is starting');
  });

  it('marks refused credentials, so start-up can stop at the first refusal', () => {
    const error = fromNeo4jError(neo4jError('Neo.ClientError.Security.Unauthorized', 'bad credentials'));
    expect(error).toBeInstanceOf(DatabaseCredentialsRefusedError);
    expect(error).toMatchObject({ status: 503, code: 'database-unavailable' });
    expect(error.message).toContain('NEO4J_USER/NEO4J_PASSWORD');
  });
});
