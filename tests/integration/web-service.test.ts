// The server as a web service: request logs, security headers, limits on slow clients, and the
// answers Node gives before Express sees a request. The real app and the server of `npm start`.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import type { DestinationStream } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemHandler } from '../../server/shared/http.ts';
import { startHttpServer } from '../../server/shared/http-server.ts';
import { createLogger } from '../../server/shared/logger.ts';
import { requestLogging } from '../../server/shared/request-logging.ts';
import { openRawSocket, parseRawAnswer, rawExchange } from '../support/raw-http.ts';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';

type LogLine = Record<string, any>;

/** A logger whose lines land in an array, as the server writes them to stderr. */
function capturedLogger() {
  const lines: LogLine[] = [];
  const destination: DestinationStream = { write: (line: string) => void lines.push(JSON.parse(line)) };
  return { logger: createLogger('info', destination), lines };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const clientDir = mkdtempSync(path.join(os.tmpdir(), 'web-service-client-'));
writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>test client</title>');
const captured = capturedLogger();
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({
    config: testConfig({
      LOG_LEVEL: 'info',
      HTTP_HEADERS_TIMEOUT_MS: '2000',
      HTTP_REQUEST_TIMEOUT_MS: '3000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000',
      HTTP_MAX_CONNECTIONS: '3',
    }),
    clientDir,
    logger: captured.logger,
  });
});
afterAll(async () => {
  await app.close();
  rmSync(clientDir, { recursive: true, force: true });
});

const linesFor = (requestId: string) => captured.lines.filter((line) => line.req?.id === requestId);

