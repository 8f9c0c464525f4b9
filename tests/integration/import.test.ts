// The loader through POST /api/import and `npm run import`: validation, atomicity, idempotence.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';
import { graphFingerprint, testDriver } from '../support/test-database.ts';

const TOKEN = 'test-import-token-0123456789';
const run = randomUUID().slice(0, 8);
const driver = testDriver();
let app: TestApp;

/** A small document of this run's own, uniquely keyed, linking to the curated Vitagora. */
function document(overrides: { relationships?: unknown[] } = {}) {
  const quote = 'a sentence that supports the fact';
  return {
    source: {
      id: `src-test-${run}`,
      title: 'Test note',
      publisher: 'Tests',
      published: '2026-11',
      language: 'en',
    },
    nodes: [
      { id: `test-org-${run}`, label: 'Organisation', kind: 'company', name: `Test Org ${run}`, quote },
      {
        id: `test-place-${run}`,
        label: 'Place',
        kind: 'city',
        name: 'Testville',
        props: { lat: 1.5, lon: 2.5 },
        quote,
      },
    ],
    relationships: overrides.relationships ?? [
      { type: 'LOCATED_IN', from: `test-org-${run}`, to: `test-place-${run}`, quote },
      { type: 'MEMBER_OF', from: `test-org-${run}`, to: 'vitagora', props: { since: '2026' }, quote },
    ],
  };
}

async function countTestNodes(): Promise<number> {
  const result = await driver.executeQuery(
    'MATCH (n) WHERE n.id ENDS WITH $suffix RETURN count(n) AS count',
    {
      suffix: run,
    },
  );
  return result.records[0]?.get('count').toNumber();
}

beforeAll(async () => {
  app = await startTestApp({ config: testConfig({ IMPORT_TOKEN: TOKEN }) });
});
afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.id ENDS WITH $suffix DETACH DELETE n', { suffix: run });
  await app.close();
  await driver.close();
});

const auth = { authorization: `Bearer ${TOKEN}` };

describe('POST /api/import', () => {
  it('answers 401 without a write token and 403 when the server accepts no writes', async () => {
    expect((await app.post('/api/import', document())).status).toBe(401);
    expect(
      (await app.post('/api/import', document(), { authorization: 'Bearer wrong-token-wrong-token' })).status,
    ).toBe(401);
    const disabled = await startTestApp();
    const response = await disabled.post('/api/import', document(), auth);
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('writes-disabled');
    await disabled.close();
  });

  describe('when one record is invalid', () => {
    it('writes nothing and names the file, record and field', async () => {
      const before = await graphFingerprint(driver);
      const bad = document({
        relationships: [
          {
            type: 'LOCATED_IN',
            from: `test-org-${run}`,
            to: `test-place-${run}`,
            quote: 'a sentence that supports it',
          },
          {
            type: 'MEMBER_OF',
            from: `test-org-${run}`,
            to: 'no-such-node-anywhere',
            quote: 'a sentence that supports it',
          },
        ],
      });
      const response = await app.post('/api/import', bad, auth);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('invalid-dataset');
      expect(response.body.errors[0]).toMatchObject({
        file: 'documents[0]',
        record: expect.stringContaining('relationships[1]'),
        field: expect.stringContaining('to'),
      });
      expect(await countTestNodes()).toBe(0);
      expect(await graphFingerprint(driver)).toBe(before);
    });

    it('refuses a record that breaks the format, naming the field', async () => {
      const bad = document();
      (bad.nodes[1] as Record<string, unknown>).props = { lat: 'north' };
      const response = await app.post('/api/import', bad, auth);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.errors)).toContain('lat');
      expect(await countTestNodes()).toBe(0);
    });
  });

  describe('when the document is valid', () => {
    it('imports it, links to existing nodes, and changes nothing when run again', async () => {
      const first = await app.post('/api/import', document(), auth);
      expect(first.status).toBe(201);
      expect(first.body).toEqual({ sources: 1, nodes: 2, relationships: 2 });
      expect(await countTestNodes()).toBe(3);
      // Each import is recorded in the audit trail, even one that changes nothing in the graph.
      const after = await graphFingerprint(driver, { exceptLabels: ['AuditEntry'] });

      const second = await app.post('/api/import', { documents: [document()] }, auth);
      expect(second.status).toBe(201);
      expect(await graphFingerprint(driver, { exceptLabels: ['AuditEntry'] })).toBe(after);

      const details = await app.get(`/api/nodes/test-org-${run}`);
      expect(details.body.citations).toHaveLength(1);
      expect(details.body.citations[0].source.title).toBe('Test note');
    });
  });
});

describe('npm run import', () => {
  it('imports a file and reports what it wrote; a bad file exits 1 with the error', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cge-import-'));
    const good = path.join(dir, 'good.json');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(good, JSON.stringify(document()));
    writeFileSync(bad, JSON.stringify({ ...document(), nodes: [{ id: 'Bad Id', label: 'Organisation' }] }));
    const env = {
      ...process.env,
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USER: inject('neo4jUser'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
    };
    const exec = promisify(execFile);
    try {
      const ok = await exec('npx', ['tsx', 'server/import/import-cli.ts', good], { env });
      expect(ok.stdout).toContain('2 node(s), 2 relationship(s)');
      const failed = await exec('npx', ['tsx', 'server/import/import-cli.ts', bad], { env }).catch(
        (error) => error,
      );
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain('bad.json');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
