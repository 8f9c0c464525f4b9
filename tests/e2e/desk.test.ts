import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import type { CommonPartnersResponse, PartnershipsResponse } from '../../server/contract/api.ts';
import type { WireNode } from '../../server/contract/graph.ts';
import { errorToasts, poll, positionOf, settle, useExplorer } from '../support/browser.ts';

// Real Chromium, real layouts, a database that may be cold: generous timeouts, never sleeps.
vi.setConfig({ testTimeout: 90_000 });

const explorer = useExplorer();

const api = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${explorer.app.baseUrl}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
};

/** The first view, as a newcomer gets it: no view in the URL at all. */
async function openFirstView(): Promise<Page> {
  const { page } = await explorer.open('', { firstView: true });
  await page.waitForFunction(() => window.__explorer?.mode() === 'partners', undefined, { timeout: 30_000 });
  await poll(() => page.getByTestId('start-source').count()).toBeGreaterThan(0);
  return page;
}

const nodeIds = (page: Page) => page.evaluate(() => window.__explorer?.nodeIds() ?? []);
const visible = (page: Page) => page.evaluate(() => window.__explorer?.visibleNodeIds() ?? []);
const width = (page: Page, id: string) =>
  page.evaluate((node) => Number.parseFloat(window.__explorer?.style(node, 'width') ?? '0'), id);

interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Pairs of drawn labels whose boxes overlap by more than half a pixel. */
function overlappingLabels(boxes: Box[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i += 1)
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i] as Box;
      const b = boxes[j] as Box;
      const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (dx > 0.5 && dy > 0.5) pairs.push(`${a.id} × ${b.id}`);
    }
  return pairs;
}

/** The whole partnership network of the curated data, as the API gives it. */
const wholeNetwork = () => api<PartnershipsResponse>('/api/partnerships?limit=500');

describe('first view', () => {
  it('on a fresh load › the whole partnership network is drawn, labels by importance without overlaps, sources listed', async () => {
    const network = await wholeNetwork();
    expect(network.nextCursor, 'the curated network fits one page').toBeNull();
    expect(network.graph.nodes.length).toBeGreaterThan(20);
    const page = await openFirstView();
    expect((await nodeIds(page)).sort()).toEqual(network.graph.nodes.map((node) => node.id).sort());
    expect((await page.evaluate(() => window.__explorer?.edgeIds() ?? [])).sort()).toEqual(
      network.graph.edges.map((edge) => edge.id).sort(),
    );
    await page.getByTestId('fit').click();
    await settle(page, network.graph.nodes[0]?.id ?? '');
    // Enough labels to read the network, and none drawn over another.
    await poll(async () => {
      const boxes = await page.evaluate(() => window.__explorer?.labelBoxes() ?? []);
      return { enough: boxes.length >= 10, overlaps: overlappingLabels(boxes) };
    }).toEqual({ enough: true, overlaps: [] });
    // The most connected organisation keeps its label.
    const degree = new Map<string, number>();
    for (const edge of network.graph.edges)
      for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const hub = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    expect((await page.evaluate(() => window.__explorer?.labelBoxes() ?? [])).map((box) => box.id)).toContain(
      hub,
    );
    const sources = await api<{ sources: { id: string; properties: { title?: string } }[] }>('/api/sources');
    expect(await page.getByTestId('start-source').count()).toBe(sources.sources.length);
    const listed = (await page.getByTestId('start-sources').textContent()) ?? '';
    for (const source of sources.sources) expect(listed).toContain(source.properties.title ?? source.id);
    expect(await page.getByTestId('panel-start').isVisible()).toBe(true);
    expect(await errorToasts(page)).toEqual([]);
  });

  it('"Who works with Kumamoto?" › lists its curated partners, each with its quotes', async () => {
    const answer = await api<PartnershipsResponse>('/api/partnerships?ids=kumamoto-prefecture');
    const partners = answer.graph.nodes.map((node) => node.id).filter((id) => id !== 'kumamoto-prefecture');
    expect(partners).toEqual(expect.arrayContaining(['dijon-metropole']));
    const page = await openFirstView();
    await page.getByTestId('question-kumamoto').click();
    const items = page.locator('[data-testid="answer"] [data-testid="answer-item"]');
    await poll(() => items.count()).toBe(partners.length);
    expect(
      (await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node-id')))).sort(),
    ).toEqual([...partners].sort());
    const evidence = (answer.graph.edges[0]?.properties.evidence ?? []) as {
      citations: { quote: string }[];
    }[];
    const quote = evidence[0]?.citations[0]?.quote;
    expect(quote).toBeTruthy();
    expect(await page.getByTestId('answer').getByTestId('citation-quote').allTextContents()).toContain(quote);
    expect(await page.getByTestId('answer').getByTestId('citation-source').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__explorer?.highlighted() ?? [])).toEqual(
      expect.arrayContaining(['kumamoto-prefecture', ...partners]),
    );
  });

  it('"How is the Wisconsin delegation connected to Kumamoto?" › the paths panel shows the paths, hop by hop', async () => {
    const expected = await api<{ paths: { nodes: string[] }[] }>(
      '/api/paths?from=wisconsin-delegation-bfc-2025&to=kumamoto-prefecture',
    );
    expect(expected.paths.length).toBeGreaterThan(0);
    const page = await openFirstView();
    await page.getByTestId('question-wisconsin-kumamoto').click();
    await poll(() => page.getByTestId('path').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('panel-paths').isVisible()).toBe(true);
    expect(await page.getByTestId('panel-paths').getByTestId('citation-quote').count()).toBeGreaterThan(0);
    const highlighted = await page.evaluate(() => window.__explorer?.highlighted() ?? []);
    expect(highlighted).toEqual(
      expect.arrayContaining(['wisconsin-delegation-bfc-2025', 'kumamoto-prefecture']),
    );
    expect(await page.evaluate(() => window.__explorer?.mode())).toBe('full');
  });

  it('"What did Occitanie sign with Japan?" › the Kyoto and Aichi agreements, with their quotes', async () => {
    const kyoto = await api<{ citations: { quote: string }[] }>('/api/nodes/agreement-occitanie-kyoto-2015');
    const page = await openFirstView();
    await page.getByTestId('question-occitanie-japan').click();
    const items = page.locator('[data-testid="answer"] [data-testid="answer-item"]');
    await poll(() => items.count()).toBeGreaterThan(1);
    const ids = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node-id')));
    expect(ids).toEqual(
      expect.arrayContaining(['agreement-occitanie-kyoto-2015', 'mou-occitanie-aichi-2018']),
    );
    expect(await page.getByTestId('answer').getByTestId('citation-quote').allTextContents()).toContain(
      kyoto.citations[0]?.quote,
    );
    expect(await nodeIds(page)).toEqual(
      expect.arrayContaining(['agreement-occitanie-kyoto-2015', 'kyoto-prefecture']),
    );
  });
});

