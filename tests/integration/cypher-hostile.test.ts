// POST /api/cypher against hostile queries: every one refused or stopped, the graph, schema and
// users unchanged afterwards, and the server still answering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';
import { graphFingerprint, schemaFingerprint, testDriver } from '../support/test-database.ts';

const driver = testDriver();
let app: TestApp;
let graphBefore: string;
let schemaBefore: string;

beforeAll(async () => {
  app = await startTestApp({ config: testConfig({ CYPHER_TIMEOUT_MS: '2000', CYPHER_MAX_ROWS: '1000' }) });
  graphBefore = await graphFingerprint(driver);
  schemaBefore = await schemaFingerprint(driver);
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

const WRITES = [
  'CREATE (n:Hostile {id: "x"}) RETURN n',
  'MERGE (n:Organisation {id: "hostile-merge"}) RETURN n',
  'MATCH (n:Organisation {id: "vitagora"}) SET n.name = "pwned" RETURN n',
  'MATCH (n:Organisation {id: "vitagora"}) REMOVE n.name RETURN n',
  'MATCH (n:Organisation {id: "vitagora"}) DETACH DELETE n',
  'MATCH ()-[r:PARTY_TO]->() DELETE r',
  'MATCH (n:Organisation) WITH collect(n) AS all FOREACH (x IN all | SET x.hacked = true)',
  'CALL { CREATE (n:Hostile) RETURN n } RETURN n',
  'MATCH (n) CALL (n) { SET n:Hostile } RETURN count(*)',
  'CALL db.createLabel("Hostile")',
  'CALL `db`.`createProperty`("hostile")',
  'MATCH (a:Organisation {id: "vitagora"}), (b:Organisation {id: "naro"}) CREATE (a)-[:HOSTILE]->(b)',
  'UNWIND range(1, 3) AS i CALL { CREATE (:Hostile) } IN TRANSACTIONS OF 1 ROWS',
];
// Each with the reason it must be refused for: a refusal for another reason (a syntax error, say)
// would hide that the check meant for it no longer works.
const SCHEMA_AND_ADMIN: [query: string, code: string][] = [
  ['CREATE INDEX hostile FOR (n:Organisation) ON (n.hostile)', 'admin-command-refused'],
  ['CREATE CONSTRAINT hostile FOR (n:Hostile) REQUIRE n.id IS UNIQUE', 'admin-command-refused'],
  ['DROP CONSTRAINT organisation_id', 'admin-command-refused'],
  ['DROP INDEX entity_names', 'admin-command-refused'],
  ['CREATE USER hostile SET PASSWORD "hostile-password"', 'admin-command-refused'],
  ['ALTER USER neo4j SET PASSWORD "hostile-password"', 'admin-command-refused'],
  ['CREATE DATABASE hostile', 'admin-command-refused'],
  ['STOP DATABASE neo4j', 'admin-command-refused'],
  ['GRANT ROLE admin TO hostile', 'admin-command-refused'],
  ['SHOW USERS', 'admin-command-refused'],
  ['USE system SHOW USERS', 'query-refused'],
  ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', 'admin-command-refused'],
  ['EXPLAIN CREATE INDEX hostile FOR (n:Organisation) ON (n.hostile)', 'admin-command-refused'],
  ['PROFILE TERMINATE TRANSACTIONS "neo4j-transaction-1"', 'admin-command-refused'],
  ['CALL dbms.setConfigValue("db.transaction.timeout", "0")', 'procedure-refused'],
  ['CALL dbms.listConfig()', 'procedure-refused'],
  ['CALL dbms.security.createUser("hostile", "hostile-password", false)', 'procedure-refused'],
  ['CALL db.clearQueryCaches()', 'procedure-refused'],
];
const FILES_AND_NETWORK = [
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:1/x.csv' AS row RETURN row",
  "load  csv from 'https://example.com/x.csv' as row return row",
  "CALL apoc.load.json('file:///etc/passwd')",
  "WITH 1 AS `'` LOAD CSV FROM 'http://169.254.169.254/latest' AS r RETURN r",
  'LO\\u0041D CSV FROM "http://127.0.0.1:1/x" AS r RETURN r',
];
// Reading past the explorer's own graph: settings, other clients' queries and transactions.
const INTROSPECTION = [
  'WITH 1 AS `/*` CALL db.stats.retrieve("QUERIES") YIELD data RETURN data',
  'C\\u0041LL dbms.listConfig() YIELD name RETURN name',
  'CALL\u001Cdbms.listConfig() YIELD name RETURN name',
  'CALL`dbms`.listConfig() YIELD name RETURN name',
  'SHOW TRANSACTIONS YIELD currentQuery, parameters',
  'SH\\u004fW TRANSACTIONS YIELD currentQuery',
  'CALL db.stats.retrieve("GRAPH COUNTS")',
  'MATCH (n) RETURN n //',
];

describe('POST /api/cypher', () => {
  describe('when the query writes, in any form', () => {
    it.each(WRITES)('refuses %s with 400', async (query) => {
      const response = await app.post('/api/cypher', { query });
      expect(response.status).toBe(400);
      expect(response.contentType).toContain('application/problem+json');
      expect(response.body.detail).toBeTruthy();
    });
  });

  describe('when the query changes the schema, users or settings', () => {
    it.each(SCHEMA_AND_ADMIN)('refuses %s with 400 %s', async (query, code) => {
      const response = await app.post('/api/cypher', { query });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe(code);
    });
  });

  describe('when the query reads files or reaches the network', () => {
    it.each(FILES_AND_NETWORK)('refuses %s with 400', async (query) => {
      const response = await app.post('/api/cypher', { query });
      expect(response.status).toBe(400);
      // A hidden keyword is refused as such (query-refused) before it could be read as LOAD CSV.
      expect(response.body.code).toMatch(/file-and-network-access-refused|procedure-refused|query-refused/);
    });
  });

  describe('when the query reads settings, other clients’ queries or transactions, or hides its keywords', () => {
    it.each(INTROSPECTION.slice(0, -1))('refuses %s with 400', async (query) => {
      const response = await app.post('/api/cypher', { query });
      expect(response.status).toBe(400);
      expect(response.body.code).toMatch(/refused/);
    });

    it('still runs a query that merely ends with a comment', async () => {
      const response = await app.post('/api/cypher', { query: INTROSPECTION.at(-1) });
      expect(response.status).toBe(200);
    });
  });

  describe('when the query runs away', () => {
    it('stops an endless computation at the timeout with 400 query-timed-out', async () => {
      const started = Date.now();
      const response = await app.post('/api/cypher', {
        query: 'UNWIND range(1, 100000000000) AS x WITH x WHERE x < 0 RETURN count(x)',
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('query-timed-out');
      expect(Date.now() - started).toBeLessThan(15_000);
    });

    it('stops a cartesian explosion over the graph', async () => {
      const response = await app.post('/api/cypher', {
        query: 'MATCH (a), (b), (c), (d) WHERE a.name < b.name AND c.name < d.name RETURN count(*)',
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toMatch(/query-timed-out|query-out-of-memory/);
    });

    it('cuts a huge result at the row cap and says so', async () => {
      const response = await app.post('/api/cypher', { query: 'UNWIND range(1, 10000000) AS x RETURN x' });
      expect(response.status).toBe(200);
      expect(response.body.rowCount).toBe(1000);
      expect(response.body.truncated).toBe(true);
    });

    it('refuses a request body over the size limit with 413', async () => {
      const response = await app.post('/api/cypher', { query: `RETURN '${'x'.repeat(100_000)}'` });
      expect(response.status).toBe(413);
      expect(response.body.code).toBe('request-too-large');
    });
  });

  describe('when the input is malformed', () => {
    it.each([
      [{}, 'query'],
      [{ query: '' }, 'query'],
      [{ query: 'RETURN 1', params: 'nope' }, 'params'],
      [{ query: 'RETURN 1', extra: true }, 'extra'],
    ])('answers 400 naming the field for %j', async (body, field) => {
      const response = await app.post('/api/cypher', body);
      expect(response.status).toBe(400);
      expect(response.body.detail).toContain(field);
    });

    it('answers 400 invalid-json for a body that is not JSON', async () => {
      const response = await app.post('/api/cypher', '{"query": ');
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('invalid-json');
    });

    it('reports a syntax error with Neo4j’s message and the position in the analyst’s own text', async () => {
      const query = 'MATCH (n RETURN n';
      const response = await app.post('/api/cypher', { query });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('cypher-error');
      const { line, column, offset } = response.body.position;
      expect(line).toBe(1);
      expect(column).toBe(offset + 1);
      expect(query.slice(offset)).toBe('RETURN n');
    });

    it('refuses params nested deeper than 32 levels with 400, not a crash', async () => {
      let deep: unknown = 1;
      for (let i = 0; i < 2000; i++) deep = [deep];
      const response = await app.post('/api/cypher', { query: 'RETURN $p', params: { p: deep } });
      expect(response.status).toBe(400);
      expect(response.body.detail).toContain('nest');
    });
  });

  it('leaves the graph, schema and users unchanged, and still answers', async () => {
    expect(await graphFingerprint(driver)).toBe(graphBefore);
    expect(await schemaFingerprint(driver)).toBe(schemaBefore);
    const response = await app.post('/api/cypher', {
      query: 'MATCH (o:Organisation {id: $id}) RETURN o.name AS name',
      params: { id: 'vitagora' },
    });
    expect(response.status).toBe(200);
    expect(response.body.rows).toEqual([{ name: 'Vitagora' }]);
  });
});

describe('POST /api/cypher with a read query', () => {
  it('returns columns, rows and the graph found anywhere in the result, paths included', async () => {
    const response = await app.post('/api/cypher', {
      query:
        'MATCH p = (o:Organisation {id: "vitagora"})-[:PARTY_TO]->(a:Agreement) RETURN p, {agreement: a.name} AS info LIMIT 5',
    });
    expect(response.status).toBe(200);
    expect(response.body.columns).toEqual(['p', 'info']);
    expect(response.body.queryType).toBe('r');
    const ids = response.body.graph.nodes.map((node: { id: string }) => node.id);
    expect(ids).toContain('vitagora');
    expect(ids).toContain('mou-dijon-naro-vitagora-2025');
    expect(response.body.graph.edges.every((edge: { type: string }) => edge.type === 'PARTY_TO')).toBe(true);
  });

  it('fetches the endpoints of relationships returned alone', async () => {
    const response = await app.post('/api/cypher', {
      query: 'MATCH (:Person {id: "francois-rebsamen"})-[r:SIGNED]->() RETURN r',
    });
    expect(response.status).toBe(200);
    const ids = response.body.graph.nodes.map((node: { id: string }) => node.id);
    expect(ids).toEqual(expect.arrayContaining(['francois-rebsamen', 'mou-dijon-naro-vitagora-2025']));
  });
});
