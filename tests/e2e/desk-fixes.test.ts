// The bugs an analyst met at 1280×800 (issue 12: 1, 2, 3, 5, 6) and search inside the evidence,
// in real Chromium against the real app.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import {
  clickElement,
  doubleClickNode,
  errorToasts,
  poll,
  positionOf,
  searchAndAdd,
  settle,
  useExplorer,
} from '../support/browser.ts';

vi.setConfig({ testTimeout: 90_000 });

const explorer = useExplorer();
const open = async (query = ''): Promise<Page> =>
  (await explorer.open(query, { width: 1280, height: 800 })).page;

const nodeIds = (page: Page) => page.evaluate(() => window.__explorer?.nodeIds() ?? []);
const visibleIds = (page: Page) => page.evaluate(() => window.__explorer?.visibleNodeIds() ?? []);

/** The canvas's box on screen, and whether a point on it reaches the canvas (nothing drawn over it). */
async function canvasBox(page: Page) {
  const box = await page.getByTestId('graph-host').boundingBox();
  if (!box) throw new Error('the canvas has no box');
  return box;
}
const reachesCanvas = (page: Page, x: number, y: number) =>
  page.evaluate(
    ([px, py]) =>
      !!document.elementFromPoint(px as number, py as number)?.closest('[data-testid="graph-host"]'),
    [x, y] as const,
  );

/** Ids of visible nodes drawn outside the canvas or under something else (the legend, a panel). */
async function unseenNodes(page: Page): Promise<string[]> {
  const box = await canvasBox(page);
  const ids = await visibleIds(page);
  expect(ids.length).toBeGreaterThan(0);
  const unseen: string[] = [];
  for (const id of ids) {
    const { x, y } = await positionOf(page, id);
    const inside = x > box.x + 5 && x < box.x + box.width - 5 && y > box.y + 5 && y < box.y + box.height - 5;
    if (!inside || !(await reachesCanvas(page, x, y))) unseen.push(id);
  }
  return unseen;
}

describe('search › hyphens, typos and English names (bug 1)', () => {
  it.each([
    ['Bourgogne-Franche-Comté', 'region-bourgogne-franche-comte'],
    ['Jean-Michel', 'jean-michel-verpillot'],
    ['Marie-Guite', 'marie-guite-dufay'],
    ['Pyrénées-Méditerranée', 'region-occitanie'],
    ['Dijon Metropolis', 'dijon-metropole'],
  ])('typing "%s" in the toolbar search › offers %s', async (text, id) => {
    const page = await open();
    await page.getByTestId('search-input').fill(text);
    await poll(() => page.locator(`[data-testid="search-results"] li[data-node-id="${id}"]`).count()).toBe(1);
  });

  it('typing "Marie-Guite" and "Pyrénées-Méditerranée" in the paths fields › offers both actors', async () => {
    const page = await open();
    await page.getByTestId('tab-paths').click();
    await page.getByTestId('paths-from-input').fill('Marie-Guite');
    await poll(() =>
      page.locator('[data-testid="paths-from-results"] li[data-node-id="marie-guite-dufay"]').count(),
    ).toBe(1);
    await page.getByTestId('paths-to-input').fill('Pyrénées-Méditerranée');
    await poll(() =>
      page.locator('[data-testid="paths-to-results"] li[data-node-id="region-occitanie"]').count(),
    ).toBe(1);
  });
});

describe('canvas › a picked actor is placed in view (bug 2)', () => {
  it('pick Dijon métropole, expand it, then pick Région Occitanie › Occitanie is on screen, clickable', async () => {
    const page = await open();
    await searchAndAdd(page, 'Dijon métropole', 'dijon-metropole');
    await doubleClickNode(page, 'dijon-metropole');
    await page.waitForFunction(() => (window.__explorer?.nodeIds().length ?? 0) > 5);
    await settle(page, 'dijon-metropole');
    await searchAndAdd(page, 'Région Occitanie', 'region-occitanie');
    await settle(page, 'region-occitanie');
    const box = await canvasBox(page);
    const { x, y } = await positionOf(page, 'region-occitanie');
    expect(x).toBeGreaterThan(box.x);
    expect(x).toBeLessThan(box.x + box.width);
    expect(y).toBeGreaterThan(box.y);
    expect(y).toBeLessThan(box.y + box.height);
    expect(await reachesCanvas(page, x, y)).toBe(true);
  });
});

