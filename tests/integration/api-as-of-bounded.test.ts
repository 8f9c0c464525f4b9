// The as-of answer and the changes list are bounded (issue 10 §3): as-of ranks the partnerships in
// force on the day, strongest first, and pages them with a total and a cursor; changes are cut at
// `limit` with a total. Runs the real app over HTTP on the bounded-lists data of its own
// (tests/support/bounded-fixture.ts: a hub with 130 partners, one agreement each, signed 2026-01-15,
// and a pair sharing 12 agreements signed one a year from 2000).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESPONSE_MAX_BYTES } from '../../server/shared/response-budget.ts';
import {
  ids,
  importBoundedFixture,
  PARTNERS,
  removeBoundedFixture,
  SHARED_AGREEMENTS,
} from '../support/bounded-fixture.ts';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';
import { testDriver } from '../support/test-database.ts';

const TOKEN = 'as-of-bounded-import-token-0123456789';
const driver = testDriver();
let app: TestApp;

type Edge = { id: string; type: string; source: string; target: string; properties: Record<string, any> };
const bytesOf = (body: unknown) => Buffer.byteLength(JSON.stringify(body), 'utf8');
const partnerships = (body: any) =>
  (body.graph.edges as Edge[]).filter((edge) => edge.type === 'PARTNERS_WITH');

beforeAll(async () => {
  app = await startTestApp({ config: testConfig({ IMPORT_TOKEN: TOKEN }) });
  await importBoundedFixture(app, TOKEN);
}, 180_000);
afterAll(async () => {
  await removeBoundedFixture(driver);
  await app.close();
  await driver.close();
});

describe('GET /api/as-of, ranked and paged', () => {
  it('pages the partnerships of the hub in force on the day, 50 at a time, each pair once', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `/api/as-of?date=2026-02&ids=${ids.hub}&limit=50${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await app.get(query);
      expect(response.status).toBe(200);
      expect(bytesOf(response.body)).toBeLessThanOrEqual(RESPONSE_MAX_BYTES);
      expect(response.body.total).toBe(PARTNERS);
      const page = partnerships(response.body);
      pages += 1;
      // 50, 50, then the 30 left.
      expect(page).toHaveLength(pages < 3 ? 50 : PARTNERS - 100);
      expect(response.body.truncated).toBe(pages < 3);
      for (const edge of page) {
        const partner = edge.source === ids.hub ? edge.target : edge.source;
        expect([edge.source, edge.target]).toContain(ids.hub);
        expect(seen.has(partner)).toBe(false);
        seen.add(partner);
        const index = Number(/^partner-(\d+)-/.exec(partner)?.[1]);
        expect(edge.properties.evidence.map((item: any) => item.id)).toEqual([ids.agreement(index)]);
        expect(edge.properties.evidence[0]).toMatchObject({ status: 'signed', spanStart: '2026-01-15' });
      }
      // A drill-down to organisations carries their partnerships, not the events of the day.
      expect(response.body.graph.nodes.some((node: any) => node.labels.includes('Event'))).toBe(false);
      cursor = response.body.nextCursor;
      expect(pages).toBeLessThan(5);
    } while (cursor !== null);
    expect(pages).toBe(3);
    expect(seen.size).toBe(PARTNERS);
  });

  it('leaves out what had not started on the day: before the signature, the hub has no partnership', async () => {
    const response = await app.get(`/api/as-of?date=2025-12&ids=${ids.hub}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 0, truncated: false, nextCursor: null });
    expect(partnerships(response.body)).toEqual([]);
  });

  it('counts only the evidence in force on the day, and lists the newest of it', async () => {
    // By mid-2005 the pair had signed six of its yearly agreements (2000 to 2005).
    const response = await app.get(`/api/as-of?date=2005-06&ids=${ids.pairX}`);
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(1);
    const [edge] = partnerships(response.body);
    expect(edge?.properties.evidenceCount).toBe(6);
    expect(edge?.properties.evidence.map((item: any) => item.spanStart)).toEqual(
      [5, 4, 3, 2, 1, 0].map((year) => `${2000 + year}-03-01`),
    );
    // Later, all twelve count, and only the newest ten are listed.
    const later = partnerships((await app.get(`/api/as-of?date=2020&ids=${ids.pairX}`)).body);
    expect(later[0]?.properties).toMatchObject({ evidenceCount: SHARED_AGREEMENTS, evidenceTruncated: true });
    expect(later[0]?.properties.evidence).toHaveLength(10);
  });

  it('refuses a limit over the cap, in problem+json', async () => {
    const response = await app.get('/api/as-of?date=2020&limit=501');
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect(JSON.stringify(response.body)).toContain('limit');
  });
});

describe('GET /api/changes, capped', () => {
  const day = '2026-01-15';

  it('cuts the list at limit, oldest first, and says how many there are', async () => {
    const response = await app.get(`/api/changes?since=${day}&until=${day}&limit=50`);
    expect(response.status).toBe(200);
    // The hub's 130 agreements were signed that day (other tests' data may add to them).
    expect(response.body.total).toBeGreaterThanOrEqual(PARTNERS);
    expect(response.body.changes).toHaveLength(50);
    expect(response.body.truncated).toBe(true);
    for (const change of response.body.changes) expect(change.date.startsWith('2026-01')).toBe(true);
  });

  it('lists them all, uncut, when they fit', async () => {
    const response = await app.get(`/api/changes?since=${day}&until=${day}`);
    expect(response.status).toBe(200);
    expect(response.body.truncated).toBe(false);
    expect(response.body.changes).toHaveLength(response.body.total);
    const signed = (response.body.changes as any[]).filter(
      (change) => change.change === 'signed' && change.element.id.startsWith('agreement-'),
    );
    expect(signed.map((change) => change.element.id)).toEqual(
      expect.arrayContaining([ids.agreement(0), ids.agreement(PARTNERS - 1)]),
    );
  });
});
