// Faults of the embedded database, with the real supervisor (openDatabase, as `npm start` runs it)
// on its own Neo4j and temporary store: a frozen JVM (SIGSTOP), a killed one (SIGKILL), a refused
// password, a deliberate stop, and a supervisor that gives up. Whatever is stopped is woken and
// killed in afterAll.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenDatabase, openDatabase } from '../../server/database/connect.ts';
import { startEmbeddedNeo4j } from '../../server/database/embedded/embedded-neo4j.ts';
import { applySchema } from '../../server/database/schema-setup.ts';
import { loadConfig } from '../../server/shared/config.ts';
import type { LevelLogger } from '../../server/shared/logger.ts';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';

const PASSWORD = 'supervised-password-7';
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cge-supervision-'));
const logLines: string[] = [];
const lost: string[] = [];
const logTimes: number[] = [];
const record = (level: string) => (message: string) => {
  logTimes.push(Date.now());
  logLines.push(`${level} ${message}`);
};
const logger: LevelLogger = {
  debug: record('debug'),
  info: record('info'),
  warn: record('warn'),
  error: record('error'),
};
/** The supervisor's log since `since`, with times relative to it, for failure messages. */
const logSince = (since: number) =>
  logLines
    .map((line, index) => ({ line, at: (logTimes[index] ?? 0) - since }))
    .filter(({ at }) => at >= 0)
    .map(({ line, at }) => `+${at} ms ${line}`)
    .join('\n');
const stoppedPids = new Set<number>();
let opened: OpenDatabase;
let app: TestApp;

const embeddedConfig = (overrides: Record<string, string> = {}) =>
  loadConfig({
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: '0',
    NEO4J_PASSWORD: PASSWORD,
    NEO4J_HEAP: '512m',
    LOG_LEVEL: 'silent',
    ...overrides,
  });

const currentPid = () => {
  const pid = opened.embedded?.pid;
  if (!pid || pid < 0) throw new Error('no embedded JVM');
  return pid;
};

