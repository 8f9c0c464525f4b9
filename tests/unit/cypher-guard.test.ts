import { describe, expect, it } from 'vitest';
import { assertAllowedQuery } from '../../server/cypher/cypher-guard.ts';
import type { AppError } from '../../server/shared/errors.ts';

const refusal = (query: string) => {
  try {
    assertAllowedQuery(query);
    return undefined;
  } catch (error) {
    return (error as AppError).code;
  }
};

const refusalPosition = (query: string) => {
  try {
    assertAllowedQuery(query);
  } catch (error) {
    return (error as AppError).extra.position as { line: number; column: number; offset: number };
  }
  throw new Error(`expected ${query} to be refused`);
};

describe('assertAllowedQuery', () => {
  it.each([
    'MATCH (n:Organisation) RETURN n LIMIT 5',
    "MATCH (n) WHERE n.name = 'LOAD CSV FROM file' RETURN n",
    'MATCH (n) // CALL dbms.setConfigValue\nRETURN n',
    'CALL db.labels() YIELD label RETURN label',
    "CALL db.index.fulltext.queryNodes('entity_names', 'naro') YIELD node RETURN node",
    'CALL dbms.components()',
    'CALL { MATCH (n) RETURN n } RETURN count(n)',
    'MATCH (n) CALL (n) { RETURN n.name AS name } RETURN name',
    'WITH 1 AS start, 2 AS stop RETURN start + stop',
    'SHOW INDEXES',
    'SHOW ALL FUNCTIONS',
    'MATCH (n) RETURN n;',
  ])('lets through %s', (query) => {
    expect(refusal(query)).toBeUndefined();
  });

  describe('names that merely begin like a keyword', () => {
    it.each([
      'MATCH (s)-[:CALLS_AT]->(x) RETURN x',
      'WITH 1 AS calls RETURN calls',
      'MATCH (n) RETURN n.callSign',
      'WITH [1] AS transactions UNWIND transactions AS t RETURN t',
      'WITH [1] AS transactions RETURN [t IN transactions | t]',
      'RETURN 1 AS show',
      'WITH 1 AS show RETURN show AS shown',
      'MATCH (n) RETURN n.grant',
      'RETURN 1 AS use',
      'MATCH (n:Show) RETURN n.use, n.load, n.terminate',
      'WITH {a: 1} AS m RETURN m IN [m]',
      'WITH 1 AS call RETURN call AS calls',
    ])('lets through %s', (query) => {
      expect(refusal(query)).toBeUndefined();
    });
  });

  it.each([
    ['EXPLAIN MATCH (n) RETURN n', 'explain'],
    ['PROFILE MATCH (n) RETURN n', 'profile'],
    ['profile\nMATCH (n) RETURN n', 'profile'],
    ['MATCH (n) RETURN n AS explain', 'run'],
    ['CYPHER 5 runtime=slotted PROFILE MATCH (n) RETURN n', 'profile'],
    ['CYPHER runtime=slotted EXPLAIN RETURN 1', 'explain'],
  ])('reads how %j is to run', (query, mode) => {
    expect(assertAllowedQuery(query).mode).toBe(mode);
  });

  it.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'file-and-network-access-refused'],
    ["load\ncsv from 'http://x' as l return l", 'file-and-network-access-refused'],
    ["PROFILE LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'file-and-network-access-refused'],
    ["CALL dbms.setConfigValue('a', 'b')", 'procedure-refused'],
    ["CALL `dbms`.`setConfigValue`('a', 'b')", 'procedure-refused'],
    ['CALL db . createLabel("X")', 'procedure-refused'],
    ['EXPLAIN CALL db.clearQueryCaches()', 'procedure-refused'],
    ['CALL in.transactions()', 'procedure-refused'],
    ['USE system SHOW USERS', 'query-refused'],
    ['SHOW USERS', 'admin-command-refused'],
    ['SHOW TRANSACTIONS YIELD currentQuery', 'admin-command-refused'],
    ['CREATE USER x SET PASSWORD "y"', 'admin-command-refused'],
    ['CREATE OR REPLACE DATABASE x', 'admin-command-refused'],
    ['EXPLAIN CREATE INDEX x FOR (n:A) ON (n.b)', 'admin-command-refused'],
    ['DROP INDEX entity_names', 'admin-command-refused'],
    ['ALTER CURRENT USER SET PASSWORD FROM "a" TO "b"', 'admin-command-refused'],
    ['STOP DATABASE neo4j', 'admin-command-refused'],
    ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', 'admin-command-refused'],
    ['GRANT ROLE admin TO x', 'admin-command-refused'],
    ['UNWIND [1] AS x CALL { CREATE () } IN TRANSACTIONS', 'query-refused'],
    ['UNWIND [1] AS x CALL (x) { CREATE () } IN 2 CONCURRENT TRANSACTIONS OF 1 ROW', 'query-refused'],
    ['LO\\u0041D CSV FROM "x" AS r RETURN r', 'query-refused'],
    ['CALL\u001Cdbms.listConfig()', 'query-refused'],
    ["RETURN 'unterminated", 'query-refused'],
    ['RETURN `unterminated', 'query-refused'],
    ['MATCH (n) RETURN n /* unterminated', 'query-refused'],
    ['RETURN 1; RETURN 2', 'multiple-statements-refused'],
  ])('refuses %s as %s', (query, code) => {
    expect(refusal(query)).toBe(code);
  });

  it('points a second statement out in the analyst’s text, not at line 0, column 0', () => {
    expect(refusalPosition('MATCH (n)\nRETURN n;\n  RETURN 2')).toEqual({ line: 3, column: 3, offset: 22 });
  });

  it('points at the refused keyword', () => {
    expect(refusalPosition('MATCH (n)\nCALL db.clearQueryCaches()')).toEqual({
      line: 2,
      column: 1,
      offset: 10,
    });
  });
});
