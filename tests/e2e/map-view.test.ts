import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { poll, useExplorer } from '../support/browser.ts';

// Real browser, real layouts and a database that may be cold: more room than unit tests need.
vi.setConfig({ testTimeout: 120_000 });

const explorer = useExplorer();

// French and Japanese actors (several in Kumamoto), an agreement between France and Japan.
const NODES = [
  'dijon-metropole',
  'vitagora',
  'region-occitanie',
  'kumamoto-prefecture',
  'ville-de-kumamoto',
  'kumamoto-international-division',
  'kumamoto-sake-shochu-producers',
  'naro',
  'kbcc',
  'kyoto-prefecture',
  'aichi-prefecture',
  'state-of-wisconsin',
  'mou-dijon-naro-vitagora-2025',
];

async function openMap(): Promise<Page> {
  const { page } = await explorer.open(`?nodes=${NODES.join(',')}&layout=map`);
  await page.waitForFunction(
    (count) => window.__explorer?.layout() === 'map' && (window.__explorer?.nodeIds().length ?? 0) >= count,
    NODES.length,
  );
  await page.getByTestId('map-off-map').waitFor({ timeout: 30_000 });
  return page;
}

const visible = (page: Page) => page.evaluate(() => window.__explorer?.visibleNodeIds() ?? []);

describe('map › actors without a place', () => {
  it('when the canvas holds an agreement between France and Japan › it is not drawn mid-way but listed as not on the map, and the list opens its details', async () => {
    const page = await openMap();
    await poll(() => visible(page)).toContain('kumamoto-prefecture');
    const shown = await visible(page);
    expect(shown).not.toContain('mou-dijon-naro-vitagora-2025');
    const all = await page.evaluate(() => window.__explorer?.nodeIds() ?? []);
    const missing = all.filter((id) => !shown.includes(id));
    expect(missing.length).toBeGreaterThan(0);
    const badge = page.getByTestId('map-off-map');
    expect(await badge.textContent()).toBe(`Not on the map: ${missing.length}`);
    await badge.click();
    const items = page.getByTestId('map-off-map-item');
    await poll(() => items.count()).toBe(missing.length);
    const mou = page.locator('[data-testid="map-off-map-item"][data-node-id="mou-dijon-naro-vitagora-2025"]');
    await mou.click();
    await poll(() => page.getByTestId('details-node').getAttribute('data-node-id')).toBe(
      'mou-dijon-naro-vitagora-2025',
    );
    // Back to a force layout: everything is drawn again, and the badge goes.
    await page.getByTestId('layout-select').selectOption('fcose');
    await poll(() => visible(page).then((ids) => ids.length)).toBe(all.length);
    await poll(() => badge.isVisible()).toBe(false);
  });
});

describe('map › legibility at fit', () => {
  it('when the map is fitted › co-located Japanese actors are spread apart and the important ones are labelled without overlaps', async () => {
    const page = await openMap();
    await poll(() => visible(page)).toContain('ville-de-kumamoto');
    const shown = await visible(page);
    const points = await page.evaluate(
      (ids) => ids.map((id) => window.__explorer?.position(id) ?? { x: Number.NaN, y: Number.NaN }),
      shown,
    );
    expect(points.length).toBeGreaterThan(5);
    let closest = Number.POSITIVE_INFINITY;
    for (let a = 0; a < points.length; a++)
      for (let b = a + 1; b < points.length; b++) {
        const pa = points[a] as { x: number; y: number };
        const pb = points[b] as { x: number; y: number };
        closest = Math.min(closest, Math.hypot(pa.x - pb.x, pa.y - pb.y));
      }
    expect(closest).toBeGreaterThanOrEqual(16);

    await poll(() =>
      page.evaluate(() => window.__explorer?.mapLabelBoxes().length ?? 0),
    ).toBeGreaterThanOrEqual(4);
    const boxes = await page.evaluate(() => window.__explorer?.mapLabelBoxes() ?? []);
    const host = await page.getByTestId('graph-host').boundingBox();
    if (!host) throw new Error('no canvas');
    for (const box of boxes) {
      expect(box.text.length).toBeGreaterThan(0);
      expect(box.x1).toBeGreaterThanOrEqual(host.x - 1);
      expect(box.x2).toBeLessThanOrEqual(host.x + host.width + 1);
    }
    for (let a = 0; a < boxes.length; a++)
      for (let b = a + 1; b < boxes.length; b++) {
        const p = boxes[a] as (typeof boxes)[number];
        const q = boxes[b] as (typeof boxes)[number];
        const overlap = p.x1 < q.x2 - 1 && q.x1 < p.x2 - 1 && p.y1 < q.y2 - 1 && q.y1 < p.y2 - 1;
        expect(overlap, `${p.text} overlaps ${q.text}`).toBe(false);
      }
  });

  it('when the analyst turns the wheel one notch › the map zooms by a visible step at the pointer', async () => {
    const page = await openMap();
    const host = await page.getByTestId('graph-host').boundingBox();
    if (!host) throw new Error('no canvas');
    await page.mouse.move(host.x + host.width / 2, host.y + host.height / 2);
    for (let notch = 0; notch < 3; notch++) {
      const before = await page.evaluate(() => window.__explorer?.zoom() ?? 0);
      await page.mouse.wheel(0, -100);
      await poll(() => page.evaluate(() => window.__explorer?.zoom() ?? 0)).toBeGreaterThan(before * 1.15);
      const after = await page.evaluate(() => window.__explorer?.zoom() ?? 0);
      expect(after / before).toBeLessThan(1.6);
    }
  });
});
