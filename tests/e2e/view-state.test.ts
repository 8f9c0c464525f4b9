// The explorer's view state against late answers, short links and the overview's drill-down, in a
// real Chromium against the real API and database.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import type { OverviewResponse, PartnershipsResponse } from '../../server/contract/api.ts';
import type { SavedView, ViewState } from '../../server/contract/views.ts';
import { doubleClickNode, errorToasts, poll, useExplorer } from '../support/browser.ts';

vi.setConfig({ testTimeout: 90_000 });

const explorer = useExplorer();
const run = Date.now().toString(36);

const api = async <T>(path: string, init?: RequestInit): Promise<T> => {
  const response = await fetch(`${explorer.app.baseUrl}${path}`, init);
  expect(response.ok).toBe(true);
  return (await response.json()) as T;
};

const nodeIds = (page: Page) => page.evaluate(() => window.__explorer?.nodeIds().sort() ?? []);
const mode = (page: Page) => page.evaluate(() => window.__explorer?.mode());
/** The address bar's query, decoded so that assertions read as the analyst sees it. */
const address = (page: Page) => decodeURIComponent(new URL(page.url()).search);
const notBusy = (page: Page) =>
  page.waitForFunction(
    () => !document.querySelector('[data-testid="graph-host"]')?.hasAttribute('aria-busy'),
  );

describe('explorer › a late answer after the analyst moved on', () => {
  it('when the analyst chooses "Full view" while the partnership view is loading › the late partnerships are dropped and the full view stays', async () => {
    const { page, errors } = await explorer.open('?nodes=vitagora,naro,dijon-metropole');
    await poll(() => nodeIds(page)).toEqual(['dijon-metropole', 'naro', 'vitagora']);
    const before = await page.evaluate(() => window.__explorer?.edgeIds().sort());
    // Hold the partnership answers until the analyst has gone back to the full view.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = 0;
    await page.route('**/api/partnerships?*', async (route) => {
      asked += 1;
      await held;
      await route.continue();
    });
    await page.getByTestId('mode-partners').click();
    await poll(() => asked).toBeGreaterThan(0);
    await page.getByTestId('mode-full').click();
    release();
    await notBusy(page);
    // Give a late answer every chance to land.
    await page.waitForTimeout(500);
    await notBusy(page);
    expect(await mode(page)).toBe('full');
    expect(await page.getByTestId('mode-full').getAttribute('aria-pressed')).toBe('true');
    expect(await nodeIds(page)).toEqual(['dijon-metropole', 'naro', 'vitagora']);
    expect(await page.evaluate(() => window.__explorer?.edgeIds().sort())).toEqual(before);
    await poll(() => address(page)).not.toContain('mode=partners');
    expect(await errorToasts(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('explorer › short link in the address bar', () => {
  it('when a /?view=<id> link is opened, or a saved view from the list › the address shows ?view=<id> once the view is restored', async () => {
    const state: ViewState = {
      mode: 'full',
      layout: 'fcose',
      nodes: ['vitagora', 'naro'],
      positions: {},
      hidden: [],
      pinned: [],
      selected: null,
      since: null,
      until: null,
      viewport: null,
      lang: null,
    };
    const saved = await api<SavedView>('/api/views', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: `${run} address`, state }),
    });
    const { page, errors } = await explorer.open(`?view=${saved.id}`);
    await poll(() => nodeIds(page)).toEqual(['naro', 'vitagora']);
    // Past the URL writer's debounce and the layout settling.
    await page.waitForTimeout(1_000);
    expect(new URL(page.url()).searchParams.get('view')).toBe(saved.id);
    expect(address(page)).not.toContain('nodes=');

    // Another saved view opened from the Views list: the address names it too, not its nodes.
    const other = await api<SavedView>('/api/views', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: `${run} other`, state: { ...state, nodes: ['dijon-metropole'] } }),
    });
    await page.getByTestId('tab-views').click();
    await page.locator(`[data-view-id="${other.id}"] [data-testid="view-open"]`).click();
    await poll(() => nodeIds(page)).toEqual(['dijon-metropole']);
    await poll(() => new URL(page.url()).searchParams.get('view')).toBe(other.id);
    expect(address(page)).not.toContain('nodes=');
    expect(errors).toEqual([]);
  });
});

describe('explorer › the overview in the URL state', () => {
  it('when the analyst drills into a country of the overview › its shared URL and its saved view reopen that drill-down', async () => {
    const overview = await api<OverviewResponse>('/api/partnerships/overview?groupBy=country');
    const top = overview.groups[0];
    if (!top) throw new Error('the overview has no groups');
    const expected = await api<PartnershipsResponse>(
      `/api/partnerships?group=${encodeURIComponent(`country:${top.key}`)}&limit=100`,
    );
    const expectedNodes = expected.graph.nodes.map((node) => node.id).sort();
    expect(expectedNodes.length).toBeGreaterThan(0);

    const { page, errors } = await explorer.open('');
    await page.getByTestId('overview').click();
    await poll(() => address(page)).toContain('overview=country');
    // The overview alone reopens as the overview.
    const overviewUrl = page.url();
    const atOverview = await explorer.open(overviewUrl);
    await poll(() =>
      atOverview.page.evaluate((id) => window.__explorer?.style(id, 'label'), `overview|country|${top.key}`),
    ).toContain(top.name);
    expect(await mode(atOverview.page)).toBe('partners');

    await doubleClickNode(page, `overview|country|${top.key}`);
    await poll(() => nodeIds(page)).toEqual(expectedNodes);
    await poll(() => address(page)).toContain(`overview=country:${top.key}`);
    expect(address(page)).not.toContain('nodes=');

    const shared = await explorer.open(page.url());
    await poll(() => nodeIds(shared.page)).toEqual(expectedNodes);
    expect(await mode(shared.page)).toBe('partners');
    await poll(() => shared.page.getByTestId('status').textContent()).toContain(top.name);
    expect(address(shared.page)).toContain(`overview=country:${top.key}`);
    // Undo goes back to the overview, as after a drill-down by hand.
    await shared.page.getByTestId('undo').click();
    await poll(() =>
      shared.page.evaluate((id) => window.__explorer?.style(id, 'label'), `overview|country|${top.key}`),
    ).toContain(top.name);

    // Saved as a view, the drill-down comes back from its short link too.
    await page.getByTestId('tab-views').click();
    await page.getByTestId('view-name').fill(`${run} drill-down`);
    await page.getByTestId('view-share').click();
    await poll(() => page.getByTestId('view-link').inputValue()).toMatch(/\?view=/);
    const link = await page.getByTestId('view-link').inputValue();
    const fromLink = await explorer.open(link);
    await poll(() => nodeIds(fromLink.page)).toEqual(expectedNodes);
    expect(await mode(fromLink.page)).toBe('partners');
    for (const opened of [page, shared.page, atOverview.page, fromLink.page])
      expect(await errorToasts(opened)).toEqual([]);
    expect([...errors, ...shared.errors, ...atOverview.errors, ...fromLink.errors]).toEqual([]);
  });
});
