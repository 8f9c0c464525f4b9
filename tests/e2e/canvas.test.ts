import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { clickElement, errorToasts, poll, useExplorer } from '../support/browser.ts';

// Real browser, real layouts and a database that may be cold: more room than unit tests need.
vi.setConfig({ testTimeout: 60_000 });

const explorer = useExplorer();
const open = async (query: string): Promise<Page> => (await explorer.open(query)).page;

const visible = (page: Page) => page.evaluate(() => window.__explorer?.visibleNodeIds().sort() ?? []);

describe('canvas › context menu', () => {
  it('when the analyst hides a node from its menu › it disappears, and undo brings it back', async () => {
    const page = await open('?nodes=vitagora,naro,dijon-metropole');
    await clickElement(page, 'naro', 'right');
    await page.getByTestId('menu-hide').click();
    expect(await visible(page)).toEqual(['dijon-metropole', 'vitagora']);
    expect(await page.evaluate(() => window.__explorer?.nodeIds().length)).toBe(3);
    await page.getByTestId('undo').click();
    expect(await visible(page)).toEqual(['dijon-metropole', 'naro', 'vitagora']);
  });

  it('when the analyst opens the menu from the keyboard › arrows reach "Expand by type" and its types load', async () => {
    const page = await open('?nodes=naro');
    await clickElement(page, 'naro');
    await page.getByTestId('graph-host').focus();
    await page.keyboard.press('Shift+F10');
    await poll(() => page.getByTestId('context-menu').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const submenu = page.getByTestId('context-submenu');
    await poll(() => submenu.getByRole('menuitem').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('cooperates with')]),
    );
    await submenu
      .getByRole('menuitem', { name: /cooperates with/ })
      .first()
      .click();
    await poll(() => page.evaluate(() => window.__explorer?.nodeIds().length ?? 0)).toBeGreaterThan(1);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('context-menu').count()).toBe(0);
  });

  it('when the analyst picks "Find paths to…" then clicks the target › the path between them is highlighted', async () => {
    const page = await open('?nodes=state-of-wisconsin,kumamoto-prefecture');
    await clickElement(page, 'state-of-wisconsin', 'right');
    await page.getByTestId('menu-find-paths').click();
    await poll(() => page.getByTestId('pick-banner').isVisible()).toBe(true);
    await clickElement(page, 'kumamoto-prefecture');
    await poll(() => page.getByTestId('path').count()).toBeGreaterThan(0);
    const highlighted = await page.evaluate(() => window.__explorer?.highlighted() ?? []);
    expect(highlighted).toEqual(expect.arrayContaining(['state-of-wisconsin', 'kumamoto-prefecture']));
    expect(await errorToasts(page)).toEqual([]);
  });
});

describe('canvas › date window', () => {
  // One rule with the API (seed/model/time-span.ts): an agreement in force stays in every later
  // window; a one-off event is kept only when its dates fall in the window.
  it('when the window ends before 2025 › the 2025 MoU is filtered out, the 2010 agreement in force stays, and reset brings the MoU back', async () => {
    const page = await open('?nodes=vitagora,kbcc,agreement-vitagora-kbcc-2010,mou-dijon-naro-vitagora-2025');
    await poll(() => visible(page)).toContain('mou-dijon-naro-vitagora-2025');
    const until = page.getByTestId('time-until');
    await until.focus();
    for (let step = 0; step < 30; step += 1) {
      const output = (await page.getByTestId('time-output').textContent()) ?? '';
      if (Number(output.slice(-4)) < 2025) break;
      await page.keyboard.press('ArrowLeft');
    }
    await poll(() => visible(page)).not.toContain('mou-dijon-naro-vitagora-2025');
    expect(await visible(page)).toContain('agreement-vitagora-kbcc-2010');
    await poll(() => new URL(page.url()).searchParams.get('until')).toMatch(/^20\d\d$/);
    await page.getByTestId('time-reset').click();
    await poll(() => visible(page)).toContain('mou-dijon-naro-vitagora-2025');
  });

  it('when a shared URL holds a window › the slider and the canvas follow it', async () => {
    const page = await open(
      '?nodes=agreement-vitagora-kbcc-2010,mou-dijon-naro-vitagora-2025,dijon-visit-kumamoto-2022&since=2023&until=2025',
    );
    await poll(() => visible(page)).toEqual(['agreement-vitagora-kbcc-2010', 'mou-dijon-naro-vitagora-2025']);
    expect(await page.getByTestId('time-output').textContent()).toBe('2023 – 2025');
    expect(await page.evaluate(() => window.__explorer?.nodeIds().length)).toBe(3);
  });
});

describe('canvas › sources', () => {
  it('when the analyst opens Sources › the documents behind the canvas are listed with their titles', async () => {
    const page = await open('?nodes=vitagora,naro');
    const sources = await explorer.app.get('/api/sources');
    const node = await explorer.app.get('/api/nodes/naro');
    const title = sources.body.sources.find(
      (source: { id: string }) => source.id === node.body.node.properties.sources[0],
    ).properties.title;
    await page.getByTestId('sources-button').click();
    await poll(() => page.getByTestId('sources-list').textContent()).toContain(title);
  });
});
