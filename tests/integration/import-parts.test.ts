// An import sent in parts over HTTP: nothing is visible before the commit, the commit writes all or
// nothing in batches with its progress readable, and an open import can be abandoned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../support/import-document.ts';
import { contractViolation } from '../support/openapi-contract.ts';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';
import { graphFingerprint, testDriver } from '../support/test-database.ts';

const TOKEN = 'test-import-token-parts-0123456789';
const tag = `p${Date.now().toString(36)}`;
const driver = testDriver();
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ config: testConfig({ IMPORT_TOKEN: TOKEN, IMPORT_BATCH_SIZE: '500' }) });
});
afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.id CONTAINS $tag DETACH DELETE n', { tag });
  await app.close();
  await driver.close();
});

/** One request, its answer held to the OpenAPI document like every answer of the test app. */
async function call(method: string, path: string, body?: unknown, token: string | undefined = TOKEN) {
  const response = await fetch(`${app.baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const answer = {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: text ? JSON.parse(text) : undefined,
  };
  const violation = contractViolation(method, path, answer);
  if (violation) throw new Error(`The answer breaks the OpenAPI document: ${violation}`);
  return answer;
}

async function finished(id: string) {
  const seen: number[] = [];
  for (let i = 0; i < 600; i++) {
    const status = await call('GET', `/api/imports/${id}`);
    seen.push(status.body.written);
    if (status.body.state === 'published' || status.body.state === 'failed') return { ...status.body, seen };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the import ${id} did not finish`);
}

const countTagged = async () =>
  (
    await driver.executeQuery('MATCH (n) WHERE n.id CONTAINS $tag RETURN count(n) AS count', { tag })
  ).records[0]
    ?.get('count')
    .toNumber();

describe('POST /api/imports, then parts, then commit', () => {
  it('shows nothing before the commit, then publishes every part with progress', async () => {
    const opened = await call('POST', '/api/imports');
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ state: 'open', parts: 0 });
    const id = opened.body.id as string;
    const first = importDocument({ tag: `${tag}a`, organisations: 200, relationships: 1_500 });
    const second = {
      source: { ...first.source, id: `src-${tag}a-2`, title: 'Second part' },
      nodes: [],
      relationships: [
        {
          type: 'COOPERATES_WITH',
          from: `org-${tag}a-1`,
          to: `org-${tag}a-7`,
          key: 'second',
          quote: 'a second article says so',
        },
      ],
    };
    expect((await call('PUT', `/api/imports/${id}/parts/1`, first)).body.parts).toBe(1);
    expect((await call('PUT', `/api/imports/${id}/parts/2`, second)).body.parts).toBe(2);
    expect(await countTagged()).toBe(0);

    const committed = await call('POST', `/api/imports/${id}/commit`);
    expect(committed.status).toBe(202);
    const done = await finished(id);
    expect(done.state).toBe('published');
    expect(done.summary).toEqual({ sources: 2, nodes: 210, relationships: 1_501 });
    expect(done.written).toBe(done.total);
    expect(done.batches).toBeGreaterThan(3);
    // Sources, then 210 nodes, then the relationships: 212 entities with their two sources.
    expect(await countTagged()).toBe(212);
    const again = await call('PUT', `/api/imports/${id}/parts/3`, second);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('import-not-open');
  }, 120_000);

  it('writes nothing when a part holds a bad record, and says which', async () => {
    const before = await graphFingerprint(driver);
    const id = (await call('POST', '/api/imports')).body.id as string;
    const doc = importDocument({ tag: `${tag}b`, organisations: 100, relationships: 800 });
    (doc.relationships as Record<string, unknown>[]).push({
      type: 'COOPERATES_WITH',
      from: `org-${tag}b-1`,
      to: 'no-such-partner',
      quote: 'the partners signed a cooperation agreement',
    });
    await call('PUT', `/api/imports/${id}/parts/1`, doc);
    await call('POST', `/api/imports/${id}/commit`);
    const done = await finished(id);
    expect(done.state).toBe('failed');
    expect(done.problem.code).toBe('invalid-dataset');
    expect(done.problem.errors[0]).toMatchObject({
      record: expect.stringContaining('relationships[800]'),
      field: 'to',
    });
    expect(await graphFingerprint(driver)).toBe(before);
  }, 120_000);

  it('abandons an open import, refuses parts that are not JSON objects, and needs the token', async () => {
    const id = (await call('POST', '/api/imports')).body.id as string;
    const notADocument = await call('PUT', `/api/imports/${id}/parts/1`, [1, 2, 3]);
    expect(notADocument.status).toBe(400);
    expect(notADocument.body.detail).toContain('part 1');
    const badNumber = await call('PUT', `/api/imports/${id}/parts/0`, { source: {} });
    expect(badNumber.status).toBe(400);
    const empty = await call('POST', `/api/imports/${id}/commit`);
    expect(empty.status).toBe(409);
    expect(empty.body.code).toBe('import-empty');
    const abandoned = await call('DELETE', `/api/imports/${id}`);
    expect(abandoned.status).toBe(200);
    expect((await call('GET', `/api/imports/${id}`)).status).toBe(404);
    expect((await call('POST', '/api/imports', undefined, '')).status).toBe(401);
  });
});