describe('request logging', () => {
  it('writes one JSON line per request, with the id echoed as X-Request-Id', async () => {
    const response = await fetch(`${app.baseUrl}/api/health`, {
      headers: { authorization: 'Bearer secret-value-in-header-123' },
    });
    expect(response.status).toBe(200);
    const id = response.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const lines = linesFor(id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      msg: expect.stringMatching(/^GET \/api\/health 200 in \d+ ms$/),
      req: { id, method: 'GET', url: '/api/health' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
    expect(lines[0]).not.toHaveProperty('problem');
    expect(JSON.stringify(captured.lines)).not.toContain('secret-value-in-header-123');
  });

  it('keeps a sane incoming X-Request-Id and replaces one that could forge log lines', async () => {
    const kept = await fetch(`${app.baseUrl}/api/health`, { headers: { 'x-request-id': 'proxy-42.abc' } });
    expect(kept.headers.get('x-request-id')).toBe('proxy-42.abc');
    expect(linesFor('proxy-42.abc')).toHaveLength(1);
    for (const bad of ['two words', 'x'.repeat(200), 'a"b']) {
      const replaced = await fetch(`${app.baseUrl}/api/health`, { headers: { 'x-request-id': bad } });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('logs 4xx answers at info, as the caller’s error', async () => {
    const response = await fetch(`${app.baseUrl}/api/nope`);
    expect(response.status).toBe(404);
    const [line] = linesFor(response.headers.get('x-request-id') ?? '');
    expect(line).toMatchObject({ level: 'info', res: { statusCode: 404 }, problem: 'no-such-endpoint' });
  });

  it('logs a 500 of the app at error with its error, and the body stays a problem without it', async () => {
    // A real fault on disk: the client's index.html becomes a symlink loop after start-up.
    const index = path.join(clientDir, 'index.html');
    rmSync(index);
    symlinkSync('index.html', index);
    const response = await fetch(`${app.baseUrl}/some/page`);
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = await response.json();
    expect(body.code).toBe('internal-error');
    expect(JSON.stringify(body)).not.toContain('ELOOP');
    const lines = linesFor(response.headers.get('x-request-id') ?? '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'error',
      res: { statusCode: 500 },
      problem: 'internal-error',
      err: { message: expect.stringContaining('ELOOP'), stack: expect.stringContaining('ELOOP') },
    });
  });

  it('redacts tokens, passwords and Cypher parameters whatever a call site logs', () => {
    const { logger, lines } = capturedLogger();
    logger.info('query', {
      query: 'MATCH (n {id: $id}) RETURN n',
      params: { id: 'private-value' },
      token: 'tok-123',
      config: { NEO4J_PASSWORD: 'pw-123', READ_TOKEN: 'rt-123' },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'query',
      query: 'MATCH (n {id: $id}) RETURN n',
      params: '[redacted]',
      token: '[redacted]',
      config: { NEO4J_PASSWORD: '[redacted]', READ_TOKEN: '[redacted]' },
    });
  });

  it('silent writes nothing', () => {
    const lines: string[] = [];
    const logger = createLogger('silent', { write: (line: string) => void lines.push(line) });
    logger.error('not written');
    expect(lines).toEqual([]);
  });
});

describe('a thrown error', () => {
  it('reaches the request log with its stack frames', async () => {
    const { logger, lines } = capturedLogger();
    const failing = express();
    failing.use(requestLogging(logger));
    failing.get('/boom', () => {
      throw new TypeError('forced failure for the log test');
    });
    failing.use(problemHandler(logger));
    const config = testConfig();
    const { server, port } = await startHttpServer(failing, config, logger, { host: '127.0.0.1', port: 0 });
    try {
      const response = await fetch(`http://127.0.0.1:${port}/boom`);
      expect(response.status).toBe(500);
      expect((await response.json()).code).toBe('internal-error');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        level: 'error',
        err: { type: 'TypeError', message: 'forced failure for the log test' },
      });
      expect(lines[0]?.err.stack).toMatch(
        /TypeError: forced failure for the log test\n\s+at .*web-service\.test\.ts/,
      );
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('security headers', () => {
  it('send a CSP that fits the client, no framing, and helmet’s defaults', async () => {
    for (const url of ['/api/health', '/']) {
      const response = await fetch(`${app.baseUrl}${url}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = Object.fromEntries(
        csp.split(';').map((part) => {
          const [name = '', ...values] = part.trim().split(/\s+/);
          return [name, values.join(' ')];
        }),
      );
      expect(directives).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'script-src-attr': "'none'",
        'style-src': "'self' 'unsafe-inline'",
        'img-src': "'self' data: blob:",
        'connect-src': "'self'",
        'object-src': "'none'",
        'frame-ancestors': "'none'",
        'base-uri': "'self'",
        'form-action': "'self'",
      });
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('slow and greedy clients', () => {
  it('closes a socket whose headers trickle in, with a 408 problem', async () => {
    const raw = openRawSocket(app.port);
    await raw.connected;
    raw.socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n');
    let lines = 0;
    const trickle = setInterval(
      () => raw.socket.writable && raw.socket.write(`X-Slow-${lines++}: 1\r\n`),
      500,
    );
    const closedAfter = await raw.closed;
    clearInterval(trickle);
    // Timeout 2 s, checked every second, plus a loaded machine: well under the minute it held before.
    expect(closedAfter).toBeGreaterThanOrEqual(1_900);
    expect(closedAfter).toBeLessThan(6_000);
    const answer = parseRawAnswer(raw.received());
    expect(answer.status).toBe(408);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(answer.body)).toMatchObject({ status: 408, code: 'request-timeout' });
  });

  it('with the default limits, cuts off a client sending one header line every 5 s within 15 s', async () => {
    const defaults = await startTestApp();
    try {
      expect(defaults.config.HTTP_HEADERS_TIMEOUT_MS).toBe(10_000);
      const raw = openRawSocket(defaults.port);
      await raw.connected;
      raw.socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n');
      const trickle = setInterval(() => raw.socket.writable && raw.socket.write('X-Slow: 1\r\n'), 5_000);
      const closedAfter = await raw.closed;
      clearInterval(trickle);
      expect(closedAfter).toBeGreaterThanOrEqual(9_900);
      expect(closedAfter).toBeLessThan(15_000);
      expect(parseRawAnswer(raw.received()).status).toBe(408);
    } finally {
      await defaults.close();
    }
  }, 30_000);

  it('closes an idle kept-alive connection after the keep-alive timeout', async () => {
    const raw = openRawSocket(app.port);
    await raw.connected;
    raw.socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    const closedAfter = await raw.closed;
    expect(raw.received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(closedAfter).toBeLessThan(4_000);
  });

  it('refuses connections beyond the cap and accepts again once they close', async () => {
    const held = [openRawSocket(app.port), openRawSocket(app.port), openRawSocket(app.port)];
    await Promise.all(held.map((raw) => raw.connected));
    await sleep(200);
    const extra = openRawSocket(app.port);
    extra.socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    const closedAfter = await extra.closed;
    expect(extra.received()).toBe('');
    expect(closedAfter).toBeLessThan(1_500);
    expect(captured.lines).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        msg: 'Refused 1 connection(s): 3 were open (HTTP_MAX_CONNECTIONS).',
      }),
    );
    for (const raw of held) raw.socket.destroy();
    await Promise.all(held.map((raw) => raw.closed));
    await sleep(100);
    expect((await fetch(`${app.baseUrl}/api/health`)).status).toBe(200);
  });
});

describe('errors Node answers itself', () => {
  it('answers headers that are too large with a 431 problem', async () => {
    const answer = await rawExchange(
      app.port,
      `GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(answer.status).toBe(431);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(answer.body)).toMatchObject({ status: 431, code: 'headers-too-large' });
    expect(JSON.parse(answer.body).detail).toMatch(/larger than this server accepts \(16 KB in all\)/);
  });

  it('answers a request that is not HTTP with a 400 problem', async () => {
    const answer = await rawExchange(app.port, 'HELLO THERE\r\n\r\n');
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(answer.body)).toMatchObject({ status: 400, code: 'malformed-http' });
    expect(JSON.parse(answer.body).detail).toMatch(/not valid HTTP\/1\.1/);
  });
});
