// Drill-down paging needs a group with more partnerships than a page holds: the bounded-lists
// fixture (a hub in country A with 130 partners), imported through the API and removed after.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DRILL_PAGE } from '../../client/src/partners/overview-drill.ts';
import type { PartnershipsResponse } from '../../server/contract/api.ts';
import { hubDocument, ids, PARTNERS, run } from '../support/bounded-fixture.ts';
import { doubleClickNode, errorToasts, poll, useExplorer } from '../support/browser.ts';
import { testConfig } from '../support/test-app.ts';
import { testDriver } from '../support/test-database.ts';

vi.setConfig({ testTimeout: 120_000 });

const TOKEN = 'overview-paging-token-0123456789';
const explorer = useExplorer({ config: testConfig({ IMPORT_TOKEN: TOKEN }) });
const driver = testDriver();

beforeAll(async () => {
  const response = await explorer.app.post('/api/import', hubDocument(), {
    authorization: `Bearer ${TOKEN}`,
  });
  expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(201);
}, 180_000);
afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.id ENDS WITH $suffix DETACH DELETE n', { suffix: run });
  await driver.close();
});

describe('explorer › overview drill-down paging', () => {
  it('when a country has more partnerships than a page › the strongest page comes first and Load more adds the rest', async () => {
    const group = `country:${ids.countryA}`;
    const first = (await explorer.app.get(`/api/partnerships?group=${group}&limit=${DRILL_PAGE}`))
      .body as PartnershipsResponse;
    expect(first.total).toBeGreaterThan(DRILL_PAGE);
    expect(first.total).toBeGreaterThanOrEqual(PARTNERS);
    const { page } = await explorer.open('');
    await page.getByTestId('overview').click();
    const groupId = `overview|country|${ids.countryA}`;
    await poll(() => page.evaluate((id) => window.__explorer?.style(id, 'label') ?? null, groupId)).toContain(
      'Country A',
    );
    await doubleClickNode(page, groupId);
    const loadMore = page.getByTestId('load-more');
    await poll(() => loadMore.isVisible()).toBe(true);
    expect(await page.evaluate(() => window.__explorer?.edgeIds().sort())).toEqual(
      first.graph.edges.map((edge) => edge.id).sort(),
    );
    expect(await loadMore.textContent()).toContain(`${DRILL_PAGE} of ${first.total}`);

    // Load more until the list is done: every partnership of the group is on the canvas once.
    for (let clicks = 0; clicks < 5 && (await loadMore.isVisible()); clicks += 1) {
      const before = (await page.evaluate(() => window.__explorer?.edgeIds().length)) ?? 0;
      await loadMore.click();
      await poll(() => page.evaluate(() => window.__explorer?.edgeIds().length ?? 0)).toBeGreaterThan(before);
      // The page is in once the button is enabled again (or gone, after the last page).
      await poll(() =>
        loadMore.evaluate(
          (button) => (button as HTMLButtonElement).hidden || !(button as HTMLButtonElement).disabled,
        ),
      ).toBe(true);
    }
    await poll(() => loadMore.isVisible()).toBe(false);
    expect(await page.evaluate(() => window.__explorer?.edgeIds().length)).toBe(first.total);
    expect(await errorToasts(page)).toEqual([]);
  });
});
