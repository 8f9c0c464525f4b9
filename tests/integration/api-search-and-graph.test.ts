import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOKKEEPING_LABELS } from '../../server/schema/bookkeeping.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { testDriver } from '../support/test-database.ts';

let app: TestApp;
const driver = testDriver();
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

const ids = (results: { node: { id: string } }[]) => results.map((result) => result.node.id);

describe('GET /api/search', () => {
  it('finds "métropole" when typed without the accent', async () => {
    const response = await app.get('/api/search?q=metropole');
    expect(response.status).toBe(200);
    expect(ids(response.body.results)).toContain('dijon-metropole');
  });

  it('finds the institute by its acronym, case-insensitively', async () => {
    const response = await app.get('/api/search?q=naro');
    expect(ids(response.body.results)[0]).toBe('naro');
  });

  it('matches prefixes for autocomplete, ranked', async () => {
    const response = await app.get('/api/search?q=vitag');
    expect(ids(response.body.results)[0]).toBe('vitagora');
  });

  it('filters by label', async () => {
    const response = await app.get('/api/search?q=dijon&labels=Place');
    expect(response.body.results.length).toBeGreaterThan(0);
    for (const result of response.body.results) expect(result.node.labels).toContain('Place');
  });

  it.each(['naro)', 'NARO*', '"naro', 'naro~'])('treats Lucene syntax in %s as plain text', async (text) => {
    const response = await app.get(`/api/search?q=${encodeURIComponent(text)}`);
    expect(response.status).toBe(200);
    expect(ids(response.body.results)[0]).toBe('naro');
  });

  it('answers an empty list, not an error, for text with nothing searchable', async () => {
    const response = await app.get(`/api/search?q=${encodeURIComponent('*:* ()')}`);
    expect(response.status).toBe(200);
    expect(response.body.results).toEqual([]);
  });

  it.each([
    ['', 'q'],
    ['?q=', 'q'],
    ['?q=dijon&limit=0', 'limit'],
    ['?q=dijon&limit=abc', 'limit'],
    ['?q=dijon&labels=Planet', 'labels'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    const response = await app.get(`/api/search${query}`);
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body.detail).toContain(field);
  });
});

describe('GET /api/nodes/:id', () => {
  it('returns properties, neighbour counts and citations with source metadata', async () => {
    const response = await app.get('/api/nodes/vitagora');
    expect(response.status).toBe(200);
    expect(response.body.node.properties.name).toBe('Vitagora');
    expect(response.body.neighbourCounts.length).toBeGreaterThan(0);
    const citation = response.body.citations[0];
    expect(citation.quote.length).toBeGreaterThan(8);
    expect(citation.source).toMatchObject({ title: expect.any(String), language: 'fr' });
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const response = await app.get('/api/nodes/no-such-actor');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('not-found');
  });
});

describe('GET /api/nodes/:id/neighbours', () => {
  it('returns neighbours with their relationships', async () => {
    const response = await app.get('/api/nodes/naro/neighbours?groupAbove=1000');
    expect(response.status).toBe(200);
    const nodeIds = response.body.graph.nodes.map((node: { id: string }) => node.id);
    expect(nodeIds).toEqual(expect.arrayContaining(['naro', 'vitagora']));
    expect(response.body.graph.edges.length).toBe(response.body.total);
  });

  it('answers groups only for a hub when no filter is given', async () => {
    const response = await app.get('/api/nodes/dijon-metropole/neighbours?groupAbove=3');
    expect(response.body.grouped).toBe(true);
    expect(response.body.graph.nodes).toHaveLength(1);
    expect(response.body.groups.length).toBeGreaterThan(1);
  });

  it('expands one group by type and label, paged', async () => {
    const response = await app.get(
      '/api/nodes/dijon-metropole/neighbours?types=PARTY_TO&labels=Agreement&direction=out&limit=1',
    );
    expect(response.body.grouped).toBe(false);
    expect(response.body.graph.edges).toHaveLength(1);
    expect(response.body.graph.edges[0].type).toBe('PARTY_TO');
    expect(response.body.hasMore).toBe(response.body.total > 1);
  });

  it.each(['?types=LIKES', '?direction=up', '?limit=9999', '?skip=-1'])(
    'answers 400 for %s',
    async (query) => {
      const response = await app.get(`/api/nodes/vitagora/neighbours${query}`);
      expect(response.status).toBe(400);
    },
  );
});

describe('GET /api/schema', () => {
  it('lists labels and relationship types with counts', async () => {
    const response = await app.get('/api/schema');
    const labels = Object.fromEntries(
      response.body.labels.map((l: { label: string; count: number }) => [l.label, l.count]),
    );
    expect(labels.Organisation).toBeGreaterThan(20);
    expect(response.body.relationshipTypes.map((t: { type: string }) => t.type)).toContain('PARTY_TO');
    expect(response.body.propertyKeys).toContain('quotes');
  });

  it("leaves out the server's own bookkeeping (the views derived at import, the import journal)", async () => {
    // The curated dataset's import stored its derived views: they exist, but are not the graph.
    const stored = await driver.executeQuery('MATCH (n:DerivedSummary) RETURN count(n) AS count');
    expect(stored.records[0]?.get('count').toNumber()).toBeGreaterThan(0);
    const response = await app.get('/api/schema');
    const labels = response.body.labels.map((l: { label: string }) => l.label);
    expect(labels).toContain('Organisation');
    for (const label of BOOKKEEPING_LABELS) expect(labels).not.toContain(label);
  });
});
