import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Edge = { id: string; source: string; target: string; properties: Record<string, any> };
const pairKey = (edge: Edge) => [edge.source, edge.target].sort().join('+');

describe('GET /api/partnerships', () => {
  it('links organisations that are parties to one agreement, listing the agreement with citations', async () => {
    const response = await app.get('/api/partnerships');
    expect(response.status).toBe(200);
    const edge = response.body.graph.edges.find(
      (e: Edge) => pairKey(e) === ['dijon-metropole', 'naro'].sort().join('+'),
    );
    expect(edge).toBeDefined();
    const agreement = edge.properties.evidence.find(
      (item: { id: string }) => item.id === 'mou-dijon-naro-vitagora-2025',
    );
    expect(agreement).toMatchObject({ kind: 'agreement', date: '2025-11-20' });
    expect(agreement.citations[0].source.title).toBeTruthy();
  });

  it('keeps only evidence inside the date window', async () => {
    const response = await app.get('/api/partnerships?since=2025-01&until=2025-12&includeUndated=false');
    const edges = response.body.graph.edges as Edge[];
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      expect(edge.properties.evidence.length).toBeGreaterThan(0);
      // Each piece covers part of 2025: it starts by its end and has not ended before its start.
      for (const item of edge.properties.evidence) {
        expect(item.spanStart <= '2025-12-31').toBe(true);
        expect(item.spanEnd === null || item.spanEnd >= '2025-01-01').toBe(true);
      }
    }
    const early = await app.get('/api/partnerships?until=2012&includeUndated=false');
    const pairs = early.body.graph.edges.map(pairKey);
    expect(pairs).toContain(['kbcc', 'vitagora'].sort().join('+'));
    expect(pairs).not.toContain(['dijon-metropole', 'naro'].sort().join('+'));
  });

  it('focuses on given organisations', async () => {
    const response = await app.get('/api/partnerships?ids=region-occitanie');
    expect(response.body.graph.edges.length).toBeGreaterThan(0);
    for (const edge of response.body.graph.edges as Edge[]) {
      expect([edge.source, edge.target]).toContain('region-occitanie');
    }
  });

  it.each(['?since=2025-13', '?until=yesterday', '?includeUndated=maybe'])(
    'answers 400 for %s',
    async (query) => {
      expect((await app.get(`/api/partnerships${query}`)).status).toBe(400);
    },
  );
});

describe('GET /api/common-partners', () => {
  it('finds who works with both Dijon métropole and NARO', async () => {
    const response = await app.get('/api/common-partners?ids=dijon-metropole,naro');
    expect(response.status).toBe(200);
    const partner = response.body.partners.find((p: { node: { id: string } }) => p.node.id === 'vitagora');
    expect(partner).toBeDefined();
    expect(partner.links.map((link: { actorId: string }) => link.actorId).sort()).toEqual([
      'dijon-metropole',
      'naro',
    ]);
  });

  it('answers 400 for fewer than two actors', async () => {
    const response = await app.get('/api/common-partners?ids=naro');
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain('ids');
  });
});

