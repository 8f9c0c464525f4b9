// POST /api/import at its edge: what a wrong body, type or scheme is told, before the loader runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';
import { graphFingerprint, testDriver } from '../support/test-database.ts';

const TOKEN = 'edge-import-token-0123456789';
const driver = testDriver();
let app: TestApp;
let before: string;

beforeAll(async () => {
  app = await startTestApp({ config: testConfig({ IMPORT_TOKEN: TOKEN }) });
  before = await graphFingerprint(driver);
});
afterAll(async () => {
  // Nothing here may write: every request below is refused before the loader.
  expect(await graphFingerprint(driver)).toBe(before);
  await app.close();
  await driver.close();
});

const auth = { authorization: `Bearer ${TOKEN}` };

describe('POST /api/import', () => {
  describe('when the document has no source', () => {
    it('answers 400 naming the field and what it must hold', async () => {
      const response = await app.post('/api/import', { nodes: [], relationships: [] }, auth);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('invalid-request');
      expect(response.body.detail).toMatch(/^import: source: required: the article the facts cite/);
      expect(response.body.issues).toEqual([expect.objectContaining({ field: 'source' })]);
    });

    it('names the document of a batch that lacks it', async () => {
      const good = { source: { id: 'x' }, nodes: [], relationships: [] };
      const response = await app.post('/api/import', { documents: [good, { nodes: [] }] }, auth);
      expect(response.status).toBe(400);
      const fields = response.body.issues.map((issue: { field: string }) => issue.field);
      expect(fields).toEqual(['documents.1.source', 'documents.1.relationships']);
      expect(response.body.detail).toContain('documents.1.source: required');
    });
  });

  describe('when the body is not JSON', () => {
    it('answers 415 problem+json naming the expected type', async () => {
      const body = JSON.stringify({ nodes: [], relationships: [] });
      for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
        const response = await app.post('/api/import', body, { ...auth, 'content-type': type });
        expect(response.status, type).toBe(415);
        expect(response.contentType).toContain('application/problem+json');
        expect(response.body.code).toBe('unsupported-media-type');
        expect(response.body.detail).toContain('Content-Type: application/json');
        expect(response.body.detail).toContain(type);
      }
    });

    it('checks the token first', async () => {
      const response = await app.post('/api/import', 'text', { 'content-type': 'text/plain' });
      expect(response.status).toBe(401);
    });
  });

  describe('the bearer scheme', () => {
    it('is accepted in any case', async () => {
      for (const scheme of ['bearer', 'BEARER', 'BeArEr']) {
        const response = await app.post(
          '/api/import',
          { nodes: [], relationships: [] },
          { authorization: `${scheme} ${TOKEN}` },
        );
        // Past the token: refused for the missing source, not 401.
        expect(response.status, scheme).toBe(400);
        expect(response.body.issues[0].field).toBe('source');
      }
    });
  });
});
