// POST /api/cypher against queries no timeout stops in time: each answers within its timeout plus a
// small margin with a problem that blames the query, the rest of the API keeps answering meanwhile,
// a client that goes away releases its slot, and nothing of it is left running in Neo4j afterwards.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';
import { analystTransactions, graphFingerprint, testDriver } from '../support/test-database.ts';

const TIMEOUT_MS = 3_000;
/** The bound: every analyst query answers within its timeout plus this. */
const MARGIN_MS = 2_000;
const driver = testDriver();
let app: TestApp;
let graphBefore: string;

beforeAll(async () => {
  app = await startTestApp({
    config: testConfig({ CYPHER_TIMEOUT_MS: String(TIMEOUT_MS), CYPHER_MAX_BYTES: '1000000' }),
  });
  graphBefore = await graphFingerprint(driver);
  // Warm the search path and the analyst worker, so the timings below are the queries' own.
  expect((await app.get('/api/search?q=kumamoto')).status).toBe(200);
  expect((await app.post('/api/cypher', { query: 'RETURN 1 AS one' })).status).toBe(200);
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

/** Waits until Neo4j runs no analyst transaction, for at most `withinMs`; returns what still runs. */
async function analystWorkLeft(withinMs: number): Promise<string[]> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const left = await analystTransactions(driver);
    if (left.length === 0 || Date.now() > deadline) return left;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface Runaway {
  query: string;
  /** Stopped in the database only by the embedded launcher's watchdog (an external Neo4j has none). */
  needsWatchdog?: boolean;
  params?: Record<string, unknown>;
  status: number;
  /** The problem codes that blame the query for it (which one comes first can depend on the machine). */
  codes: string[];
}

const FIFTY_KB = 'x'.repeat(50_000);
const RUNAWAYS: Runaway[] = [
  // Sized before they run: refused at once.
  {
    query: "RETURN reduce(s = '', x IN range(1, 50000000) | s + 'xxxxxxxxxx') AS s",
    status: 400,
    codes: ['query-too-costly'],
  },
  { query: 'RETURN [x IN range(1,20000000) | toString(x)] AS l', status: 400, codes: ['query-too-costly'] },
  { query: 'RETURN [x IN range(1, 4000000) | x] AS l', status: 400, codes: ['query-too-costly'] },
  {
    query: 'RETURN [x IN range(1, $n) | [y IN range(1, $n) | y]] AS l',
    params: { n: 10_000 },
    status: 400,
    codes: ['query-too-costly'],
  },
  // Exponential strings: the database runs out of memory for this query, which is the query's fault.
  {
    query: 'RETURN size(reduce(s = $s, x IN range(1, 20) | s + s)) AS n',
    params: { s: FIFTY_KB },
    status: 400,
    // The database runs out of heap within a second or two; on a loaded machine the timeout may come first.
    codes: ['query-out-of-memory', 'query-timed-out'],
  },
  {
    query: "RETURN size(reduce(s = 'xxxxxxxxxx', x IN range(1, 40) | s + s)) AS n",
    status: 400,
    // The database runs out of heap within a second or two; on a loaded machine the timeout may come first.
    codes: ['query-out-of-memory', 'query-timed-out'],
  },
  // Bounds that depend on the data cannot be sized before: the deadline and the watchdog stop them.
  {
    needsWatchdog: true,
    query:
      "MATCH (n) WITH count(n) * 300000 AS big RETURN reduce(s = '', x IN range(1, big) | s + 'xxxxxxxxxx') AS s",
    status: 400,
    codes: ['query-timed-out'],
  },
  {
    needsWatchdog: true,
    query:
      "MATCH (n) WITH count(n) * 300000 AS big RETURN size([x IN range(1, big) | toString(x) + 'y']) AS n",
    status: 400,
    codes: ['query-timed-out'],
  },
  // A row larger than the byte cap is cut while it streams in, not after it was decoded.
  {
    query: 'MATCH (n) WITH count(n) * 5000 AS big RETURN [x IN range(1, big) | x] AS l',
    status: 400,
    codes: ['result-too-large'],
  },
];

describe('POST /api/cypher with a query that does not stop by itself', () => {
  // Against an external Neo4j (no watchdog) a data-sized runaway still answers at its deadline, but
  // its database thread runs on: those cases need the embedded launcher.
  const runnable = RUNAWAYS.filter(
    (runaway) => !runaway.needsWatchdog || inject('databaseKind') === 'embedded',
  );
  it.each(runnable)('answers $status $codes within the timeout + 2 s for $query', async (runaway) => {
    const started = Date.now();
    const pending = app.post('/api/cypher', { query: runaway.query, params: runaway.params ?? {} });
    // The rest of the API answers while it runs.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const searchStarted = Date.now();
    const search = await app.get('/api/search?q=kumamoto');
    const searchMs = Date.now() - searchStarted;
    const response = await pending;
    const elapsed = Date.now() - started;

    expect(response.status, JSON.stringify(response.body)).toBe(runaway.status);
    expect(response.contentType).toContain('application/problem+json');
    expect(runaway.codes).toContain(response.body.code);
    expect(response.body.detail.length).toBeGreaterThan(20);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
    expect(search.status).toBe(200);
    expect(search.body.results.length).toBeGreaterThan(0);
    expect(searchMs).toBeLessThan(2_000);
    expect(await analystWorkLeft(3_000)).toEqual([]);
  });

  it('cuts a result of many rows at the byte cap and says it was truncated', async () => {
    const response = await app.post('/api/cypher', {
      query: "UNWIND range(1, 1000) AS i RETURN i, [x IN range(1, 5000) | 'row-' + toString(x)] AS l",
    });
    expect(response.status).toBe(200);
    expect(response.body.truncated).toBe(true);
    expect(response.body.rowCount).toBeGreaterThan(0);
    expect(response.body.rowCount).toBeLessThan(1000);
    expect(JSON.stringify(response.body.rows).length).toBeLessThanOrEqual(1_000_000);
    expect(await analystWorkLeft(3_000)).toEqual([]);
  });

  it.runIf(inject('databaseKind') === 'embedded')(
    'releases the slots of clients that went away, and stops their queries in Neo4j',
    async () => {
      const runaway =
        "MATCH (n) WITH count(n) * 300000 AS big RETURN reduce(s = '', x IN range(1, big) | s + 'xxxxxxxxxx') AS s";
      const clients = Array.from({ length: app.config.CYPHER_MAX_CONCURRENT }, () => new AbortController());
      const requests = clients.map((client) =>
        fetch(`${app.baseUrl}/api/cypher`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: runaway }),
          signal: client.signal,
        }).catch((error: Error) => error),
      );
      await new Promise((resolve) => setTimeout(resolve, 700));
      const busy = await app.post('/api/cypher', { query: 'RETURN 1 AS one' });
      expect(busy.status).toBe(429);

      for (const client of clients) client.abort();
      for (const outcome of await Promise.all(requests)) expect(outcome).toBeInstanceOf(Error);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const after = await app.post('/api/cypher', { query: 'RETURN 1 AS one' });
      expect(after.status).toBe(200);
      expect(after.body.rows).toEqual([{ one: 1 }]);
      expect(await analystWorkLeft(3_000)).toEqual([]);
    },
  );

  it('leaves the graph unchanged', async () => {
    expect(await graphFingerprint(driver)).toBe(graphBefore);
  });
});
