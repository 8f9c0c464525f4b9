import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { LABELLED_HUBS } from '../../client/src/graph/level-of-detail.ts';
import { poll, positionOf, useExplorer } from '../support/browser.ts';
import { generateCanvas } from '../support/generated-canvas.ts';

// 20,000 edges on a shared 2-core machine: the layout alone takes a while. How fast frames are is
// the render benchmark's business (tests/bench/render-bench.ts); this test checks that the
// level-of-detail mode is what Cytoscape actually runs with, and that the canvas still pans.
vi.setConfig({ testTimeout: 240_000 });

const explorer = useExplorer();
const EDGES = 20_000;

const rendering = (page: Page) => page.evaluate(() => window.__explorer?.rendering());
const style = (page: Page, id: string, property: string) =>
  page.evaluate(
    ([element, name]) => window.__explorer?.style(element as string, name as string),
    [id, property],
  );

describe('canvas › level of detail', () => {
  it('when a canvas of 20,000 edges is shown › it loads with the simplified style, pans, and undo brings back the full style', async () => {
    const { page, errors } = await explorer.open('?nodes=vitagora,naro');
    await poll(() => page.evaluate(() => window.__explorer?.nodeIds().length)).toBe(2);
    expect(await rendering(page)).toMatchObject({
      levelOfDetail: false,
      hideEdgesOnViewport: false,
      textureOnViewport: false,
    });

    const { graph } = generateCanvas(EDGES, 7);
    // As text: Playwright's typing of a recursive JSON argument is too deep for tsc.
    await page.evaluate((json) => window.__explorer?.showGraph(JSON.parse(json)), JSON.stringify(graph));
    expect(await page.evaluate(() => window.__explorer?.edgeIds().length)).toBe(EDGES);
    expect(await rendering(page)).toMatchObject({
      levelOfDetail: true,
      hideEdgesOnViewport: true,
      textureOnViewport: false,
    });

    // Straight haystack edges without arrows or labels.
    const edge = graph.edges[123]?.id ?? '';
    expect(await style(page, edge, 'curve-style')).toBe('haystack');
    expect(await style(page, edge, 'target-arrow-shape')).toBe('none');
    expect(await style(page, edge, 'label')).toBe('');
    // One size for every node; the hub keeps its label, an actor of the long tail does not.
    const hub = 'gen-0';
    const leaf = graph.nodes.at(-1)?.id ?? '';
    expect(await style(page, hub, 'width')).toBe(await style(page, leaf, 'width'));
    expect(await style(page, hub, 'label')).toBe('Actor 0');
    expect(await style(page, leaf, 'label')).toBe('');
    const labelled = await page.evaluate(
      (ids) => ids.filter((id) => window.__explorer?.style(id, 'label') !== '').length,
      graph.nodes.map((node) => node.id),
    );
    expect(labelled).toBe(LABELLED_HUBS);
    // ... and only from a zoom where it is readable.
    expect(Number.parseFloat((await style(page, hub, 'min-zoomed-font-size')) ?? '0')).toBeGreaterThan(0);

    // Pan by dragging the background, then zoom with the wheel: the canvas follows both.
    const before = await positionOf(page, hub);
    const box = await page.getByTestId('graph-canvas').boundingBox();
    if (!box) throw new Error('the canvas has no box');
    const corner = { x: box.x + 8, y: box.y + box.height - 8 };
    await page.mouse.move(corner.x, corner.y);
    await page.mouse.down();
    await page.mouse.move(corner.x + 120, corner.y - 60, { steps: 4 });
    await page.mouse.up();
    const panned = await positionOf(page, hub);
    expect(panned.x - before.x).toBeCloseTo(120, -1);
    expect(panned.y - before.y).toBeCloseTo(-60, -1);
    // Zooming in spreads nodes apart on screen.
    const spread = async () => {
      const [a, b] = [await positionOf(page, hub), await positionOf(page, 'gen-1')];
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    const spreadBefore = await spread();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let step = 0; step < 4; step += 1) {
      await page.mouse.wheel(0, -200);
      await page.waitForTimeout(200);
    }
    await poll(spread).toBeGreaterThan(spreadBefore * 1.1);

    // Back to the two curated actors: the full style and options return.
    await page.getByTestId('undo').click();
    await poll(() => page.evaluate(() => window.__explorer?.nodeIds().sort())).toEqual(['naro', 'vitagora']);
    expect(await rendering(page)).toMatchObject({ levelOfDetail: false, hideEdgesOnViewport: false });
    const curatedEdge = (await page.evaluate(() => window.__explorer?.edgeIds()))?.[0] ?? '';
    expect(curatedEdge).not.toBe('');
    expect(await style(page, curatedEdge, 'curve-style')).toBe('bezier');
    expect(errors).toEqual([]);
  });
});
