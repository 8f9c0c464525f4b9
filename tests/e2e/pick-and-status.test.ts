import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { clickElement, doubleClickNode, poll, useExplorer } from '../support/browser.ts';

// Real browser, real layouts and a database that may be cold: more room than unit tests need.
vi.setConfig({ testTimeout: 90_000 });

const explorer = useExplorer();
const open = async (query = ''): Promise<Page> => (await explorer.open(query)).page;
const nodeCount = (page: Page) => page.evaluate(() => window.__explorer?.nodeIds().length ?? 0);
const statusText = (page: Page) => page.getByTestId('status').textContent();

async function pickTarget(page: Page, text: string, id: string): Promise<void> {
  await page.getByTestId('paths-to-input').fill(text);
  await page.locator(`[data-testid="paths-to-results"] li[data-node-id="${id}"]`).click();
}

describe('paths › the pick banner', () => {
  it('when the analyst types the target instead of clicking it and paths are found › the "Pick the target" banner and status are gone', async () => {
    const page = await open('?nodes=state-of-wisconsin');
    await clickElement(page, 'state-of-wisconsin', 'right');
    await page.getByTestId('menu-find-paths').click();
    await poll(() => page.getByTestId('pick-banner').isVisible()).toBe(true);
    await pickTarget(page, 'kumamoto', 'kumamoto-prefecture');
    await page.getByTestId('paths-submit').click();
    await poll(() => page.getByTestId('path').count()).toBeGreaterThan(0);
    await poll(() => page.getByTestId('pick-banner').isVisible()).toBe(false);
    expect(await statusText(page)).not.toContain('Pick the target');
  });
});

describe('status line', () => {
  it('when paths add nodes after an expand › the status line counts what the paths added, not the expand', async () => {
    const page = await open('?nodes=vitagora');
    await doubleClickNode(page, 'vitagora');
    await poll(() => statusText(page)).toMatch(/nodes? added/);
    const afterExpand = await nodeCount(page);
    expect(afterExpand).toBeGreaterThan(1);
    await poll(() => statusText(page)).toBe(`${afterExpand - 1} nodes added.`);

    await page.getByTestId('tab-paths').click();
    await page.getByTestId('paths-from-input').fill('wiscon');
    await page.locator('[data-testid="paths-from-results"] li[data-node-id="state-of-wisconsin"]').click();
    await pickTarget(page, 'kumamoto', 'kumamoto-prefecture');
    await page.getByTestId('paths-submit').click();
    await poll(() => page.getByTestId('path').count()).toBeGreaterThan(0);
    await poll(() => nodeCount(page)).toBeGreaterThan(afterExpand);
    const added = (await nodeCount(page)) - afterExpand;
    await poll(() => statusText(page)).toBe(added === 1 ? '1 node added.' : `${added} nodes added.`);
  });

  it('when the analyst undoes an expand › the status line no longer claims the nodes were added', async () => {
    const page = await open('?nodes=vitagora');
    await doubleClickNode(page, 'vitagora');
    await poll(() => statusText(page)).toMatch(/nodes added/);
    await page.getByTestId('undo').click();
    await poll(() => nodeCount(page)).toBe(1);
    await poll(() => statusText(page)).toBe('1 node on the canvas.');
  });
});

describe('time bar › play and pause', () => {
  it('when the analyst presses play › the pause icon is drawn as an inline SVG, with no font glyph, and play comes back after', async () => {
    const page = await open();
    const play = page.getByTestId('time-play');
    const iconOf = () =>
      play.evaluate((button) => {
        const svg = button.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        return {
          text: (button.textContent ?? '').trim(),
          icon: svg?.dataset.icon ?? null,
          drawn: Boolean(
            box && box.width >= 8 && box.height >= 8 && svg?.querySelector('path, rect, polygon'),
          ),
        };
      });
    expect(await iconOf()).toEqual({ text: '', icon: 'play', drawn: true });
    await play.click();
    await poll(() => iconOf()).toEqual({ text: '', icon: 'pause', drawn: true });
    expect(await play.getAttribute('aria-label')).toBe('Pause');
    await play.click();
    await poll(() => iconOf()).toEqual({ text: '', icon: 'play', drawn: true });
  });
});
