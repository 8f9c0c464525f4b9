import { describe, expect, it, vi } from 'vitest';
import { errorToasts, poll, useExplorer } from '../support/browser.ts';

vi.setConfig({ testTimeout: 90_000 });

const explorer = useExplorer();

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

describe('the built client under the Content-Security-Policy', () => {
  it('draws, maps, runs a query and exports a PNG with no violation reported', async () => {
    const context = await explorer.browser.newContext({ acceptDownloads: true, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      // Recorded from the first script on: a blocked style or script fires this event.
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      const consoleErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      const response = await page.goto(`${explorer.app.baseUrl}/?nodes=vitagora,naro,dijon-metropole`);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await page.waitForFunction(() => window.__explorer !== undefined);
      await page.evaluate(() => window.__explorer?.ready);
      await page.waitForFunction(() => (window.__explorer?.edgeIds().length ?? 0) > 0);

      await page.getByTestId('layout-select').selectOption('map');
      await poll(() => page.locator('svg.map-outline').count()).toBeGreaterThan(0);

      await page.getByTestId('tab-cypher').click();
      await page.locator('[data-testid="workbench-editor"] .cm-content').click();
      await page.keyboard.type('MATCH (o:Organisation) RETURN o LIMIT 3');
      // CodeMirror's themes are injected styles: blocked, the editor would have no layout.
      expect(
        await page
          .locator('[data-testid="workbench-editor"] .cm-editor')
          .evaluate((editor) => getComputedStyle(editor).display),
      ).toBe('flex');
      await page.getByTestId('workbench-run').click();
      await poll(() => page.getByTestId('workbench-status').textContent()).toMatch(/3 rows/);

      await page.getByTestId('export-toggle').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-png').click(),
      ]);
      expect(await download.failure()).toBeNull();

      expect(await errorToasts(page)).toEqual([]);
      expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
      expect(consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
