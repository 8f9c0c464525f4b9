// Every list answer is bounded: pages with a total and a cursor, ranked strongest first, and no
// body over 2 MB. Runs the real app over HTTP on data of its own, imported through POST /api/import
// (tests/support/bounded-fixture.ts), with a hub that has more partners than a page holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQueryRegistry } from '../../server/database/query-registry.ts';
import { NO_FILTERS, rankedPage } from '../../server/partners/derived-summaries.ts';
import { RESPONSE_MAX_BYTES } from '../../server/shared/response-budget.ts';
import {
  BIG_NODES,
  IN_COUNTRY_A,
  IN_COUNTRY_B,
  ids,
  importBoundedFixture,
  kinds,
  PARTNERS,
  removeBoundedFixture,
  run,
  SHARED_AGREEMENTS,
  STRONGEST,
} from '../support/bounded-fixture.ts';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';
import { testDriver } from '../support/test-database.ts';

const TOKEN = 'bounded-import-token-0123456789';
const driver = testDriver();
let app: TestApp;

type Edge = { id: string; source: string; target: string; properties: Record<string, any> };
const pairKey = (edge: Edge) => [edge.source, edge.target].sort().join('+');
const bytesOf = (body: unknown) => Buffer.byteLength(JSON.stringify(body), 'utf8');

beforeAll(async () => {
  app = await startTestApp({ config: testConfig({ IMPORT_TOKEN: TOKEN }) });
  await importBoundedFixture(app, TOKEN);
}, 180_000);
afterAll(async () => {
  await removeBoundedFixture(driver);
  await app.close();
  await driver.close();
});

/** Follows nextCursor from the first page to the last, returning every page's body. */
async function allPages(path: string): Promise<any[]> {
  const pages: any[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const response = await app.get(cursor ? `${path}${separator}cursor=${cursor}` : path);
    expect(response.status).toBe(200);
    expect(bytesOf(response.body)).toBeLessThanOrEqual(RESPONSE_MAX_BYTES);
    pages.push(response.body);
    cursor = response.body.nextCursor;
    expect(pages.length).toBeLessThan(50);
  } while (cursor !== null);
  return pages;
}

function expectStrongestFirst(counts: number[]) {
  expect(counts.length).toBeGreaterThan(0);
  for (let index = 1; index < counts.length; index++) {
    expect(counts[index]).toBeLessThanOrEqual(counts[index - 1] as number);
  }
}

