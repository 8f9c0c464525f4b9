import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import type { OverviewResponse, PartnershipsResponse, SubgraphResponse } from '../../server/contract/api.ts';
import { doubleClickNode, errorToasts, poll, useExplorer } from '../support/browser.ts';

vi.setConfig({ testTimeout: 90_000 });

const explorer = useExplorer();

const api = async <T>(path: string, init?: RequestInit): Promise<T> => {
  const response = await fetch(`${explorer.app.baseUrl}${path}`, init);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
};

const style = (page: Page, id: string, property: string) =>
  page.evaluate(
    ([element, name]) => window.__explorer?.style(element as string, name as string),
    [id, property],
  );

/** Paths of the API requests the page makes from now on. */
function apiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) seen.push(`${request.method()} ${url.pathname}`);
  });
  return seen;
}

describe('explorer › overview first, then drill-down', () => {
  it('when the analyst opens the overview › every country is a group sized by its actors; a double-click lists its partnerships, strongest first', async () => {
    const overview = await api<OverviewResponse>('/api/partnerships/overview?groupBy=country');
    expect(overview.groups.length).toBeGreaterThan(1);
    const { page, errors } = await explorer.open('');
    // The curated graph is small: it never opens on the overview (here on the empty canvas, start=empty).
    expect(await page.getByTestId('empty-hint').isVisible()).toBe(true);

    await page.getByTestId('overview').click();
    const ids = overview.groups.map((group) => `overview|country|${group.key}`);
    await poll(() => style(page, ids[0] ?? '', 'label')).toContain(overview.groups[0]?.name ?? '?');
    for (const group of overview.groups) {
      const id = `overview|country|${group.key}`;
      expect(await style(page, id, 'label')).toContain(group.name);
    }
    // Sized by actors: the group with most actors is drawn at least as large as the one with fewest.
    const byActors = [...overview.groups].sort((a, b) => b.actors - a.actors);
    const [largest, smallest] = [byActors[0], byActors.at(-1)];
    if (!largest || !smallest) throw new Error('no groups');
    const width = async (key: string) =>
      Number.parseFloat((await style(page, `overview|country|${key}`, 'width')) ?? '0');
    if (largest.actors > smallest.actors)
      expect(await width(largest.key)).toBeGreaterThan(await width(smallest.key));
    // The overview's groups are not actors: nothing of it goes into the shared URL.
    expect(await page.evaluate(() => window.__explorer?.nodeIds())).toEqual([]);
    expect(await page.evaluate(() => window.__explorer?.mode())).toBe('partners');

    // Drill down into the country with the most partnerships.
    const top = overview.groups[0];
    if (!top) throw new Error('no groups');
    const expected = await api<PartnershipsResponse>(
      `/api/partnerships?group=${encodeURIComponent(`country:${top.key}`)}&limit=100`,
    );
    expect(expected.graph.edges.length).toBeGreaterThan(0);
    await doubleClickNode(page, `overview|country|${top.key}`);
    const expectedNodes = expected.graph.nodes.map((node) => node.id).sort();
    await poll(() => page.evaluate(() => window.__explorer?.nodeIds().sort())).toEqual(expectedNodes);
    expect((await page.evaluate(() => window.__explorer?.edgeIds()))?.sort()).toEqual(
      expected.graph.edges.map((edge) => edge.id).sort(),
    );
    // One page holds them all here, so there is nothing more to load.
    expect(expected.nextCursor).toBeNull();
    expect(await page.getByTestId('load-more').isVisible()).toBe(false);
    await poll(() => page.getByTestId('status').textContent()).toContain(top.name);

    // Undo goes back to the overview.
    await page.getByTestId('undo').click();
    await poll(() => style(page, `overview|country|${top.key}`, 'label')).toContain(top.name);
    expect(await errorToasts(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('explorer › restore and links through one subgraph request', () => {
  it('when a shared URL names nodes › one POST /api/subgraph brings them and every link among them, no neighbours request', async () => {
    const ids = ['vitagora', 'naro', 'dijon-metropole', 'mou-dijon-naro-vitagora-2025', 'kbcc'];
    const expected = await api<SubgraphResponse>('/api/subgraph', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ids }),
    });
    expect(expected.edges.length).toBeGreaterThan(2);
    const context = await explorer.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const requests = apiRequests(page);
      await page.goto(`${explorer.app.baseUrl}/?nodes=${ids.join(',')}`);
      await page.waitForFunction(() => window.__explorer !== undefined);
      await page.evaluate(() => window.__explorer?.ready);
      expect((await page.evaluate(() => window.__explorer?.nodeIds()))?.sort()).toEqual([...ids].sort());
      expect((await page.evaluate(() => window.__explorer?.edgeIds()))?.sort()).toEqual(
        expected.edges.map((edge) => edge.id).sort(),
      );
      expect(requests.filter((request) => request === 'POST /api/subgraph')).toHaveLength(1);
      expect(requests.filter((request) => request.endsWith('/neighbours'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