/** JVMs whose command line names our temporary store. */
function jvmsOnOurStore(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function timed(url: string) {
  const started = Date.now();
  const response = await app.get(url);
  return { ...response, url, ms: Date.now() - started };
}

/** An analyst query: the frozen database is not the query's fault, so 503 too. */
async function timedAnalystQuery() {
  const started = Date.now();
  const response = await app.post('/api/cypher', { query: 'MATCH (n) RETURN count(n) AS nodes' });
  return { ...response, url: 'POST /api/cypher', ms: Date.now() - started };
}

async function pollHealthy(withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if ((await app.get('/api/health')).status === 200) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not healthy within ${withinMs} ms; log:\n${logSince(started - 5_000)}`);
}

const ENDPOINTS = ['/api/health', '/api/search?q=dijon', '/api/schema', '/api/nodes/vitagora'];

beforeAll(async () => {
  opened = await openDatabase(embeddedConfig(), logger, { onDatabaseLost: (reason) => lost.push(reason) });
  app = await startTestApp({ config: testConfig({ NEO4J_URI: opened.uri, NEO4J_PASSWORD: PASSWORD }) });
  await applySchema(app.db);
}, 180_000);

afterAll(async () => {
  for (const pid of stoppedPids) {
    try {
      process.kill(pid, 'SIGCONT');
    } catch {
      // already gone
    }
  }
  await app?.close();
  await opened?.close();
  for (const pid of jvmsOnOurStore()) process.kill(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the embedded JVM', () => {
  it('does not show the database password on its command line', () => {
    const cmdline = readFileSync(`/proc/${currentPid()}/cmdline`, 'utf8');
    expect(cmdline).toMatch(/Launcher(\.java)?\0/);
    expect(cmdline).toContain(dataDir);
    expect(cmdline).not.toContain(PASSWORD);
  });
});

describe('a JVM that cannot start', () => {
  it('reports the first exception line of its stderr, not the last stack frames', async () => {
    // The running JVM holds the store's lock: a second one on the same store fails as it starts.
    const error: unknown = await startEmbeddedNeo4j({
      dataDir,
      boltPort: 0,
      password: PASSWORD,
      heap: '256m',
    }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^embedded Neo4j did not start: the JVM exited with code 1: [\w.$]+(Exception|Error)\b/,
    );
    expect(message).not.toMatch(/\n\s*at /);
    expect(jvmsOnOurStore()).toHaveLength(1);
  }, 120_000);
});

describe('a wrong password against a running Neo4j', () => {
  it('stops start-up at the first refusal with one clear message, leaving no lockout behind', async () => {
    const started = Date.now();
    const wrong = loadConfig({
      NEO4J_URI: opened.uri,
      NEO4J_PASSWORD: 'not-the-password-1',
      LOG_LEVEL: 'silent',
    });
    await expect(openDatabase(wrong, logger)).rejects.toThrow(
      /refused the password of user "neo4j".*NEO4J_PASSWORD.*first refusal/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    // Neo4j locks a user out after 3 failed logins: a retry loop would make this login fail.
    const driver = neo4j.driver(opened.uri, neo4j.auth.basic('neo4j', PASSWORD));
    try {
      const result = await driver.executeQuery('RETURN 1 AS one');
      expect(result.records[0]?.get('one').toNumber()).toBe(1);
    } finally {
      await driver.close();
    }
  });
});

describe('a frozen database (SIGSTOP for 20 s)', () => {
  it('makes every request fail with 503 within 5 s, then recovers by itself after SIGCONT', async () => {
    expect((await app.get('/api/search?q=dijon')).status).toBe(200);
    const pid = currentPid();
    const frozenAt = Date.now();
    process.kill(pid, 'SIGSTOP');
    stoppedPids.add(pid);
    try {
      // Twice: at once, and again deep in the freeze (new connections and pooled ones alike).
      for (const round of [0, 1]) {
        if (round === 1) await new Promise((resolve) => setTimeout(resolve, 8_000));
        const answers = await Promise.all([...ENDPOINTS.map(timed), timedAnalystQuery()]);
        expect(answers).toHaveLength(ENDPOINTS.length + 1);
        for (const answer of answers) {
          expect(answer.status, answer.url).toBe(503);
          expect(answer.contentType, answer.url).toContain('application/problem+json');
          expect(answer.body.code, answer.url).toBe('database-unavailable');
          expect(answer.ms, `${answer.url} took ${answer.ms} ms`).toBeLessThanOrEqual(5_000);
        }
        const health = answers[0]?.body;
        expect(health.detail).toMatch(
          /^The database is not reachable: it (stopped answering|did not answer)/,
        );
        expect(health.detail).not.toMatch(/not reachable: The database is not reachable/);
      }
      const left = 20_000 - (Date.now() - frozenAt);
      if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
    } finally {
      process.kill(pid, 'SIGCONT');
      stoppedPids.delete(pid);
    }
    await pollHealthy(30_000);
    // The same JVM: a freeze is not a death.
    expect(opened.embedded?.pid).toBe(pid);
    expect(opened.embedded?.restarts).toBe(0);
    // Nothing leaked: the pool serves a burst of requests.
    const burst = await Promise.all(Array.from({ length: 20 }, () => app.get('/api/search?q=dijon')));
    expect(burst.map((response) => response.status)).toEqual(Array(20).fill(200));
  }, 90_000);
});

describe('a killed database (SIGKILL)', () => {
  it('answers 503 within 2 s, is restarted on the same port and store, and is back within 30 s', async () => {
    const pid = currentPid();
    const killedAt = Date.now();
    process.kill(pid, 'SIGKILL');
    const answers = await Promise.all(ENDPOINTS.map(timed));
    expect(answers).toHaveLength(ENDPOINTS.length);
    for (const answer of answers) {
      expect(answer.status, answer.url).toBe(503);
      expect(answer.body.code, answer.url).toBe('database-unavailable');
      expect(answer.ms, `${answer.url} took ${answer.ms} ms`).toBeLessThanOrEqual(2_000);
    }
    await pollHealthy(30_000 - (Date.now() - killedAt));
    expect(Date.now() - killedAt).toBeLessThanOrEqual(30_000);
    expect((await app.get('/api/search?q=dijon')).status).toBe(200);
    expect(opened.embedded?.pid).not.toBe(pid);
    // Bolt may answer a moment before the launcher reports ready, and the restart counts then.
    await expect.poll(() => opened.embedded?.restarts, { timeout: 10_000 }).toBe(1);
    expect(logLines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^warn The embedded Neo4j died: the JVM \\(pid ${pid}\\) killed by SIGKILL`),
      ),
    );
    expect(lost).toEqual([]);
  }, 60_000);
});

describe('a deliberate stop (close())', () => {
  it('stops the JVM for good: no restart', async () => {
    const pid = currentPid();
    await opened.close();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(jvmsOnOurStore()).toEqual([]);
    expect(opened.embedded?.pid).toBe(pid);
    expect(lost).toEqual([]);
  }, 60_000);
});

describe('a database that cannot be restarted', () => {
  it('gives up after the configured restarts, saying how many and why', async () => {
    const reasons: string[] = [];
    const blocker = net.createServer();
    let port = 0;
    const embedded = await startEmbeddedNeo4j({
      dataDir,
      boltPort: 0,
      password: PASSWORD,
      heap: '512m',
      restartDelaysMs: [500, 200],
      // The moment the death is seen (its port is free then), take the port: every restart fails.
      warn: (line) => {
        if (line.startsWith('The embedded Neo4j died')) blocker.listen(port, '127.0.0.1');
      },
      onGiveUp: (reason) => reasons.push(reason),
    });
    port = Number(new URL(embedded.uri.replace('bolt:', 'http:')).port);
    try {
      process.kill(embedded.pid, 'SIGKILL');
      await expect.poll(() => reasons, { timeout: 15_000, interval: 100 }).toHaveLength(1);
      expect(blocker.listening).toBe(true);
      expect(reasons[0]).toMatch(/failed 3 times in a row \(2 restarts tried\)/);
      expect(reasons[0]).toContain('killed by SIGKILL');
      expect(reasons[0]).toContain(`port ${port} on 127.0.0.1 is taken`);
      expect(embedded.restarts).toBe(0);
      expect(jvmsOnOurStore()).toEqual([]);
    } finally {
      blocker.close();
      await embedded.stop();
    }
  }, 120_000);
});
