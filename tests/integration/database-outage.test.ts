// With the database stopped, endpoints answer 503 problem+json quickly; once it is back they work
// again without restarting the server. Uses its own embedded Neo4j so the shared one stays up.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../../server/database/embedded/embedded-neo4j.ts';
import { applySchema } from '../../server/database/schema-setup.ts';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';

const PASSWORD = 'outage-password-1';
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cge-outage-'));
let neo4j: EmbeddedNeo4j;
let app: TestApp;
let port: number;

const start = (boltPort: number) =>
  startEmbeddedNeo4j({ dataDir, boltPort, password: PASSWORD, heap: '512m' });

beforeAll(async () => {
  neo4j = await start(0);
  port = Number(new URL(neo4j.uri.replace('bolt:', 'http:')).port);
  app = await startTestApp({ config: testConfig({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: PASSWORD }) });
  await applySchema(app.db);
}, 180_000);

afterAll(async () => {
  await app?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('when the database goes down and comes back', () => {
  it('answers 503 problem+json quickly, then works again without a restart', async () => {
    expect((await app.get('/api/search?q=dijon')).status).toBe(200);

    await neo4j.stop();
    for (const endpoint of ['/api/health', '/api/search?q=dijon', '/api/nodes/vitagora', '/api/schema']) {
      const started = Date.now();
      const response = await app.get(endpoint);
      expect(response.status, endpoint).toBe(503);
      expect(response.contentType).toContain('application/problem+json');
      expect(response.body.code).toBe('database-unavailable');
      expect(Date.now() - started, `${endpoint} answered slowly`).toBeLessThan(8_000);
    }

    neo4j = await start(port);
    let health = await app.get('/api/health');
    for (let attempt = 0; attempt < 20 && health.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      health = await app.get('/api/health');
    }
    expect(health.status).toBe(200);
    expect((await app.get('/api/search?q=dijon')).status).toBe(200);
  }, 180_000);
});
