import { describe, expect, it, vi } from 'vitest';
import { poll, useExplorer } from '../support/browser.ts';

// Real browser and a database that may be cold: more room than unit tests need.
vi.setConfig({ testTimeout: 60_000 });

const explorer = useExplorer();

describe('workbench › completion popup', () => {
  it('when completion opens on a one-line query › the whole popup shows over the editor, and a run closes it', async () => {
    const { page } = await explorer.open('?panel=cypher');
    await page.getByTestId('tab-cypher').click();
    await page.locator('[data-testid="workbench-editor"] .cm-content').click();
    await page.keyboard.type('MATCH (o:');
    const popup = page.locator('.cm-tooltip-autocomplete');
    await popup.waitFor({ timeout: 20_000 });
    const options = popup.locator('li');
    await poll(() => options.count()).toBeGreaterThan(3);
    // Every option the popup lists can be seen and clicked: nothing is cut off by the editor's box.
    // Every option inside the popup's own scroll box can be seen and clicked: none is cut off by
    // the editor's box.
    const reachable = await popup.locator('ul').evaluate((list) => {
      const frame = list.getBoundingClientRect();
      return [...list.querySelectorAll('li')]
        .filter((item) => {
          const box = item.getBoundingClientRect();
          return box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;
        })
        .map((item) => {
          const box = item.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return Boolean(hit && item.contains(hit));
        });
    });
    const list = await popup.locator('ul').boundingBox();
    const editor = await page.getByTestId('workbench-editor').boundingBox();
    if (!list || !editor) throw new Error('no popup or editor box');
    expect(reachable.length).toBeGreaterThan(3);
    expect(reachable.every(Boolean)).toBe(true);
    expect(list.y + list.height).toBeGreaterThan(editor.y + editor.height);

    await page.keyboard.press('Escape');
    await page.keyboard.type('Organisation) RETURN o.name LIMIT 2');
    await page.keyboard.press('Control+Space');
    await popup.waitFor({ timeout: 20_000 });
    await page.keyboard.press('Control+Enter');
    await poll(() => page.getByTestId('workbench-status').textContent()).toMatch(/2 rows/);
    await poll(() => popup.count()).toBe(0);
  });
});
