import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { clickElement, poll, useExplorer } from '../support/browser.ts';

// Real browser, real layouts and a database that may be cold: more room than unit tests need.
vi.setConfig({ testTimeout: 90_000 });

const explorer = useExplorer();
const open = async (query = ''): Promise<Page> => (await explorer.open(query)).page;
const EDGE = 'vitagora|COOPERATES_WITH|naro';

describe('language › the domain vocabulary', () => {
  it('when the analyst reads a node and a link, then switches to French › kind, property keys and relationship type are translated in details and legend', async () => {
    const page = await open('?nodes=vitagora,naro&lang=en');
    await clickElement(page, 'vitagora');
    const details = page.getByTestId('details-node');
    await poll(() => details.locator('.badge').first().textContent()).toBe(
      'Organisation · competitiveness cluster',
    );
    expect(await details.getByTestId('details-properties').locator('dt').allTextContents()).toContain(
      'members',
    );
    expect(await page.getByTestId('legend').textContent()).toContain('competitiveness cluster');

    await page.getByTestId('lang-fr').click();
    await poll(() => details.locator('.badge').first().textContent()).toBe(
      'Organisation · pôle de compétitivité',
    );
    expect(await details.getByTestId('details-properties').locator('dt').allTextContents()).toContain(
      'membres',
    );
    expect(await page.getByTestId('legend').textContent()).toContain('pôle de compétitivité');

    await page.waitForFunction((id) => window.__explorer?.edgeIds().includes(id), EDGE);
    await clickElement(page, EDGE);
    await poll(() => page.getByTestId('details-edge').getByTestId('details-title').textContent()).toContain(
      'coopère avec',
    );
    await page.getByTestId('lang-en').click();
    await poll(() => page.getByTestId('details-edge').getByTestId('details-title').textContent()).toContain(
      'cooperates with',
    );
  });

  it('when paths are listed and the language changes › hops and their relationship types follow, with real plurals', async () => {
    const page = await open('?lang=en');
    await page.getByTestId('tab-paths').click();
    await page.getByTestId('paths-from-input').fill('vitag');
    await page.locator('[data-testid="paths-from-results"] li[data-node-id="vitagora"]').click();
    await page.getByTestId('paths-to-input').fill('naro');
    await page.locator('[data-testid="paths-to-results"] li[data-node-id="naro"]').click();
    await page.getByTestId('paths-submit').click();
    const head = page.locator('[data-testid="path"] .path-head').first();
    await poll(() => head.textContent()).toBe('Path 1 · 1 hop');
    expect(await page.getByTestId('paths-results').textContent()).toMatch(/cooperates with|member of/);
    await page.getByTestId('lang-fr').click();
    await poll(() => head.textContent()).toBe('Chemin 1 · 1 saut');
    expect(await page.getByTestId('paths-results').textContent()).toMatch(/coopère avec|membre de/);
    expect(await page.getByTestId('paths-results').textContent()).not.toMatch(/\(s\)/);
  });

  it('when the canvas menu offers to focus › the hop counts are real plurals in French', async () => {
    const page = await open('?nodes=vitagora&lang=fr');
    await clickElement(page, 'vitagora', 'right');
    await page.getByTestId('menu-focus').click();
    const submenu = page.getByTestId('context-submenu');
    await poll(() => submenu.getByRole('menuitem').allTextContents()).toEqual([
      '1 saut autour',
      '2 sauts autour',
      '3 sauts autour',
    ]);
  });

  it('when a Cypher result is shown and the language changes › the workbench status and summary follow', async () => {
    const page = await open('?lang=en');
    await page.getByTestId('tab-cypher').click();
    await page.locator('[data-testid="workbench-editor"] .cm-content').click();
    await page.keyboard.type('MATCH (o:Organisation) RETURN o LIMIT 3');
    await page.getByTestId('workbench-run').click();
    await poll(() => page.getByTestId('workbench-status').textContent()).toMatch(/^3 rows in \d+ ms$/);
    await poll(() => page.getByTestId('status').textContent()).toMatch(/nodes? added\.$/);
    await poll(() => page.getByTestId('workbench-graph-summary').textContent()).toMatch(/3 nodes/);
    await page.getByTestId('lang-fr').click();
    await poll(() => page.getByTestId('workbench-status').textContent()).toMatch(/^3 lignes en \d+ ms$/);
    await poll(() => page.getByTestId('workbench-graph-summary').textContent()).toMatch(/3 nœuds/);
    // The status line ("3 nodes added.") does not stay in English either.
    await poll(() => page.getByTestId('status').textContent()).toMatch(/^\d+ nœuds? sur le canevas\.$/);
    expect(await page.getByTestId('workbench-editor').getAttribute('aria-label')).not.toBe('Cypher query');
  });
});