describe('legend (bug 3)', () => {
  it('sits beside the canvas, never over it: after Fit every node is on screen and clickable', async () => {
    const page = await open();
    await searchAndAdd(page, 'Dijon métropole', 'dijon-metropole');
    await doubleClickNode(page, 'dijon-metropole');
    await page.waitForFunction(() => (window.__explorer?.nodeIds().length ?? 0) > 5);
    await settle(page, 'dijon-metropole');
    const legend = await page.getByTestId('legend').boundingBox();
    const box = await canvasBox(page);
    expect(legend).not.toBeNull();
    // No overlap between the legend's box and the canvas's.
    const overlaps =
      legend !== null &&
      legend.x < box.x + box.width &&
      legend.x + legend.width > box.x &&
      legend.y < box.y + box.height &&
      legend.y + legend.height > box.y;
    expect(overlaps).toBe(false);
    await page.getByTestId('fit').click();
    await settle(page, 'dijon-metropole');
    expect(await unseenNodes(page)).toEqual([]);
  });

  it('draws each label and kind in the colours the canvas draws them, and counts only the nodes shown', async () => {
    const page = await open('?nodes=dijon-metropole,vitagora,naro,kumamoto-prefecture,francois-rebsamen');
    await poll(() => nodeIds(page).then((ids) => ids.length)).toBe(5);
    const drawn = await page.evaluate(() =>
      (window.__explorer?.visibleNodeIds() ?? []).map((id) =>
        window.__explorer?.style(id, 'background-color'),
      ),
    );
    const legendColours = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="legend"] .legend-list:not(.legend-standing) svg > *')]
        .map((shape) => shape.getAttribute('fill'))
        .filter((fill): fill is string => !!fill && fill !== 'none'),
    );
    expect(legendColours.length).toBeGreaterThan(0);
    const hexToRgb = (hex: string) => {
      const n = Number.parseInt(hex.slice(1), 16);
      return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
    };
    const normalise = (colour: string | null | undefined) => (colour ?? '').replace(/\s+/g, '');
    const drawnSet = new Set(drawn.map(normalise));
    expect([...new Set(legendColours.map(hexToRgb))].sort()).toEqual([...drawnSet].sort());

    const organisations = page.locator('[data-legend-label="Organisation"] .legend-head');
    await poll(() => organisations.innerText()).toContain('(4)');
    await clickElement(page, 'naro', 'right');
    await page.getByTestId('menu-hide').click();
    await poll(() => organisations.innerText()).toContain('(3)');
  });
});

describe('keyboard after a mouse click (bug 5)', () => {
  it('a click on a node gives the canvas focus: Shift+F10 opens its menu and Delete removes it', async () => {
    const page = await open('?nodes=vitagora,naro');
    await clickElement(page, 'naro');
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'graph-host',
    );
    await page.keyboard.press('Shift+F10');
    await poll(() => page.getByTestId('context-menu').count()).toBe(1);
    await page.keyboard.press('Escape');
    await clickElement(page, 'naro');
    await page.keyboard.press('Delete');
    await poll(() => nodeIds(page)).toEqual(['vitagora']);
  });

  it('the skip link puts focus in the search field', async () => {
    const page = await open();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'search-input',
    );
  });
});

