import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { clickElement, poll, positionOf, settle, useExplorer } from '../support/browser.ts';

// Real browser, real layouts and a database that may be cold: more room than unit tests need.
vi.setConfig({ testTimeout: 90_000 });

const explorer = useExplorer();
const EDGE = 'vitagora|COOPERATES_WITH|naro';

async function openWith(query: string): Promise<Page> {
  const { page } = await explorer.open(query);
  await page.waitForFunction((id) => window.__explorer?.edgeIds().includes(id), EDGE);
  // The legend folds away so that hovering reaches the canvas wherever a node lands.
  const legend = page.locator('.legend-slot details[open] > summary');
  if ((await legend.count()) > 0) await legend.first().click();
  await settle(page, 'vitagora');
  return page;
}

const card = (page: Page) => page.getByTestId('hover-card');

async function inViewport(page: Page): Promise<boolean> {
  const box = await card(page).boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
}

describe('hover cards', () => {
  it('when the pointer rests on a node › a card gives its name, label and kind, links and sources, inside the viewport, and goes on leave', async () => {
    const page = await openWith('?nodes=vitagora,naro,dijon-metropole&lang=en');
    const node = await explorer.app.get('/api/nodes/vitagora');
    const sources = new Set(node.body.node.properties.sources).size;
    const { x, y } = await positionOf(page, 'vitagora');
    await page.mouse.move(x, y);
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await card(page).getAttribute('data-element-id')).toBe('vitagora');
    expect(await card(page).getByTestId('hover-card-title').textContent()).toBe('Vitagora');
    const body = (await card(page).textContent()) ?? '';
    expect(body).toContain('Organisation · competitiveness cluster');
    expect(body).toMatch(/\d+ links? on the canvas/);
    expect(body).toContain(sources === 1 ? '1 source' : `${sources} sources`);
    expect(await inViewport(page)).toBe(true);
    // The card never takes the click: the node under it is still selected by a click.
    expect(await card(page).evaluate((element) => getComputedStyle(element).pointerEvents)).toBe('none');
    await page.mouse.move(5, 795);
    await poll(() => card(page).isVisible()).toBe(false);
  });

  it('when the pointer rests on a link › the card gives its type, endpoints and first quote with its source title', async () => {
    const page = await openWith('?nodes=vitagora,naro&lang=en');
    const neighbours = await explorer.app.get('/api/nodes/vitagora/neighbours');
    const edge = neighbours.body.graph.edges.find((candidate: { id: string }) => candidate.id === EDGE);
    const sources = await explorer.app.get('/api/sources');
    const title = sources.body.sources.find(
      (source: { id: string }) => source.id === edge.properties.sources[0],
    ).properties.title;
    const { x, y } = await positionOf(page, EDGE);
    await page.mouse.move(x, y);
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await card(page).getAttribute('data-element-id')).toBe(EDGE);
    expect(await card(page).getByTestId('hover-card-title').textContent()).toBe(
      'Vitagora — cooperates with → NARO',
    );
    const quote = (await card(page).getByTestId('hover-card-quote').textContent()) ?? '';
    const first = String(edge.properties.quotes[0]);
    expect(quote.length).toBeGreaterThan(10);
    expect(first.startsWith(quote.replace(/^«\s*|\s*…?\s*»$/g, '').replace(/…$/, ''))).toBe(true);
    await poll(() => card(page).getByTestId('hover-card-source').textContent()).toContain(title);
    expect(await inViewport(page)).toBe(true);
    await page.keyboard.press('Escape');
    await poll(() => card(page).isVisible()).toBe(false);
  });

  it('when a node near the right edge is hovered › the card flips to stay inside the viewport', async () => {
    const page = await openWith('?nodes=vitagora,naro&lang=en');
    // Pan the canvas so that NARO sits a few pixels from the canvas's right edge.
    const host = await page.getByTestId('graph-host').boundingBox();
    if (!host) throw new Error('no canvas');
    const { x } = await positionOf(page, 'naro');
    await page.evaluate(([dx]) => window.__explorer?.panBy(dx as number, 0), [
      host.x + host.width - 12 - x,
    ] as const);
    const moved = await positionOf(page, 'naro');
    expect(moved.x).toBeGreaterThan(host.x + host.width - 30);
    await page.mouse.move(moved.x, moved.y);
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await inViewport(page)).toBe(true);
    const box = await card(page).boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(moved.x);
  });

  it('when the analyst focuses the canvas with a node selected › the same card shows without a pointer, and Escape closes it', async () => {
    const page = await openWith('?nodes=vitagora,naro&lang=en');
    await clickElement(page, 'naro');
    await page.mouse.move(5, 795);
    await page.getByTestId('search-input').focus();
    await poll(() => card(page).isVisible()).toBe(false);
    await page.getByTestId('graph-host').focus();
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await card(page).getByTestId('hover-card-title').textContent()).toBe('NARO');
    expect(await page.getByTestId('graph-host').getAttribute('aria-describedby')).toContain('hover-card');
    await page.keyboard.press('Escape');
    await poll(() => card(page).isVisible()).toBe(false);
  });
});
