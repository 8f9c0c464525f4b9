// POST /api/subgraph: the links among the nodes of a canvas in one request, bounded by count and
// by size. Runs the real app over HTTP on data of its own (tests/support/bounded-fixture.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_MAX_IDS } from '../../server/contract/api.ts';
import { RESPONSE_MAX_BYTES } from '../../server/shared/response-budget.ts';
import {
  BIG_NODES,
  IN_COUNTRY_B,
  ids,
  importBoundedFixture,
  PARTNERS,
  removeBoundedFixture,
  run,
  STRONGEST,
} from '../support/bounded-fixture.ts';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';
import { testDriver } from '../support/test-database.ts';

const TOKEN = 'subgraph-import-token-0123456789';
const driver = testDriver();
let app: TestApp;

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

beforeAll(async () => {
  app = await startTestApp({ config: testConfig({ IMPORT_TOKEN: TOKEN }) });
  await importBoundedFixture(app, TOKEN);
}, 180_000);
afterAll(async () => {
  await removeBoundedFixture(driver);
  await app.close();
  await driver.close();
});

describe('POST /api/subgraph', () => {
  const canvas = [ids.hub, ids.hub2, ...range(PARTNERS).map(ids.partner)];

  it('answers the nodes that exist and every relationship among them, once', async () => {
    const response = await app.post('/api/subgraph', { ids: [...canvas, `missing-${run}`] });
    expect(response.status).toBe(200);
    expect(response.body.truncated).toBe(false);
    const nodeIds = response.body.nodes.map((node: { id: string }) => node.id);
    expect(nodeIds.sort()).toEqual([...canvas].sort());
    const edges = response.body.edges as { id: string; type: string; source: string; target: string }[];
    // The hub's cooperations, the second hub's with every partner, and two between partners; the
    // agreements and places are not on the canvas, so their links are not either.
    expect(edges).toHaveLength(STRONGEST + PARTNERS + 2);
    expect(new Set(edges.map((edge) => edge.id)).size).toBe(edges.length);
    for (const edge of edges) {
      expect(edge.type).toBe('COOPERATES_WITH');
      expect(canvas).toContain(edge.source);
      expect(canvas).toContain(edge.target);
    }
    expect(
      edges.some((edge) => edge.source === ids.partner(IN_COUNTRY_B) && edge.target === ids.partner(0)),
    ).toBe(true);
  });

  it('answers two nodes without a link between them with no edge', async () => {
    const response = await app.post('/api/subgraph', { ids: [ids.partner(5), ids.partner(6)] });
    expect(response.body.nodes).toHaveLength(2);
    expect(response.body.edges).toEqual([]);
  });

  it('stays under 2 MB for a canvas whose elements weigh more, and says it was cut', async () => {
    const big = range(BIG_NODES).map(ids.big);
    const response = await app.post('/api/subgraph', { ids: big });
    expect(response.status).toBe(200);
    expect(Buffer.byteLength(JSON.stringify(response.body), 'utf8')).toBeLessThanOrEqual(RESPONSE_MAX_BYTES);
    expect(response.body.truncated).toBe(true);
    expect(response.body.nodes.length).toBeGreaterThan(0);
    expect(response.body.nodes.length + response.body.edges.length).toBeLessThan(BIG_NODES * 2 - 1);
  });

  it.each([
    ['no ids', { ids: [] }, 'ids'],
    ['too many ids', { ids: range(SUBGRAPH_MAX_IDS + 1).map((index) => `n-${index}`) }, 'ids'],
    ['an unknown member', { ids: [ids.hub], depth: 2 }, '(input)'],
    ['a bad status', { ids: [ids.hub], status: 'maybe' }, 'status'],
  ])('answers 400 for %s, naming the field', async (_case, body, field) => {
    const response = await app.post('/api/subgraph', body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('invalid-request');
    expect(response.body.issues.map((issue: { field: string }) => issue.field)).toContain(field);
  });
});