describe('common partners', () => {
  it('of two actors selected and picked from the menu › the shared partners, each link with its evidence', async () => {
    const [a, b] = ['dijon-metropole', 'naro'];
    const expected = await api<CommonPartnersResponse>(`/api/common-partners?ids=${a},${b}`);
    expect(expected.partners.length).toBeGreaterThan(0);
    const { page } = await explorer.open(`?nodes=${a},${b}&mode=partners`);
    await page.waitForFunction((ids) => ids.every((id) => window.__explorer?.nodeIds().includes(id)), [a, b]);
    await settle(page, a);
    const first = await positionOf(page, a);
    await page.mouse.click(first.x, first.y);
    const second = await positionOf(page, b);
    await page.keyboard.down('Shift');
    await page.mouse.click(second.x, second.y);
    await page.keyboard.up('Shift');
    await page.mouse.click(second.x, second.y, { button: 'right' });
    await page.getByTestId('menu-common-partners').click();
    const items = page.getByTestId('common-partner');
    await poll(() => items.count()).toBe(expected.partners.length);
    expect(
      await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node-id'))),
    ).toEqual(expected.partners.map((partner) => partner.node.id));
    const quote = expected.partners[0]?.links[0]?.evidence[0]?.citations[0]?.quote;
    expect(quote).toBeTruthy();
    expect(await items.first().getByTestId('citation-quote').allTextContents()).toContain(quote);
    expect(await items.first().getByTestId('citation-source').count()).toBeGreaterThan(0);
    // On the canvas, the shared partners are drawn and highlighted with the two actors.
    const shared = expected.partners.map((partner) => partner.node.id);
    expect(await nodeIds(page)).toEqual(expect.arrayContaining(shared));
    expect(await page.evaluate(() => window.__explorer?.highlighted() ?? [])).toEqual(
      expect.arrayContaining([a, b, ...shared]),
    );
  });
});

