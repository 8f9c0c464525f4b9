// The API is stateless: two app instances, each with its own driver, on one database give the same
// answers, and what is imported through one is read through the other at once. And a server's
// writes advance the bookmark manager its reads share, which is what makes a read after an import
// wait for that import on a cluster (on this single database every read sees every commit anyway).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, createDriver } from '../../server/database/database.ts';
import { loadQueryRegistry } from '../../server/database/query-registry.ts';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';
import { testDriver } from '../support/test-database.ts';

const TOKEN = 'test-import-token-two-instances';
const run = randomUUID().slice(0, 8);
const orgId = `twin-org-${run}`;
const agreementId = `twin-agreement-${run}`;
const name = `Twinned Organisation ${run}`;
const driver = testDriver();
let writer: TestApp;
let reader: TestApp;

/** An organisation of this run's own, party with the curated Vitagora to one agreement. */
function document() {
  const quote = 'the two parties signed a partnership agreement';
  return {
    source: {
      id: `src-twin-${run}`,
      title: 'Twin note',
      publisher: 'Tests',
      published: '2026-11',
      language: 'en',
    },
    nodes: [
      { id: orgId, label: 'Organisation', kind: 'company', name, quote },
      {
        id: agreementId,
        label: 'Agreement',
        kind: 'partnership-agreement',
        name: `Twin agreement ${run}`,
        props: { status: 'signed', date: '2026-11-02' },
        quote,
      },
    ],
    relationships: [
      { type: 'PARTY_TO', from: orgId, to: agreementId, props: { status: 'done' }, quote },
      { type: 'PARTY_TO', from: 'vitagora', to: agreementId, props: { status: 'done' }, quote },
    ],
  };
}

beforeAll(async () => {
  writer = await startTestApp({ config: testConfig({ IMPORT_TOKEN: TOKEN }) });
  reader = await startTestApp();
});
afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.id ENDS WITH $suffix DETACH DELETE n', { suffix: run });
  await writer.close();
  await reader.close();
  await driver.close();
});

describe('two app instances on one database', () => {
  const reads = [
    `/api/search?q=${encodeURIComponent(name)}`,
    `/api/nodes/${orgId}`,
    `/api/paths?from=${orgId}&to=naro`,
    `/api/partnerships?ids=${orgId}`,
  ];

  it('import through one, then read through the other: the other sees the import at once', async () => {
    const before = await reader.get(`/api/search?q=${encodeURIComponent(name)}`);
    expect(before.status).toBe(200);
    expect(JSON.stringify(before.body)).not.toContain(orgId);
    expect((await reader.get(`/api/nodes/${orgId}`)).status).toBe(404);

    const imported = await writer.post('/api/import', document(), { authorization: `Bearer ${TOKEN}` });
    expect(imported.status).toBe(201);

    const search = await reader.get(`/api/search?q=${encodeURIComponent(name)}`);
    expect(search.status).toBe(200);
    expect(JSON.stringify(search.body)).toContain(orgId);
    const details = await reader.get(`/api/nodes/${orgId}`);
    expect(details.status).toBe(200);
    expect(JSON.stringify(details.body)).toContain(name);
    const partnerships = await reader.get(`/api/partnerships?ids=${orgId}`);
    expect(partnerships.status).toBe(200);
    const partnerIds = (partnerships.body.graph.edges as { source: string; target: string }[]).flatMap(
      (e) => [e.source, e.target],
    );
    expect(partnerIds).toContain('vitagora');
    const paths = await reader.get(`/api/paths?from=${orgId}&to=naro`);
    expect(paths.status).toBe(200);
    expect(JSON.stringify(paths.body)).toContain('vitagora');
  });

  it.each(reads)('GET %s answers the same through either instance', async (path) => {
    const [fromWriter, fromReader] = [await writer.get(path), await reader.get(path)];
    expect(fromWriter.status).toBe(200);
    expect(JSON.stringify(fromWriter.body)).toContain(orgId);
    expect(fromReader).toEqual(fromWriter);
  });
});

describe('bookmarks', () => {
  it("a server's write transaction advances the bookmark manager its reads and analyst queries use", async () => {
    const config = testConfig();
    const uri = config.NEO4J_URI as string;
    const ownDriver = createDriver(uri, config);
    const db = createDatabase(ownDriver, uri, loadQueryRegistry(), config);
    try {
      const before = [...(await ownDriver.executeQueryBookmarkManager.getBookmarks())];
      await db.writeTransaction(
        (tx) => tx.run('MERGE (n:BookmarkProbe {id: $id})', { id: `bookmark-probe-${run}` }),
        'bookmark test',
      );
      const after = [...(await ownDriver.executeQueryBookmarkManager.getBookmarks())];
      expect(after.length).toBeGreaterThan(0);
      expect(after).not.toEqual(before);
      // Its own reads wait for it (executeQuery uses that manager)...
      const read = await db.readText(
        'MATCH (n:BookmarkProbe {id: $id}) RETURN count(n) AS count',
        { id: `bookmark-probe-${run}` },
        { timeoutMs: 5_000, purpose: 'bookmark test read' },
      );
      expect(read.records[0]?.get('count').toNumber()).toBe(1);
      // ...and the analyst worker's session is given the same bookmarks.
      const analyst = await db.analyst.run(
        {
          query: 'MATCH (n:BookmarkProbe {id: $id}) RETURN count(n) AS count',
          params: { id: `bookmark-probe-${run}` },
          purpose: 'analyst-bookmark-test',
          profile: false,
          timeoutMs: 5_000,
          maxRows: 10,
          maxBytes: 10_000,
          maxWireBytes: 100_000,
        },
        { deadlineMs: 10_000 },
      );
      expect(analyst).toMatchObject({ ok: true, rows: [{ count: 1 }] });
    } finally {
      await db.close();
    }
  });
});
