// POST /api/cypher with honest analyst queries that the guard once refused or mishandled: names
// that begin like keywords, integer parameters, EXPLAIN and PROFILE, dbms.components, and errors
// that are the query's fault answered as 400s pointing into the analyst's own text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherResponseSchema, type QueryPlanOperator } from '../../server/contract/api.ts';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ config: testConfig({ CYPHER_MAX_ROWS: '1000' }) });
});
afterAll(() => app.close());

const run = async (query: string, params?: Record<string, unknown>) => {
  const response = await app.post('/api/cypher', { query, ...(params ? { params } : {}) });
  if (response.status === 200) cypherResponseSchema.parse(response.body);
  return response;
};

const operators = (root: QueryPlanOperator): QueryPlanOperator[] => [
  root,
  ...root.children.flatMap(operators),
];

describe('POST /api/cypher', () => {
  describe('when a name merely begins like a keyword', () => {
    it.each([
      ['MATCH (s)-[:CALLS_AT]->(x) RETURN x', []],
      ['WITH 1 AS calls RETURN calls', [{ calls: 1 }]],
      ['WITH [1] AS transactions UNWIND transactions AS t RETURN t', [{ t: 1 }]],
      ['RETURN 1 AS show', [{ show: 1 }]],
      ['RETURN 1 AS use', [{ use: 1 }]],
    ])('runs %s and answers its rows', async (query, rows) => {
      const response = await run(query);
      expect(response.status).toBe(200);
      expect(response.body.rows).toEqual(rows);
    });

    it.each([
      ['MATCH (n:Organisation) RETURN n.callSign AS v', 'v'],
      ['MATCH (n:Organisation) RETURN n.grant AS v', 'v'],
    ])('runs %s over the graph', async (query, column) => {
      const response = await run(query);
      expect(response.status).toBe(200);
      expect(response.body.rows.length).toBeGreaterThan(0);
      for (const row of response.body.rows) expect(row[column]).toBeNull();
    });
  });

  describe('with parameters', () => {
    it('sends a whole number as an integer, so LIMIT $l works', async () => {
      const response = await run('UNWIND range(1, 5) AS x RETURN x LIMIT $l', { l: 2 });
      expect(response.status).toBe(200);
      expect(response.body.rows).toEqual([{ x: 1 }, { x: 2 }]);
    });

    it('sends a whole number as an integer, so a list index $i works', async () => {
      const response = await run("RETURN ['a', 'b', 'c'][$i] AS v", { i: 1 });
      expect(response.status).toBe(200);
      expect(response.body.rows).toEqual([{ v: 'b' }]);
    });

    it('does so inside lists and maps, and keeps fractions as floats', async () => {
      const response = await run(
        'RETURN valueType($m.k[0]) AS nested, valueType($f) AS fraction, $m.k[1] AS half',
        { m: { k: [3, 0.5] }, f: 1.5 },
      );
      expect(response.status).toBe(200);
      expect(response.body.rows).toEqual([
        { nested: 'INTEGER NOT NULL', fraction: 'FLOAT NOT NULL', half: 0.5 },
      ]);
    });
  });

  describe('with EXPLAIN', () => {
    it('answers the plan as a tree of operators, with estimates and no rows', async () => {
      const response = await run(
        "EXPLAIN MATCH (o:Organisation {id: 'vitagora'})-[:PARTY_TO]->(a) RETURN a.name",
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ mode: 'explain', rows: [], rowCount: 0, queryType: 'r' });
      const { plan } = response.body;
      expect(plan.profiled).toBe(false);
      expect(plan.root.operatorType).toBe('ProduceResults');
      const all = operators(plan.root);
      expect(all.length).toBeGreaterThan(2);
      expect(all.map((operator) => operator.operatorType)).toContain('Expand(All)');
      for (const operator of all) {
        expect(operator.estimatedRows).toEqual(expect.any(Number));
        expect(operator.dbHits).toBeUndefined();
      }
    });

    it('still refuses a write behind it', async () => {
      const response = await run('EXPLAIN CREATE (n:Hostile) RETURN n');
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('query-not-read-only');
    });
  });

  describe('with PROFILE', () => {
    it('runs the query and answers its rows with the measured plan', async () => {
      const response = await run('PROFILE MATCH (o:Organisation) RETURN o.name AS name ORDER BY name');
      expect(response.status).toBe(200);
      expect(response.body.mode).toBe('profile');
      expect(response.body.rowCount).toBeGreaterThan(0);
      expect(response.body.rows).toContainEqual({ name: 'Vitagora' });
      const { plan } = response.body;
      expect(plan.profiled).toBe(true);
      expect(plan.root.rows).toBe(response.body.rowCount);
      expect(plan.totalDbHits).toBeGreaterThan(0);
      const all = operators(plan.root);
      expect(all.map((operator) => operator.operatorType)).toContain('NodeByLabelScan');
      expect(all.every((operator) => typeof operator.dbHits === 'number')).toBe(true);
    });

    it('keeps to the row cap while the profile counts every row', async () => {
      const response = await run('PROFILE UNWIND range(1, 5000) AS x RETURN x');
      expect(response.status).toBe(200);
      expect(response.body.rowCount).toBe(1000);
      expect(response.body.truncated).toBe(true);
      expect(response.body.plan.root.rows).toBe(5000);
    });
  });

  it('calls dbms.components, which plans as a schema query but only reads', async () => {
    const response = await run('CALL dbms.components() YIELD name, edition RETURN name, edition');
    expect(response.status).toBe(200);
    expect(response.body.queryType).toBe('s');
    expect(response.body.rows).toEqual([{ name: 'Neo4j Kernel', edition: expect.any(String) }]);
  });

  describe('when the query fails as it runs', () => {
    it('answers a shortestPath between a node and itself with 400 and Neo4j’s message', async () => {
      const response = await run('MATCH (a), (b), shortestPath((a)-[*1..1]->(b)) RETURN b');
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('cypher-error');
      expect(response.body.neo4jCode).toBe('Neo.DatabaseError.Statement.ExecutionFailed');
      expect(response.body.detail).toContain(
        'shortest path algorithm does not work when the start and end nodes',
      );
    });
  });

  describe('when the query has an error, the position is in the analyst’s own text', () => {
    it('for a plain query: no EXPLAIN prefix in the message, offset into the query', async () => {
      const query = 'MATCH (n) RETURN )';
      const response = await run(query);
      expect(response.status).toBe(400);
      expect(response.body.position).toEqual({ line: 1, column: 18, offset: 17 });
      expect(response.body.detail).toContain('(line 1, column 18 (offset: 17))');
      expect(response.body.detail).toContain(`"${query}"`);
      expect(response.body.detail).not.toContain('EXPLAIN');
    });

    it('for a PROFILE: the excerpt shows the PROFILE the analyst wrote', async () => {
      const response = await run('PROFILE\nRETURN x');
      expect(response.status).toBe(400);
      expect(response.body.position).toEqual({ line: 2, column: 8, offset: 15 });
      expect(response.body.detail).not.toContain('EXPLAIN');
    });

    it('for two statements: refused, pointing at the second one', async () => {
      const response = await run('RETURN 1;\nRETURN 2');
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('multiple-statements-refused');
      expect(response.body.position).toEqual({ line: 2, column: 1, offset: 10 });
      expect(response.body.detail).not.toContain('line 0');
    });
  });
});