describe('who bridges whom', () => {
  it('sizing by degree makes the hub the biggest; by betweenness the top broker; communities give several colours', async () => {
    const network = await wholeNetwork();
    const neighbours = new Map<string, Set<string>>();
    for (const edge of network.graph.edges) {
      neighbours.set(edge.source, (neighbours.get(edge.source) ?? new Set()).add(edge.target));
      neighbours.set(edge.target, (neighbours.get(edge.target) ?? new Set()).add(edge.source));
    }
    const byDegree = [...neighbours.entries()].sort((a, b) => b[1].size - a[1].size);
    const [hub, hubNeighbours] = byDegree[0] ?? ['', new Set()];
    const [second] = byDegree[1] ?? [''];
    const leaf = byDegree.at(-1)?.[0] ?? '';
    expect(hubNeighbours.size).toBeGreaterThan(neighbours.get(second)?.size ?? 0);
    const page = await openFirstView();
    await page.getByTestId('tab-analyse').click();
    await page.getByTestId('size-by').selectOption('degree');
    await poll(() => width(page, hub)).toBeGreaterThan(await width(page, second));
    expect(await width(page, second)).toBeGreaterThan(await width(page, leaf));
    const widths = await Promise.all(network.graph.nodes.map((node) => width(page, node.id)));
    expect(Math.max(...widths)).toBe(await width(page, hub));
    expect(await page.getByTestId('central-top').locator('li').first().getAttribute('data-node-id')).toBe(
      hub,
    );

    await page.getByTestId('size-by').selectOption('betweenness');
    const broker = await page.getByTestId('central-top').locator('li').first().getAttribute('data-node-id');
    expect(broker).toBeTruthy();
    const brokerWidth = await width(page, broker ?? '');
    const all = await Promise.all(network.graph.nodes.map((node) => width(page, node.id)));
    expect(Math.max(...all)).toBe(brokerWidth);

    await page.getByTestId('colour-communities').check();
    const colours = new Set(
      await Promise.all(
        network.graph.nodes.map((node) =>
          page.evaluate((id) => window.__explorer?.style(id, 'background-color'), node.id),
        ),
      ),
    );
    expect(colours.size).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('community-legend').locator('li').count()).toBe(colours.size);
  });

  it('"who connects the French, Japanese and US actors" › ranked bridges, and a click draws their paths', async () => {
    const page = await openFirstView();
    await page.getByTestId('tab-analyse').click();
    await page.getByTestId('bridges-run').click();
    const bridges = page.getByTestId('bridge');
    await poll(() => bridges.count()).toBeGreaterThan(0);
    const text = await bridges.allTextContents();
    const pairs = text.map((line) => Number(/(\d+) of \d+/.exec(line)?.[1] ?? Number.NaN));
    expect(pairs.every(Number.isFinite)).toBe(true);
    expect([...pairs].sort((a, b) => b - a)).toEqual(pairs);
    const top = await bridges.first().getAttribute('data-node-id');
    await bridges.first().getByTestId('bridge-paths').click();
    const highlighted = await page.evaluate(() => window.__explorer?.highlighted() ?? []);
    expect(highlighted).toContain(top);
    expect(highlighted.length).toBeGreaterThan(2);
  });
});

describe('filter panel', () => {
  it('by kind, by country and by source › exactly the matching nodes stay; clear brings them all back', async () => {
    const network = await wholeNetwork();
    const nodes = network.graph.nodes;
    const all = nodes.map((node) => node.id).sort();
    const idsWhere = (keep: (node: WireNode) => boolean) =>
      nodes
        .filter(keep)
        .map((node) => node.id)
        .sort();
    const regions = idsWhere((node) => node.properties.kind === 'region');
    const japanese = idsWhere((node) => node.properties.derivedCountryId === 'place-japan');
    const cited = nodes.find((node) => Array.isArray(node.properties.sources))?.properties.sources;
    const source = Array.isArray(cited) ? String(cited[0]) : undefined;
    expect(source, 'organisations carry the ids of the sources that cite them').toBeTruthy();
    const fromSource = idsWhere(
      (node) => Array.isArray(node.properties.sources) && node.properties.sources.includes(source ?? ''),
    );
    for (const subset of [regions, japanese, fromSource]) {
      expect(subset.length).toBeGreaterThan(0);
      expect(subset.length).toBeLessThan(all.length);
    }
    const page = await openFirstView();
    await page.getByTestId('tab-analyse').click();
    const sorted = async () => (await visible(page)).sort();

    await page.getByTestId('filter-kind-region').check();
    await poll(sorted).toEqual(regions);
    expect(await page.getByTestId('filter-summary').textContent()).toBe(
      `${regions.length} of ${all.length} nodes match`,
    );
    expect(await page.evaluate(() => window.__explorer?.filters())).toMatchObject({ kind: ['region'] });
    await page.getByTestId('filter-clear').click();
    await poll(sorted).toEqual(all);

    await page.getByTestId('filter-country-place-japan').check();
    await poll(sorted).toEqual(japanese);
    // Combined with a kind: both must hold (prefectures are not all Japanese in the sources' terms).
    const prefectures = idsWhere((node) => node.properties.kind === 'prefecture');
    const both = prefectures.filter((id) => japanese.includes(id));
    expect(both.length).toBeGreaterThan(0);
    await page.getByTestId('filter-kind-prefecture').check();
    await poll(sorted).toEqual(both);
    await page.getByTestId('filter-clear').click();
    await poll(sorted).toEqual(all);

    await page.getByTestId(`filter-source-${source}`).check();
    await poll(sorted).toEqual(fromSource);
    await page.getByTestId('filter-clear').click();
    await poll(sorted).toEqual(all);
    expect(await page.evaluate(() => window.__explorer?.filters())).toEqual({
      label: [],
      kind: [],
      status: [],
      country: [],
      source: [],
    });
  });
});
