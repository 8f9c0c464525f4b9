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
    const response = await app.get('/api/nope');
    expect(response.status).toBe(404);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body.code).toBe('no-such-endpoint');
  });
});