describe('GET /api/partnerships', () => {
  describe('around a hub with more partners than the default page', () => {
    it('answers the 100 strongest, with the total and a cursor to the rest', async () => {
      const response = await app.get(`/api/partnerships?ids=${ids.hub}`);
      expect(response.status).toBe(200);
      const edges = response.body.graph.edges as Edge[];
      expect(edges).toHaveLength(100);
      expect(response.body.total).toBe(PARTNERS);
      expect(response.body.truncated).toBe(true);
      expect(response.body.nextCursor).toEqual(expect.any(String));
      const counts = edges.map((edge) => edge.properties.evidenceCount as number);
      expectStrongestFirst(counts);
      // The partners with an agreement and a reported cooperation come first.
      expect(counts.slice(0, STRONGEST)).toEqual(Array(STRONGEST).fill(2));
      expect(counts[STRONGEST]).toBe(1);
      for (const edge of edges) expect([edge.source, edge.target]).toContain(ids.hub);
    });

    it('pages to the end without a duplicate or a gap', async () => {
      const pages = await allPages(`/api/partnerships?ids=${ids.hub}&limit=40`);
      expect(pages.map((page) => page.graph.edges.length)).toEqual([40, 40, 40, 10]);
      expect(pages.at(-1).truncated).toBe(false);
      const pairs = pages.flatMap((page) => page.graph.edges.map(pairKey));
      expect(new Set(pairs).size).toBe(PARTNERS);
      // Every edge's organisations travel with its page.
      for (const page of pages) {
        const nodeIds = new Set(page.graph.nodes.map((node: { id: string }) => node.id));
        for (const edge of page.graph.edges as Edge[]) {
          expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
        }
      }
    });
  });

  it('lists the newest 10 pieces of evidence of a partnership, and counts them all', async () => {
    const response = await app.get(`/api/partnerships?ids=${ids.pairX}`);
    expect(response.body.total).toBe(1);
    const edge = response.body.graph.edges[0] as Edge;
    expect(edge.properties.evidenceCount).toBe(SHARED_AGREEMENTS);
    expect(edge.properties.evidenceTruncated).toBe(true);
    const dates = edge.properties.evidence.map((item: { date: string }) => item.date);
    expect(dates).toHaveLength(10);
    expect(dates[0]).toBe(`${2000 + SHARED_AGREEMENTS - 1}-03-01`);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('answers the whole graph bounded, strongest first, instead of timing out', async () => {
    const response = await app.get('/api/partnerships?limit=20');
    expect(response.status).toBe(200);
    expect(response.body.graph.edges).toHaveLength(20);
    expect(response.body.total).toBeGreaterThan(PARTNERS);
    expect(response.body.nextCursor).toEqual(expect.any(String));
    expectStrongestFirst(response.body.graph.edges.map((edge: Edge) => edge.properties.evidenceCount));
  });

  it("drills down into an overview group: the partnerships of country B's organisations", async () => {
    const pages = await allPages(
      `/api/partnerships?group=country:${ids.countryB}&topics=${ids.topic}&limit=50`,
    );
    expect(pages.map((page) => page.graph.edges.length)).toEqual([50, 22]);
    expect(pages[0].total).toBe(IN_COUNTRY_B + 2);
    const pairs = pages.flatMap((page) => page.graph.edges.map(pairKey));
    expect(new Set(pairs).size).toBe(IN_COUNTRY_B + 2);
    // Met from both ends (both in B), the pair inside the country is there once.
    expect(pairs).toContain([ids.partner(0), ids.partner(1)].sort().join('+'));
    expectStrongestFirst(
      pages.flatMap((page) => page.graph.edges.map((edge: Edge) => edge.properties.evidenceCount)),
    );
  });

  it('drills down into the unknown country and into a kind', async () => {
    const unknown = await app.get(`/api/partnerships?group=country:unknown&topics=${ids.topic}&limit=500`);
    expect(unknown.body.total).toBe(PARTNERS - IN_COUNTRY_A - IN_COUNTRY_B);
    const ofKind = await app.get(`/api/partnerships?group=kind:${kinds.hub}&topics=${ids.topic}&limit=500`);
    expect(ofKind.body.total).toBe(PARTNERS);
    expect(ofKind.body.nextCursor).toBeNull();
    expect(ofKind.body.truncated).toBe(false);
  });

  it.each([
    ['country B', `country:${ids.countryB}`, 'partnershipsRankedOfCountry', ids.countryB],
    ['the unknown country', 'country:unknown', 'partnershipsRankedOfUnknownCountry', null],
    ["the hubs' kind", `kind:${kinds.hub}`, 'partnershipsRankedOfKind', kinds.hub],
  ] as const)(
    'answers the unfiltered drill-down into %s from the ranking stored at import, as the live query would',
    async (_, group, liveQuery, groupKey) => {
      const stored = await allPages(`/api/partnerships?group=${group}&limit=50`);
      // The live ranking the API runs for a filtered or deep page, here without filters.
      const registry = loadQueryRegistry();
      const live = await rankedPage(
        (name, params) => driver.executeQuery(registry.get(name), params),
        liveQuery,
        { ids: [], groupKey, ...NO_FILTERS },
        0,
        500,
      );
      expect(stored[0].total).toBeGreaterThan(0);
      expect(stored.map((page) => page.total)).toEqual(stored.map(() => live.total));
      const edges = stored.flatMap((page) =>
        page.graph.edges.map((edge: Edge) => [pairKey(edge), edge.properties.evidenceCount]),
      );
      expect(edges).toHaveLength(live.total);
      // The live page holds at most 500 (the unknown country has more: the 2 MB fixture's chain).
      expect(edges.slice(0, 500)).toEqual(
        live.page.map((pair) => [`${pair.aId}+${pair.bId}`, pair.evidenceCount]),
      );
    },
  );

  it.each([
    ['group=region:x', 'group'],
    [`ids=${'a'}&group=kind:x`, 'group'],
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['cursor=not-a-cursor', 'cursor'],
  ])('answers 400 for %s, naming the field', async (query, field) => {
    const response = await app.get(`/api/partnerships?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('invalid-request');
    expect(response.body.issues.map((issue: { field: string }) => issue.field)).toContain(field);
  });
});

describe('GET /api/partnerships/overview', () => {
  it('groups organisations by country, with an explicit unknown group, and counts partnerships', async () => {
    const response = await app.get(`/api/partnerships/overview?groupBy=country&topics=${ids.topic}`);
    expect(response.status).toBe(200);
    expect(response.body.groupBy).toBe('country');
    expect(response.body.truncated).toBe(false);
    expect(response.body.groups).toEqual([
      {
        key: ids.countryA,
        name: `Country A ${run}`,
        // The hub is in country A through its city.
        actors: 1 + IN_COUNTRY_A,
        partnerships: PARTNERS + 1,
        lat: 10.5,
        lon: 20.25,
      },
      {
        key: ids.countryB,
        name: `Country B ${run}`,
        actors: IN_COUNTRY_B,
        partnerships: IN_COUNTRY_B + 2,
        lat: -5.5,
        lon: 30,
      },
      {
        key: 'unknown',
        name: 'unknown',
        actors: PARTNERS - IN_COUNTRY_A - IN_COUNTRY_B,
        partnerships: PARTNERS - IN_COUNTRY_A - IN_COUNTRY_B,
      },
    ]);
    expect(response.body.links).toEqual([
      { source: ids.countryA, target: ids.countryB, partnerships: IN_COUNTRY_B + 1 },
      { source: ids.countryA, target: 'unknown', partnerships: PARTNERS - IN_COUNTRY_A - IN_COUNTRY_B },
    ]);
  });

  it('groups by kind', async () => {
    const response = await app.get(`/api/partnerships/overview?groupBy=kind&topics=${ids.topic}`);
    expect(response.status).toBe(200);
    const byKey = Object.fromEntries(
      response.body.groups.map((group: { key: string }) => [group.key, group]),
    );
    expect(Object.keys(byKey).sort()).toEqual([kinds.hub, kinds.partner, 'unknown'].sort());
    expect(byKey[kinds.hub]).toMatchObject({ actors: 1, partnerships: PARTNERS });
    expect(byKey[kinds.partner]).toMatchObject({
      actors: IN_COUNTRY_A + IN_COUNTRY_B,
      partnerships: IN_COUNTRY_A + IN_COUNTRY_B + 2,
    });
    expect(response.body.links).toContainEqual({
      source: kinds.hub,
      target: kinds.partner,
      partnerships: IN_COUNTRY_A + IN_COUNTRY_B,
    });
  });

  it('answers the curated graph by country, every group named', async () => {
    const response = await app.get('/api/partnerships/overview');
    expect(response.status).toBe(200);
    const keys = response.body.groups.map((group: { key: string }) => group.key);
    expect(keys).toEqual(expect.arrayContaining(['place-france', 'place-japan']));
    const japan = response.body.groups.find((group: { key: string }) => group.key === 'place-japan');
    expect(japan.name).toBe('Japon');
    expect(japan.actors).toBeGreaterThan(0);
  });

  it('answers the unfiltered view from the summary stored at import, as the live query would', async () => {
    // A window from 1900 filters nothing out but is not the unfiltered view: it is computed live.
    const stored = await app.get('/api/partnerships/overview?groupBy=country');
    const live = await app.get('/api/partnerships/overview?groupBy=country&since=1900');
    const ours = (body: { groups: { key: string }[] }) =>
      body.groups.filter((group) => group.key === ids.countryA || group.key === ids.countryB);
    expect(ours(stored.body)).toHaveLength(2);
    expect(ours(stored.body)).toEqual(ours(live.body));
    const summary = await driver.executeQuery(
      "MATCH (summary:DerivedSummary {name: 'overview-country'}) RETURN summary.keys AS keys",
    );
    expect(summary.records[0]?.get('keys')).toContain(ids.countryA);
    // Unfiltered, the second hub's cooperations count too: 40 of them reach country A.
    expect(ours(stored.body)[0]).toMatchObject({
      key: ids.countryA,
      partnerships: PARTNERS + IN_COUNTRY_A + 1,
    });
  });

  it('answers 400 for an unknown grouping', async () => {
    const response = await app.get('/api/partnerships/overview?groupBy=planet');
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain('groupBy');
  });
});

describe('GET /api/common-partners', () => {
  it('pages the partners two hubs share, the most evidenced first', async () => {
    const pages = await allPages(`/api/common-partners?ids=${ids.hub},${ids.hub2}`);
    // The default page is 50.
    expect(pages.map((page) => page.partners.length)).toEqual([50, 50, 30]);
    expect(pages[0].total).toBe(PARTNERS);
    const partners = pages.flatMap((page) => page.partners);
    expect(new Set(partners.map((partner: { node: { id: string } }) => partner.node.id)).size).toBe(PARTNERS);
    const counts = partners.map((partner: { evidenceCount: number }) => partner.evidenceCount);
    expectStrongestFirst(counts);
    expect(counts.slice(0, STRONGEST + 1)).toEqual([...Array(STRONGEST).fill(3), 2]);
  });
});

describe('GET /api/paths', () => {
  it('caps all shortest paths at 100 and says so', async () => {
    // 130 paths of three hops: second hub → partner → agreement → topic.
    const response = await app.get(
      `/api/paths?from=${ids.hub2}&to=${ids.topic}&mode=all-shortest&avoid=none&maxHops=3`,
    );
    expect(response.status).toBe(200);
    expect(response.body.paths).toHaveLength(100);
    expect(response.body.truncated).toBe(true);
    for (const path of response.body.paths) expect(path.length).toBe(3);
  });

  it('is not truncated when every path fits', async () => {
    const response = await app.get(`/api/paths?from=${ids.hub2}&to=${ids.partner(3)}&mode=all-shortest`);
    expect(response.body.paths).toHaveLength(1);
    expect(response.body.truncated).toBe(false);
  });
});

describe('GET /api/sources/:id', () => {
  it('pages the facts of a source, with its total', async () => {
    const first = await app.get(`/api/sources/${ids.source}`);
    expect(first.status).toBe(200);
    const total = first.body.source.nodeCount + first.body.source.relationshipCount;
    expect(first.body.total).toBe(total);
    // The default page is 200.
    expect(first.body.facts).toHaveLength(200);
    expect(first.body.truncated).toBe(true);
    const pages = await allPages(`/api/sources/${ids.source}?limit=300`);
    const facts = pages.flatMap((page) =>
      page.facts.map((fact: { kind: string; id: string }) => `${fact.kind}:${fact.id}`),
    );
    expect(facts).toHaveLength(total);
    expect(new Set(facts).size).toBe(total);
    for (const page of pages) {
      for (const fact of page.facts) expect(fact.quotes.length).toBeGreaterThan(0);
    }
  });

  it('cuts a page at 2 MB and resumes after it', async () => {
    const first = await app.get(`/api/sources/${ids.bigSource}?limit=1000`);
    expect(first.body.facts.length).toBeGreaterThan(0);
    expect(first.body.facts.length).toBeLessThan(1000);
    expect(first.body.truncated).toBe(true);
    expect(bytesOf(first.body)).toBeLessThanOrEqual(RESPONSE_MAX_BYTES);
    const pages = await allPages(`/api/sources/${ids.bigSource}?limit=1000`);
    const facts = pages.flatMap((page) =>
      page.facts.map((fact: { kind: string; id: string }) => `${fact.kind}:${fact.id}`),
    );
    expect(facts).toHaveLength(BIG_NODES * 2 - 1);
    expect(new Set(facts).size).toBe(BIG_NODES * 2 - 1);
  });
});
