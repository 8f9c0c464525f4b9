import { describe, expect, it } from 'vitest';
import { inAnalystText } from '../../server/cypher/cypher-positions.ts';
import { AppError } from '../../server/shared/errors.ts';

// The message and position Neo4j 5.26 gives for `EXPLAIN MATCH (n) RETURN )`.
const neo4jError = (message: string, position: { line: number; column: number; offset: number }) =>
  new AppError(400, 'cypher-error', message, {
    neo4jCode: 'Neo.ClientError.Statement.SyntaxError',
    position,
  });

describe('inAnalystText', () => {
  it('takes the EXPLAIN prefix out of the position, the message and the echoed excerpt', () => {
    const analyst = 'MATCH (n) RETURN )';
    const sent = `EXPLAIN ${analyst}`;
    const error = neo4jError(
      `Invalid input ')': expected an expression, '*' or 'DISTINCT' (line 1, column 26 (offset: 25))\n"${sent}"\n${' '.repeat(26)}^`,
      { line: 1, column: 26, offset: 25 },
    );
    const rewritten = inAnalystText(error, { analyst, sent, shift: 8 }) as AppError;
    expect(rewritten.extra.position).toEqual({ line: 1, column: 18, offset: 17 });
    expect(rewritten.message).toBe(
      `Invalid input ')': expected an expression, '*' or 'DISTINCT' (line 1, column 18 (offset: 17))\n"${analyst}"\n${' '.repeat(18)}^`,
    );
    expect(analyst[17]).toBe(')');
    expect(rewritten.message).not.toContain('EXPLAIN');
  });

  it('keeps the line of an error past the first line and shows that line of the analyst’s text', () => {
    const analyst = 'MATCH (n)\nRETURN n +';
    const sent = `EXPLAIN ${analyst}`;
    const error = neo4jError(
      `Invalid input '': expected an expression (line 2, column 11 (offset: 28))\n"RETURN n +"\n${' '.repeat(11)}^`,
      { line: 2, column: 11, offset: 28 },
    );
    const rewritten = inAnalystText(error, { analyst, sent, shift: 8 }) as AppError;
    expect(rewritten.extra.position).toEqual({ line: 2, column: 11, offset: 20 });
    expect(rewritten.message).toContain('(line 2, column 11 (offset: 20))\n"RETURN n +"');
  });

  it('shows PROFILE, not the EXPLAIN put in its place, in the excerpt', () => {
    const analyst = 'PROFILE RETURN x';
    const sent = 'EXPLAIN RETURN x';
    const error = neo4jError(
      `Variable \`x\` not defined (line 1, column 16 (offset: 15))\n"${sent}"\n${' '.repeat(16)}^`,
      { line: 1, column: 16, offset: 15 },
    );
    const rewritten = inAnalystText(error, { analyst, sent, shift: 0 }) as AppError;
    expect(rewritten.message).toContain(`"${analyst}"`);
    expect(rewritten.message).not.toContain('EXPLAIN');
    expect(rewritten.extra.position).toEqual({ line: 1, column: 16, offset: 15 });
  });

  it('leaves errors without a position as they are', () => {
    const error = new AppError(400, 'query-timed-out', 'The query ran longer than the time allowed.');
    expect(inAnalystText(error, { analyst: 'RETURN 1', sent: 'EXPLAIN RETURN 1', shift: 8 })).toBe(error);
  });
});
