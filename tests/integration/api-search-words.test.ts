// Search as analysts type it: hyphenated names, typos, English names, and words inside the quotes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const search = (q: string, extra = '') => app.get(`/api/search?q=${encodeURIComponent(q)}${extra}`);
const ids = (body: { results: { node: { id: string } }[] }) => body.results.map((result) => result.node.id);

interface Hit {
  kind: 'node' | 'edge';
  factId: string;
  quote: string;
  sourceId: string | null;
  highlights: { start: number; end: number }[];
  graph: { nodes: { id: string }[]; edges: { id: string; source: string; target: string }[] };
}
const evidence = (q: string, extra = '') =>
  app.get(`/api/search/evidence?q=${encodeURIComponent(q)}${extra}`);
const marked = (hit: Hit) => hit.highlights.map(({ start, end }) => hit.quote.slice(start, end));

describe('GET /api/search › hyphens', () => {
  it.each([
    ['Bourgogne-Franche-Comté', 'region-bourgogne-franche-comte'],
    ['bourgogne-franche', 'region-bourgogne-franche-comte'],
    ['Jean-Michel', 'jean-michel-verpillot'],
    ['Marie-Guite', 'marie-guite-dufay'],
    ['Pyrénées-Méditerranée', 'region-occitanie'],
    ['Occitanie / Pyrénées-Méditerranée', 'region-occitanie'],
  ])('"%s" finds %s', async (text, id) => {
    const response = await search(text);
    expect(response.status).toBe(200);
    expect(ids(response.body)).toContain(id);
  });

  it('ranks the region named exactly "Région Bourgogne-Franche-Comté" first', async () => {
    const response = await search('Région Bourgogne-Franche-Comté');
    expect(ids(response.body)[0]).toBe('region-bourgogne-franche-comte');
  });
});

describe('GET /api/search › typos and English names', () => {
  it.each([
    ['Dijon Metropolis', 'dijon-metropole'],
    ['Vitagorra', 'vitagora'],
    ['Kumamotto', 'kumamoto-prefecture'],
    ['Kumamoto Prefecture', 'kumamoto-prefecture'],
    ['Occitanie Regional Council', 'region-occitanie'],
    ['National Agriculture and Food Research', 'naro'],
  ])('"%s" finds %s', async (text, id) => {
    const response = await search(text);
    expect(response.status).toBe(200);
    expect(ids(response.body)).toContain(id);
  });

  it('still ranks an exact name above matches that are only a few edits away', async () => {
    const response = await search('Vitagora');
    expect(ids(response.body)[0]).toBe('vitagora');
  });
});

describe('GET /api/search/evidence', () => {
  it('"fermentation" finds the facts whose quotes mention it, nodes and relationships, with the word marked', async () => {
    const response = await evidence('fermentation', '&limit=50');
    expect(response.status).toBe(200);
    const hits: Hit[] = response.body.facts;
    expect(hits.length).toBeGreaterThan(2);
    expect(hits.map((hit) => hit.kind)).toEqual(expect.arrayContaining(['node', 'edge']));
    // Not only the Topic: an actor whose quote says it, and a relationship that cites it.
    expect(hits.map((hit) => hit.factId)).toContain('kumamoto-prefecture');
    for (const hit of hits) {
      expect(hit.quote.toLowerCase()).toContain('fermentation');
      expect(marked(hit).map((word) => word.toLowerCase())).toContain('fermentation');
      expect(hit.sourceId).toMatch(/^src-/);
    }
    const edgeHit = hits.find((hit) => hit.kind === 'edge') as Hit;
    const [edge] = edgeHit.graph.edges;
    expect(edge?.id).toBe(edgeHit.factId);
    expect(edgeHit.graph.nodes.map((node) => node.id).sort()).toEqual([edge?.source, edge?.target].sort());
  });

  it('quotes the fact verbatim as the node details cite it', async () => {
    const response = await evidence('fermentation', '&limit=50');
    const hit = (response.body.facts as Hit[]).find(
      (candidate) => candidate.factId === 'kumamoto-prefecture',
    );
    expect(hit).toBeDefined();
    const details = await app.get('/api/nodes/kumamoto-prefecture');
    expect(details.body.citations.map((citation: { quote: string }) => citation.quote)).toContain(hit?.quote);
  });

  it('forgives a typo ("fermantation") and folds accents ("durabilite")', async () => {
    const typo = await evidence('fermantation');
    expect(typo.body.facts.length).toBeGreaterThan(0);
    expect(marked(typo.body.facts[0]).map((word) => word.toLowerCase())).toContain('fermentation');
    const accent = await evidence('durabilite');
    expect(accent.body.facts.length).toBeGreaterThan(0);
    expect(accent.body.facts[0].quote).toContain('durabilité');
  });

  it('pages without repeats and says when it is done', async () => {
    const all = await evidence('fermentation', '&limit=50');
    const total = all.body.facts.length;
    expect(total).toBeGreaterThan(2);
    expect(all.body.nextCursor).toBeNull();
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 20; page += 1) {
      const response = await evidence('fermentation', `&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      expect(response.body.facts.length).toBeLessThanOrEqual(2);
      seen.push(...response.body.facts.map((hit: Hit) => `${hit.kind}:${hit.factId}`));
      if (!response.body.nextCursor) break;
      expect(response.body.truncated).toBe(true);
      cursor = response.body.nextCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('answers an empty page for text with nothing searchable, and 400 for bad parameters', async () => {
    const empty = await evidence('*** ()');
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ facts: [], nextCursor: null, truncated: false });
    for (const [query, field] of [
      ['', 'q'],
      ['x&limit=500', 'limit'],
      ['x&cursor=nope', 'cursor'],
    ]) {
      const response = await app.get(`/api/search/evidence?q=${query}`);
      expect(response.status).toBe(400);
      expect(response.contentType).toContain('application/problem+json');
      expect(response.body.detail).toContain(field);
    }
  });
});

describe('GET /api/paths › the date window (one year rule with the paths form)', () => {
  const paths = (window: string) => app.get(`/api/paths?from=vitagora&to=kumamoto-prefecture${window}`);

  it.each([
    ['&since=2030&until=1990', 'since', ['2030', '1990', 'after']],
    ['&since=1000&until=2020', 'since', ['1900', '2100', '1000']],
    ['&since=2000&until=9999', 'until', ['1900', '2100', '9999']],
  ])('%s › 400 saying what was expected', async (window, field, words) => {
    const response = await paths(window);
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body.detail).toContain(field);
    for (const word of words) expect(response.body.detail).toContain(word);
  });

  it('a window of plausible years in order is answered', async () => {
    const response = await paths('&since=2015&until=2026');
    expect(response.status).toBe(200);
    expect(response.body.paths.length).toBeGreaterThan(0);
  });
});