describe('GET /api/paths', () => {
  it('connects the Wisconsin delegation to Kumamoto across articles, every hop cited', async () => {
    const response = await app.get('/api/paths?from=wisconsin-delegation-bfc-2025&to=kumamoto-prefecture');
    expect(response.status).toBe(200);
    const [path] = response.body.paths;
    expect(path.nodeIds[0]).toBe('wisconsin-delegation-bfc-2025');
    expect(path.nodeIds.at(-1)).toBe('kumamoto-prefecture');
    expect(path.hops).toHaveLength(path.length);
    for (const hop of path.hops) {
      expect(hop.citations.length).toBeGreaterThan(0);
      expect(hop.citations[0].source.title).toBeTruthy();
    }
    const sources = new Set(path.hops.flatMap((hop: any) => hop.citations.map((c: any) => c.sourceId)));
    expect(sources.size).toBeGreaterThan(1);
  });

  it('does not run through places, topics or sources by default', async () => {
    const response = await app.get(
      '/api/paths?from=wisconsin-delegation-bfc-2025&to=kumamoto-prefecture&mode=all-shortest',
    );
    expect(response.body.paths.length).toBeGreaterThan(0);
    for (const path of response.body.paths) {
      // At least one intermediate actor, or there is nothing to check.
      expect(path.nodeIds.length).toBeGreaterThan(2);
      for (const id of path.nodeIds.slice(1, -1)) {
        const node = response.body.graph.nodes.find((n: { id: string }) => n.id === id);
        expect(node.labels).not.toContain('Place');
        expect(node.labels).not.toContain('Topic');
      }
    }
  });

  it('returns k alternative paths, shortest first', async () => {
    const response = await app.get(
      '/api/paths?from=state-of-wisconsin&to=kumamoto-prefecture&mode=k&k=4&maxHops=8',
    );
    const lengths = response.body.paths.map((path: { length: number }) => path.length);
    expect(lengths.length).toBeGreaterThan(1);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('honours maxHops and allowed types', async () => {
    const short = await app.get('/api/paths?from=state-of-wisconsin&to=kumamoto-prefecture&maxHops=1');
    expect(short.body.paths).toEqual([]);
    const typed = await app.get('/api/paths?from=vitagora&to=naro&types=MEMBER_OF&mode=all-shortest');
    expect(typed.body.paths.length).toBeGreaterThan(0);
    for (const path of typed.body.paths) {
      expect(path.hops.length).toBeGreaterThan(0);
      for (const hop of path.hops) expect(hop.edge.type).toBe('MEMBER_OF');
    }
  });

  it('answers 404 for an unknown actor', async () => {
    const response = await app.get('/api/paths?from=vitagora&to=nobody-at-all');
    expect(response.status).toBe(404);
  });

  it.each([
    ['?from=vitagora', 'to'],
    ['?from=vitagora&to=naro&maxHops=12', 'maxHops'],
    ['?from=vitagora&to=naro&k=11&mode=k', 'k'],
    ['?from=vitagora&to=naro&mode=longest', 'mode'],
    ['?from=vitagora&to=naro&avoid=Planet', 'avoid'],
    ['?from=vitagora&to=vitagora', 'to'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    const response = await app.get(`/api/paths${query}`);
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain(field);
  });
});

describe('GET /api/timeline', () => {
  it('lists agreements and events in the window, in date order, with their actors', async () => {
    const response = await app.get('/api/timeline?since=2023&until=2025');
    expect(response.status).toBe(200);
    const dates = response.body.items.map((item: { date: string }) => item.date);
    expect(dates).toEqual([...dates].sort());
    // Each item covers part of the window: an agreement signed earlier and still in force counts.
    for (const item of response.body.items) {
      const { spanStart, spanEnd } = item.node.properties;
      expect(spanStart <= '2025-12-31' && (spanEnd === undefined || spanEnd >= '2023-01-01')).toBe(true);
    }
    const mou = response.body.items.find((item: any) => item.node.id === 'mou-dijon-kumamoto-2023');
    expect(mou.actorIds).toEqual(expect.arrayContaining(['dijon-metropole', 'kumamoto-prefecture']));
  });

  it('narrows to given actors', async () => {
    const response = await app.get('/api/timeline?ids=region-occitanie');
    expect(response.body.items.length).toBeGreaterThan(0);
    for (const item of response.body.items) expect(item.actorIds).toContain('region-occitanie');
  });

  it('answers 400 for a malformed date', async () => {
    expect((await app.get('/api/timeline?since=20-01-2024')).status).toBe(400);
  });
});

describe('GET /api/sources', () => {
  it('lists the five articles with the facts they support, and the reference geography', async () => {
    const response = await app.get('/api/sources');
    type Listed = { nodeCount: number; properties: { id: string; title: string; reference?: boolean } };
    const sources: Listed[] = response.body.sources;
    const articles = sources.filter((source) => source.properties.reference !== true);
    expect(articles.length).toBeGreaterThanOrEqual(5);
    for (const source of sources) expect(source.properties.title).toBeTruthy();
    for (const source of articles) expect(source.nodeCount).toBeGreaterThan(0);
    // The gazetteer is cited by `reference` on geography records, not by article quotes.
    const references = sources.filter((source) => source.properties.reference === true);
    expect(references.map((source) => source.properties.id)).toEqual(['ref-geonames']);
  });

  it('details one source with its facts and quotes', async () => {
    const list = await app.get('/api/sources');
    const id = list.body.sources[0].id;
    const response = await app.get(`/api/sources/${id}`);
    expect(response.status).toBe(200);
    expect(response.body.facts.length).toBeGreaterThan(3);
    expect(response.body.facts.some((fact: { kind: string }) => fact.kind === 'relationship')).toBe(true);
    expect(response.body.facts[0].quotes.length).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown source', async () => {
    expect((await app.get('/api/sources/src-nope')).status).toBe(404);
  });
});

describe('GET /api/paths with a date window', () => {
  it('keeps undated hops by default, agreements still in force, and leaves out agreements not yet signed', async () => {
    const windowed = await app.get(
      '/api/paths?from=dijon-metropole&to=naro&mode=all-shortest&since=2024&until=2025',
    );
    expect(windowed.status).toBe(200);
    expect(windowed.body.paths.length).toBeGreaterThan(0);
    // The 2010 agreement is in force from its signature on (the time rule), so a 2020 window keeps it…
    const later = await app.get(
      '/api/paths?from=vitagora&to=kbcc&types=PARTY_TO&mode=all-shortest&since=2020',
    );
    expect(later.body.paths.flatMap((path: { nodeIds: string[] }) => path.nodeIds)).toContain(
      'agreement-vitagora-kbcc-2010',
    );
    // …and a window that ends before it was signed does not. Its only PARTY_TO route runs through
    // it, so there may be no path at all: compare node lists instead of looping over possibly none.
    const early = await app.get(
      '/api/paths?from=vitagora&to=kbcc&types=PARTY_TO&mode=all-shortest&until=2009',
    );
    expect(early.status).toBe(200);
    expect(early.body.paths.flatMap((path: { nodeIds: string[] }) => path.nodeIds)).not.toContain(
      'agreement-vitagora-kbcc-2010',
    );
  });
});
