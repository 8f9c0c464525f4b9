import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('GET /api/health', () => {
  it('answers 200 with the database version when the database is up', async () => {
    const response = await app.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body.database).toMatchObject({ up: true, version: expect.stringMatching(/^5\./) });
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every endpoint', async () => {
    const response = await app.get('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/search',
        '/api/paths',
        '/api/cypher',
        '/api/partnerships',
        '/api/import',
      ]),
    );
  });
});

describe('unknown API paths', () => {
  it('answer 404 problem+json', async () => {
    // No operation documents an unknown path: that is the point of this request.
    const response = await app.get('/api/nope', { skipContractCheck: 'an unknown path, on purpose' });
    expect(response.status).toBe(404);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body.code).toBe('no-such-endpoint');
  });
});

describe('requests naming another host (DNS rebinding)', () => {
  it('are refused with 403 problem+json', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      http
        .get(`${app.baseUrl}/api/health`, { headers: { host: 'attacker.example:8080' } }, (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        })
        .on('error', reject);
    });
    expect(status).toBe(403);
    expect(JSON.parse(body).code).toBe('host-not-allowed');
  });
});
