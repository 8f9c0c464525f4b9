// Sharing a view by URL and exporting the canvas, in a real Chromium against the real API.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { doubleClickNode, poll, searchAndAdd, useExplorer } from '../support/browser.ts';

// Real browser, real layouts and a database that may be cold: more room than unit tests need.
vi.setConfig({ testTimeout: 60_000 });

const explorer = useExplorer();
const open = async (url: string): Promise<Page> => (await explorer.open(url)).page;

interface ViewSummary {
  nodes: string[];
  edges: string[];
  layout: string;
  mode: string;
}

const summary = (page: Page): Promise<ViewSummary> =>
  page.evaluate(() => ({
    nodes: window.__explorer?.nodeIds().sort() ?? [],
    edges: window.__explorer?.edgeIds().sort() ?? [],
    layout: window.__explorer?.layout() ?? '',
    mode: window.__explorer?.mode() ?? '',
  }));

/** The URL is written a moment after each change (debounced): wait until it describes this view. */
async function sharedUrl(page: Page, view: ViewSummary): Promise<string> {
  const describe = () => {
    const params = new URL(page.url()).searchParams;
    return {
      nodes: (params.get('nodes') ?? '').split(',').sort(),
      layout: params.get('layout') ?? 'fcose',
      mode: params.get('mode') ?? 'full',
    };
  };
  await poll(describe).toEqual({ nodes: view.nodes, layout: view.layout, mode: view.mode });
  return page.url();
}

describe('share › URL', () => {
  it('when the analyst reloads a shared URL of an expanded canvas › the same nodes, edges, layout and mode come back', async () => {
    const page = await open(`${explorer.app.baseUrl}/`);
    await searchAndAdd(page, 'vitag', 'vitagora');
    await doubleClickNode(page, 'vitagora');
    await page.waitForFunction(() => window.__explorer?.nodeIds().includes('naro'));
    await page.getByTestId('layout-select').selectOption('concentric');
    await page.waitForFunction(() => window.__explorer?.layout() === 'concentric');
    const before = await summary(page);
    const url = await sharedUrl(page, before);

    const reloaded = await open(url);
    await reloaded.waitForFunction(
      (count) => (window.__explorer?.nodeIds().length ?? 0) >= count,
      before.nodes.length,
    );
    expect(await summary(reloaded)).toEqual(before);
  });

  it('when the shared URL is of the partnership view › the same organisations and partnerships come back', async () => {
    const page = await open(`${explorer.app.baseUrl}/?nodes=vitagora,naro,dijon-metropole`);
    await page.getByTestId('mode-partners').click();
    await page.waitForFunction(() => window.__explorer?.mode() === 'partners');
    const before = await summary(page);
    expect(before.edges.length).toBeGreaterThan(0);
    const url = await sharedUrl(page, before);
    expect(new URL(url).searchParams.get('mode')).toBe('partners');

    const reloaded = await open(url);
    await reloaded.waitForFunction(
      (count) => (window.__explorer?.nodeIds().length ?? 0) >= count,
      before.nodes.length,
    );
    expect(await summary(reloaded)).toEqual(before);
  });
});

describe('export', () => {
  async function exported(page: Page, format: string): Promise<Buffer> {
    await page.getByTestId('export-toggle').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(`export-${format}`).click(),
    ]);
    const file = await download.path();
    return readFile(file);
  }

  it('when the analyst exports the canvas › each format holds the graph with its sources', async () => {
    const page = await open(
      `${explorer.app.baseUrl}/?nodes=vitagora,naro,dijon-metropole,mou-dijon-naro-vitagora-2025`,
    );
    await page.waitForFunction(() => (window.__explorer?.edgeIds().length ?? 0) > 0);

    const png = await exported(page, 'png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    const svg = (await exported(page, 'svg')).toString('utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('Vitagora');

    const json = JSON.parse((await exported(page, 'json')).toString('utf8'));
    const vitagora = json.nodes.find((node: { id: string }) => node.id === 'vitagora');
    expect(vitagora.properties.sources.length).toBeGreaterThan(0);
    expect(vitagora.properties.quotes.length).toBe(vitagora.properties.sources.length);
    expect(json.edges.length).toBeGreaterThan(0);

    const nodesCsv = (await exported(page, 'csv-nodes')).toString('utf8').replace(/^\uFEFF/, '');
    expect(nodesCsv.split('\r\n')[0]).toMatch(/^id,labels,name,/);
    expect(nodesCsv).toContain('\r\nvitagora,');

    const edgesCsv = (await exported(page, 'csv-edges')).toString('utf8').replace(/^\uFEFF/, '');
    expect(edgesCsv.split('\r\n')[0]).toMatch(/^id,type,source,target/);
    expect(edgesCsv).toContain('PARTY_TO');

    const graphml = (await exported(page, 'graphml')).toString('utf8');
    expect(graphml).toContain('<graphml');
    expect(graphml).toMatch(/<key id="n_quotes" for="node" attr.name="quotes"/);
    expect(graphml).toContain('<node id="vitagora">');
  });
});
