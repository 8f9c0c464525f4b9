import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import {
  clickElement,
  doubleClickNode,
  errorToasts,
  poll,
  searchAndAdd,
  useExplorer,
} from '../support/browser.ts';

// Real browser, real layouts and a database that may be cold: more room than unit tests need.
vi.setConfig({ testTimeout: 60_000 });

const explorer = useExplorer();
const open = async (query = ''): Promise<Page> => (await explorer.open(query)).page;

const nodeIds = (page: Page) => page.evaluate(() => window.__explorer?.nodeIds() ?? []);

describe('explorer › search and expand', () => {
  it('when the analyst searches "vitag" and picks Vitagora › it is on the canvas and its details show', async () => {
    const page = await open();
    await searchAndAdd(page, 'vitag', 'vitagora');
    expect(await nodeIds(page)).toEqual(['vitagora']);
    await poll(() => page.getByTestId('details-title').textContent()).toBe('Vitagora');
    expect(await errorToasts(page)).toEqual([]);
  });

  it('when the analyst double-clicks Vitagora › its neighbours appear, NARO among them', async () => {
    const page = await open();
    await searchAndAdd(page, 'vitag', 'vitagora');
    await doubleClickNode(page, 'vitagora');
    await page.waitForFunction(() => window.__explorer?.nodeIds().includes('naro'));
    const ids = await nodeIds(page);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids).toContain('naro');
    expect((await page.evaluate(() => window.__explorer?.edgeIds() ?? [])).length).toBeGreaterThan(5);
  });

  it('when the analyst undoes the expand › the canvas is back to Vitagora alone, and redo brings it back', async () => {
    const page = await open();
    await searchAndAdd(page, 'vitag', 'vitagora');
    await doubleClickNode(page, 'vitagora');
    await page.waitForFunction(() => window.__explorer?.nodeIds().includes('naro'));
    const expanded = (await nodeIds(page)).length;
    await page.getByTestId('undo').click();
    expect(await nodeIds(page)).toEqual(['vitagora']);
    await page.keyboard.press('Control+Shift+Z');
    expect((await nodeIds(page)).length).toBe(expanded);
  });
});

describe('explorer › citations', () => {
  it('when the analyst clicks a node › the details show its quotes as stored, with their source titles', async () => {
    const page = await open('?nodes=vitagora');
    const details = await explorer.app.get('/api/nodes/vitagora');
    const citation = details.body.citations[0];
    await clickElement(page, 'vitagora');
    const panel = page.getByTestId('details-node');
    await poll(() => panel.getByTestId('citation-quote').allInnerTexts()).toContain(citation.quote);
    expect(await panel.getByTestId('citation-source').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining(citation.source.title)]),
    );
  });

  it('when the analyst clicks a relationship › the details show the quote on that relationship and its source', async () => {
    const neighbours = await explorer.app.get('/api/nodes/vitagora/neighbours');
    const edge = neighbours.body.graph.edges.find(
      (candidate: { source: string; target: string }) =>
        [candidate.source, candidate.target].includes('naro') &&
        [candidate.source, candidate.target].includes('vitagora'),
    );
    expect(edge, 'the dataset links Vitagora and NARO').toBeDefined();
    const sources = await explorer.app.get('/api/sources');
    const source = sources.body.sources.find(
      (entry: { id: string }) => entry.id === edge.properties.sources[0],
    );
    const page = await open('?nodes=vitagora,naro');
    await page.waitForFunction((id) => window.__explorer?.edgeIds().includes(id), edge.id);
    await clickElement(page, edge.id);
    const panel = page.getByTestId('details-edge');
    await poll(() => panel.getByTestId('citation-quote').allInnerTexts()).toContain(
      edge.properties.quotes[0],
    );
    expect((await panel.getByTestId('citation-source').allInnerTexts()).join('\n')).toContain(
      source.properties.title,
    );
  });
});

describe('explorer › partnership view', () => {
  it('when the analyst switches to partnerships on an empty canvas › organisations appear linked by PARTNERS_WITH', async () => {
    const page = await open();
    await page.getByTestId('mode-partners').click();
    await page.waitForFunction(
      () => window.__explorer?.mode() === 'partners' && window.__explorer.edgeIds().length > 0,
    );
    const edges = await page.evaluate(() => window.__explorer?.edgeIds() ?? []);
    expect(edges.every((id) => id.startsWith('partners|'))).toBe(true);
    expect(edges).toContain('partners|dijon-metropole|naro');
    await clickElement(page, 'partners|dijon-metropole|naro');
    await poll(() => page.getByTestId('evidence').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('evidence').first().getByTestId('citation-quote').count()).toBeGreaterThan(
      0,
    );
  });

  it('when the analyst comes back to the full view › the canvas is as it was', async () => {
    const page = await open('?nodes=vitagora,naro,dijon-metropole');
    const before = (await nodeIds(page)).sort();
    await page.getByTestId('mode-partners').click();
    await page.waitForFunction(() => window.__explorer?.mode() === 'partners');
    await page.getByTestId('mode-full').click();
    await page.waitForFunction(() => window.__explorer?.mode() === 'full');
    expect((await nodeIds(page)).sort()).toEqual(before);
  });
});

describe('explorer › paths', () => {
  it('when the analyst asks for paths from Wisconsin to Kumamoto › paths are listed hop by hop with citations and highlighted', async () => {
    const page = await open();
    await page.getByTestId('tab-paths').click();
    await page.getByTestId('paths-from-input').fill('wiscon');
    await page.locator('[data-testid="paths-from-results"] li[data-node-id="state-of-wisconsin"]').click();
    await page.getByTestId('paths-to-input').fill('kumamoto');
    await page.locator('[data-testid="paths-to-results"] li[data-node-id="kumamoto-prefecture"]').click();
    await page.getByTestId('paths-submit').click();
    await poll(() => page.getByTestId('path').count()).toBeGreaterThan(0);
    const hops = await page.getByTestId('path-hop').count();
    expect(hops).toBeGreaterThan(0);
    expect(
      await page.getByTestId('paths-results').getByTestId('citation-quote').count(),
    ).toBeGreaterThanOrEqual(hops);
    const highlighted = await page.evaluate(() => window.__explorer?.highlighted() ?? []);
    expect(highlighted).toEqual(expect.arrayContaining(['state-of-wisconsin', 'kumamoto-prefecture']));
    expect(await errorToasts(page)).toEqual([]);
  });
});

describe('explorer › language', () => {
  it('when the analyst switches between English and French › the labels change and the URL keeps the choice', async () => {
    const page = await open();
    await poll(() => page.getByTestId('tab-paths').textContent()).toBe('Paths');
    await page.getByTestId('lang-fr').click();
    await poll(() => page.getByTestId('tab-paths').textContent()).toBe('Chemins');
    expect(await page.getByTestId('mode-full').textContent()).toBe('Vue complète');
    await poll(() => new URL(page.url()).searchParams.get('lang')).toBe('fr');
    await page.getByTestId('lang-en').click();
    await poll(() => page.getByTestId('tab-paths').textContent()).toBe('Paths');
  });
});