describe('paths › date window (bug 6)', () => {
  async function pathsFormWithEnds(page: Page) {
    await page.getByTestId('tab-paths').click();
    await page.getByTestId('paths-from-input').fill('vitagora');
    await page.locator('[data-testid="paths-from-results"] li[data-node-id="vitagora"]').click();
    await page.getByTestId('paths-to-input').fill('Kumamoto');
    await page.locator('[data-testid="paths-to-results"] li[data-node-id="kumamoto-prefecture"]').click();
  }

  it.each([
    ['2030', '1990', ['2030', '1990']],
    ['1000', '9999', ['1000', '1900', '2100']],
  ])('from %s to %s › the form says what is wrong before sending anything', async (since, until, words) => {
    const page = await open();
    await pathsFormWithEnds(page);
    const pathRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/paths')) pathRequests.push(request.url());
    });
    await page.getByTestId('paths-since').fill(since);
    await page.getByTestId('paths-until').fill(until);
    await page.getByTestId('paths-submit').click();
    const problem = page.getByTestId('paths-window-problem');
    await poll(() => problem.count()).toBe(1);
    const message = await problem.innerText();
    for (const word of words) expect(message).toContain(word);
    expect(pathRequests).toEqual([]);
    expect(await errorToasts(page)).toEqual([]);
  });

  it('a sensible window still finds paths', async () => {
    const page = await open();
    await pathsFormWithEnds(page);
    await page.getByTestId('paths-since').fill('2015');
    await page.getByTestId('paths-until').fill('2026');
    await page.getByTestId('paths-submit').click();
    await poll(() => page.getByTestId('paths-results').innerText()).toMatch(/\d+ paths?/);
    expect(await page.getByTestId('paths-window-problem').count()).toBe(0);
  });
});

describe('search › in the evidence', () => {
  it('"fermentation" lists the facts whose quotes mention it, the word marked; picking a link adds it and opens its details', async () => {
    const page = await open();
    await page.getByTestId('search-input').fill('fermentation');
    const hits = page.locator('[data-testid="search-results"] [data-testid="evidence-hit"]');
    await poll(() => hits.count()).toBeGreaterThan(1);
    await expect(page.getByTestId('evidence-header').innerText()).resolves.toMatch(/in the evidence/i);
    const marks = await hits.locator('mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(1);
    for (const mark of marks) expect(mark.toLowerCase()).toBe('fermentation');
    await poll(() => hits.and(page.locator('[data-fact-kind="edge"]')).count()).toBeGreaterThan(0);
    const edgeHit = hits.and(page.locator('[data-fact-kind="edge"]')).first();
    const factId = await edgeHit.getAttribute('data-fact-id');
    const quote = (await edgeHit.getByTestId('evidence-quote').textContent()) ?? '';
    expect(factId).toBeTruthy();
    await edgeHit.click();
    await page.waitForFunction((id) => window.__explorer?.edgeIds().includes(id as string), factId);
    expect((await nodeIds(page)).length).toBeGreaterThanOrEqual(2);
    const details = page.getByTestId('details-edge');
    await poll(() => details.getAttribute('data-edge-id')).toBe(factId);
    await poll(() => details.getByTestId('citation-quote').allInnerTexts()).toContain(quote);
  });

  it('a typo ("fermantation") still finds the quotes, and "more" pages on', async () => {
    const page = await open();
    await page.getByTestId('search-input').fill('fermantation');
    const hits = page.locator('[data-testid="search-results"] [data-testid="evidence-hit"]');
    await poll(() => hits.count()).toBeGreaterThan(0);
    const first = await hits.count();
    const all = await explorer.app.get('/api/search/evidence?q=fermantation&limit=50');
    expect(all.body.facts.length).toBeGreaterThanOrEqual(first);
    if (all.body.facts.length > first) {
      // More facts than the first page: the list offers the rest, and picking it appends them.
      await page.getByTestId('evidence-more').dispatchEvent('mousedown');
      await poll(() => hits.count()).toBeGreaterThan(first);
    }
    expect((await hits.locator('mark').allInnerTexts()).map((word) => word.toLowerCase())).toContain(
      'fermentation',
    );
  });
});
