import { describe, expect, it, vi } from 'vitest';
import { errorToasts, openExplorer, poll, useExplorer } from '../support/browser.ts';

// Real browser, real layouts and a database that may be cold: more room than unit tests need.
vi.setConfig({ testTimeout: 60_000 });

const explorer = useExplorer();

const QUERY = 'MATCH (o:Organisation)-[r:PARTY_TO]->(a:Agreement) RETURN o, r, a LIMIT 10';

describe('workbench › run a query', () => {
  it('when the analyst runs a PARTY_TO query › the rows are listed and the graph lands on the canvas', async () => {
    const { page, context } = await openExplorer(explorer.browser, `${explorer.app.baseUrl}/`);
    try {
      await page.getByTestId('tab-cypher').click();
      await page.locator('[data-testid="workbench-editor"] .cm-content').click();
      await page.keyboard.type(QUERY);
      await page.getByTestId('workbench-run').click();

      await poll(() => page.getByTestId('workbench-status').textContent()).toMatch(/10 rows/);
      await page.waitForFunction(() => (window.__explorer?.edgeIds().length ?? 0) > 0);
      // Ten rows, each with its own PARTY_TO relationship. (The canvas also shows the other
      // relationships among the nodes it holds, as after any addition.)
      const edges = (await page.evaluate(() => window.__explorer?.edgeIds() ?? [])).filter((id) =>
        id.includes('|PARTY_TO|'),
      );
      expect(edges).toHaveLength(10);
      const nodes = await page.evaluate(() => window.__explorer?.nodeIds() ?? []);
      for (const id of edges) {
        const [from, , to] = id.split('|');
        expect(nodes).toEqual(expect.arrayContaining([from, to]));
      }

      await page.getByRole('tab', { name: /^(Table|Tableau)$/ }).click();
      const table = page.getByTestId('workbench-table');
      await poll(() => table.locator('tr').count()).toBeGreaterThanOrEqual(10);
      expect(await errorToasts(page)).toEqual([]);
      await poll(() => new URL(page.url()).searchParams.get('cypher')).toBe(QUERY);
    } finally {
      await context.close();
    }
  });
});

describe('workbench › profile a query', () => {
  it('when the analyst runs a PROFILE › the Plan tab shows the operators with their rows and db hits', async () => {
    const { page, context } = await openExplorer(explorer.browser, `${explorer.app.baseUrl}/`);
    try {
      await page.getByTestId('tab-cypher').click();
      await page.locator('[data-testid="workbench-editor"] .cm-content').click();
      await page.keyboard.type('PROFILE MATCH (o:Organisation) RETURN o.name AS name ORDER BY name');
      await page.getByTestId('workbench-run').click();

      const plan = page.getByTestId('workbench-plan');
      await plan.waitFor();
      expect(await page.getByTestId('workbench-tab-plan').getAttribute('aria-selected')).toBe('true');
      const names = await plan.getByTestId('workbench-plan-name').allTextContents();
      expect(names[0]).toBe('ProduceResults');
      expect(names).toEqual(expect.arrayContaining(['NodeByLabelScan', 'Sort']));
      const figures = await plan.getByTestId('workbench-plan-figures').allTextContents();
      expect(figures.length).toBe(names.length);
      // Every operator of a profile reports its db hits; the label scan reads at least one.
      const hits = figures.map((text) =>
        Number(/([\d,.\s\u202f]+) (?:db hits|accès à la base)/.exec(text)?.[1]?.replace(/\D/g, '')),
      );
      expect(hits.every((count) => Number.isInteger(count))).toBe(true);
      expect(Math.max(...hits)).toBeGreaterThan(0);
      expect(await page.getByTestId('workbench-plan-summary').textContent()).toMatch(/PROFILE/);
      expect(await errorToasts(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
