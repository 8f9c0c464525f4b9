import { describe, expect, it } from 'vitest';
import { assertAllowedQuery, blankOutLiterals } from '../../server/cypher/cypher-guard.ts';

const refusal = (query: string) => {
  try {
    assertAllowedQuery(query);
    return undefined;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('assertAllowedQuery', () => {
  it.each([
    'MATCH (n:Organisation) RETURN n LIMIT 5',
    "MATCH (n) WHERE n.name = 'LOAD CSV FROM file' RETURN n",
    'MATCH (n) // CALL dbms.setConfigValue\nRETURN n',
    'CALL db.labels() YIELD label RETURN label',
    "CALL db.index.fulltext.queryNodes('entity_names', 'naro') YIELD node RETURN node",
    'CALL { MATCH (n) RETURN n } RETURN count(n)',
    'MATCH (n) CALL (n) { RETURN n.name AS name } RETURN name',
    'WITH 1 AS start, 2 AS stop RETURN start + stop',
    'SHOW INDEXES',
  ])('lets through %s', (query) => {
    expect(refusal(query)).toBeUndefined();
  });

  it.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'file-and-network-access-refused'],
    ["load\ncsv from 'http://x' as l return l", 'file-and-network-access-refused'],
    ["CALL dbms.setConfigValue('a', 'b')", 'procedure-refused'],
    ["CALL `dbms`.`setConfigValue`('a', 'b')", 'procedure-refused'],
    ['CALL db . createLabel("X")', 'procedure-refused'],
    ['USE system SHOW USERS', 'query-refused'],
    ['SHOW USERS', 'admin-command-refused'],
    ['CREATE USER x SET PASSWORD "y"', 'admin-command-refused'],
    ['DROP INDEX entity_names', 'admin-command-refused'],
    ['UNWIND [1] AS x CALL { CREATE () } IN TRANSACTIONS', 'query-refused'],
    ['PROFILE MATCH (n) RETURN n', 'query-refused'],
  ])('refuses %s', (query, code) => {
    expect(refusal(query)).toBe(code);
  });
});

describe('blankOutLiterals', () => {
  it('blanks strings, comments and quoted names but keeps offsets', () => {
    const query = "MATCH (n {name: 'x'}) /* c */ RETURN n.`odd name` // end";
    const blanked = blankOutLiterals(query);
    expect(blanked).toHaveLength(query.length);
    expect(blanked).not.toMatch(/x'|odd|end|c \*/);
  });
});
