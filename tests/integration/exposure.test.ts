// Binding beyond loopback: a read token on every /api request, or an allow-list of host names
// with the Host check on. The real app over HTTP; it listens on loopback, the config says otherwise.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getWithHost } from '../support/raw-http.ts';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';

const READ_TOKEN = 'read-token-for-tests-0123456789';
const IMPORT_TOKEN = 'import-token-for-tests-0123456789';

describe('HOST=0.0.0.0 with READ_TOKEN', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ config: testConfig({ HOST: '0.0.0.0', READ_TOKEN, IMPORT_TOKEN }) });
  });
  afterAll(() => app.close());

  it('answers /api requests without the token with 401 problem+json', async () => {
    for (const path of ['/api/health', '/api/search?q=vitagora', '/api/openapi.json']) {
      const response = await fetch(`${app.baseUrl}${path}`);
      expect(response.status, path).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="api"');
      const body = await response.json();
      expect(body.code).toBe('unauthorized');
      expect(body.detail).toContain('READ_TOKEN');
    }
  });

  it('refuses a wrong token, a token of another length, and the token under another scheme', async () => {
    for (const authorization of [
      `Bearer ${READ_TOKEN.slice(0, -1)}x`,
      `Bearer ${READ_TOKEN}0`,
      `Basic ${READ_TOKEN}`,
      READ_TOKEN,
    ]) {
      const response = await fetch(`${app.baseUrl}/api/health`, { headers: { authorization } });
      expect(response.status, authorization).toBe(401);
    }
  });

  it('answers analyst Cypher and the rest with the token, whatever the case of "Bearer"', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const response = await fetch(`${app.baseUrl}/api/cypher`, {
        method: 'POST',
        headers: { authorization: `${scheme} ${READ_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'RETURN 1 AS one' }),
      });
      expect(response.status, scheme).toBe(200);
      expect((await response.json()).columns).toEqual(['one']);
    }
  });

  it('leaves the Host check off (a rebinding page does not know the token)', async () => {
    const response = await getWithHost(app.baseUrl, '/api/health', {
      host: 'graph.lan.example:8080',
      authorization: `Bearer ${READ_TOKEN}`,
    });
    expect(response.status).toBe(200);
  });

  it('lets POST /api/import through to its own token check', async () => {
    const response = await fetch(`${app.baseUrl}/api/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${IMPORT_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ nodes: [], relationships: [] }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).detail).toContain('source');
  });
});

describe('HOST=0.0.0.0 with ALLOWED_HOSTS', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      config: testConfig({ HOST: '0.0.0.0', ALLOWED_HOSTS: 'graph.lan.example, 192.168.1.20' }),
    });
  });
  afterAll(() => app.close());

  it('answers the listed names and localhost, with any port', async () => {
    for (const host of [
      'graph.lan.example:8080',
      'GRAPH.lan.example',
      '192.168.1.20:8080',
      'localhost:8080',
    ]) {
      const response = await getWithHost(app.baseUrl, '/api/health', { host });
      expect(response.status, host).toBe(200);
      expect(JSON.parse(response.body).database.up).toBe(true);
    }
  });

  it('refuses any other name with 403, naming ALLOWED_HOSTS', async () => {
    const response = await getWithHost(app.baseUrl, '/api/health', { host: 'attacker.example' });
    expect(response.status).toBe(403);
    const body = JSON.parse(response.body);
    expect(body.code).toBe('host-not-allowed');
    expect(body.detail).toContain('graph.lan.example');
    expect(body.detail).toContain('ALLOWED_HOSTS');
  });
});

describe('HOST on loopback (the default)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('needs no token and keeps the Host check on', async () => {
    expect((await fetch(`${app.baseUrl}/api/health`)).status).toBe(200);
    const response = await getWithHost(app.baseUrl, '/api/health', { host: 'graph.lan.example' });
    expect(response.status).toBe(403);
  });
});

describe('npm start with HOST=0.0.0.0 and neither guard', () => {
  it('exits 1 before starting anything, naming READ_TOKEN and ALLOWED_HOSTS', async () => {
    const env = { ...process.env, HOST: '0.0.0.0', READ_TOKEN: '', ALLOWED_HOSTS: '', PORT: '0' };
    const failure = await promisify(execFile)('npx', ['tsx', 'server/main.ts'], {
      env,
      timeout: 60_000,
    }).then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/HOST: 0\.0\.0\.0 is reachable beyond this machine/);
    expect(failure?.stderr).toContain('READ_TOKEN');
    expect(failure?.stderr).toContain('ALLOWED_HOSTS');
  }, 90_000);
});
