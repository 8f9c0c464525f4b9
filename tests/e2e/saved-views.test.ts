// Saved views, short links and stories, in a real Chromium against the real API and database.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { clickElement, errorToasts, poll, positionOf, settle, useExplorer } from '../support/browser.ts';

vi.setConfig({ testTimeout: 90_000 });

const explorer = useExplorer();
const run = Date.now().toString(36);

const arrangement = (page: Page) =>
  page.evaluate(() => {
    const current = window.__explorer?.arrangement();
    if (!current) throw new Error('the explorer is not ready');
    return { hidden: current.hidden.sort(), pinned: current.pinned.sort(), selected: current.selected };
  });

const nodeIds = (page: Page) => page.evaluate(() => window.__explorer?.nodeIds().sort() ?? []);

async function screenPositions(page: Page, ids: string[]): Promise<Record<string, { x: number; y: number }>> {
  const entries = [];
  for (const id of ids) entries.push([id, await positionOf(page, id)] as const);
  return Object.fromEntries(entries);
}

async function saveView(page: Page, name: string, share: boolean): Promise<string | null> {
  await page.getByTestId('tab-views').click();
  await page.getByTestId('view-name').fill(name);
  await page.getByTestId(share ? 'view-share' : 'view-save').click();
  await poll(() =>
    page.locator('[data-testid="views-list"] li[data-view-id]', { hasText: name }).count(),
  ).toBe(1);
  return share ? page.getByTestId('view-link').inputValue() : null;
}

describe('saved views › short link (issue 12, bug 4)', () => {
  it('when the analyst shares a view › a fresh browser context opens it with the same positions, hidden elements, pins and selection', async () => {
    const { page } = await explorer.open('?nodes=vitagora,naro,dijon-metropole,mou-dijon-naro-vitagora-2025');
    await page.waitForFunction(() => (window.__explorer?.edgeIds().length ?? 0) > 0);
    // Moved by hand, so no layout run could put it back where it is by chance.
    await settle(page, 'vitagora');
    const start = await positionOf(page, 'vitagora');
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 90, start.y + 60, { steps: 8 });
    await page.mouse.up();
    await clickElement(page, 'naro', 'right');
    await page.getByTestId('menu-hide').click();
    await clickElement(page, 'dijon-metropole', 'right');
    await page.getByTestId('menu-pin').click();
    await clickElement(page, 'vitagora');
    const before = await arrangement(page);
    expect(before).toEqual({ hidden: ['naro'], pinned: ['dijon-metropole'], selected: 'vitagora' });
    const shown = ['vitagora', 'dijon-metropole', 'mou-dijon-naro-vitagora-2025'];
    const positions = await screenPositions(page, shown);

    const link = await saveView(page, `${run} shared`, true);
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?view=[A-Za-z0-9_-]{10}$/);
    expect((link as string).length).toBeLessThan(60);

    const fresh = await explorer.open(link as string);
    await poll(() => arrangement(fresh.page)).toEqual(before);
    expect(await nodeIds(fresh.page)).toEqual(await nodeIds(page));
    const reopened = await screenPositions(fresh.page, shown);
    expect(Object.keys(reopened)).toHaveLength(shown.length);
    for (const id of shown) {
      expect(Math.abs((reopened[id]?.x ?? Number.NaN) - (positions[id]?.x ?? 0))).toBeLessThan(2);
      expect(Math.abs((reopened[id]?.y ?? Number.NaN) - (positions[id]?.y ?? 0))).toBeLessThan(2);
    }
    // The selection is shown as it was: its details are open.
    await poll(() => fresh.page.getByTestId('panel-details').textContent()).toContain('Vitagora');
    expect(fresh.errors).toEqual([]);
  });
});

describe('saved views › list and story', () => {
  it('when the analyst makes a story of two saved views › it plays them in order with next/previous and the arrow keys', async () => {
    const { page } = await explorer.open('?nodes=vitagora,naro');
    await page.waitForFunction(() => (window.__explorer?.nodeIds().length ?? 0) === 2);
    await saveView(page, `${run} first`, false);
    await page.goto(`${explorer.app.baseUrl}/?nodes=dijon-metropole`);
    await page.waitForFunction(() => window.__explorer?.nodeIds().includes('dijon-metropole'));
    await saveView(page, `${run} second`, false);

    // Ticked in the order to show them (the list itself is newest first).
    const item = (name: string) =>
      page.locator('[data-testid="views-list"] li[data-view-id]', { hasText: name });
    await item(`${run} first`).getByTestId('view-pick').check();
    await item(`${run} second`).getByTestId('view-pick').check();
    await page.getByTestId('story-name').fill(`${run} story`);
    await page.getByTestId('story-create').click();
    await poll(async () => [
      await page.locator('[data-testid="stories-list"] li').count(),
      await errorToasts(page),
    ]).toEqual([expect.any(Number), []]);
    const story = page.locator('[data-testid="stories-list"] li', { hasText: `${run} story` });
    await poll(() => story.count()).toBe(1);
    await story.getByTestId('story-play').click();

    const bar = page.getByTestId('story-bar');
    await poll(() => bar.isVisible()).toBe(true);
    await poll(() => page.getByTestId('story-counter').textContent()).toBe('1 of 2');
    await poll(() => nodeIds(page)).toEqual(['naro', 'vitagora']);
    await page.getByTestId('story-next').click();
    await poll(() => page.getByTestId('story-counter').textContent()).toBe('2 of 2');
    await poll(() => nodeIds(page)).toEqual(['dijon-metropole']);
    await page.getByTestId('story-step').click();
    await page.keyboard.press('ArrowLeft');
    await poll(() => page.getByTestId('story-counter').textContent()).toBe('1 of 2');
    await poll(() => nodeIds(page)).toEqual(['naro', 'vitagora']);
    await page.keyboard.press('Escape');
    await poll(() => bar.isVisible()).toBe(false);
  });

  it('when a saved view is deleted › it leaves the list', async () => {
    const { page } = await explorer.open('?nodes=naro');
    await page.waitForFunction(() => window.__explorer?.nodeIds().includes('naro'));
    await saveView(page, `${run} to delete`, false);
    const item = page.locator('[data-testid="views-list"] li[data-view-id]', { hasText: `${run} to delete` });
    await item.getByTestId('view-delete').click();
    await poll(() => item.count()).toBe(0);
  });
});
