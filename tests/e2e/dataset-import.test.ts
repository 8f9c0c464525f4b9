// Dataset documents imported from the Import tab in real Chromium, through the parts API: two files,
// the progress bar followed to its end, the outcome's counts, the new nodes on the canvas; and a set
// with one bad file, refused with the error naming that file and field, and nothing written.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { errorToasts, poll, useExplorer } from '../support/browser.ts';
import { importDocument } from '../support/import-document.ts';
import { testConfig } from '../support/test-app.ts';
import { testDriver } from '../support/test-database.ts';

vi.setConfig({ testTimeout: 120_000 });

const TOKEN = 'test-dataset-import-e2e-token-0123456789';
const run = randomUUID().slice(0, 8);
// The smallest batches allowed: the write of these 411 rows takes several transactions.
const explorer = useExplorer({ config: testConfig({ IMPORT_TOKEN: TOKEN, IMPORT_BATCH_SIZE: '100' }) });
const driver = testDriver();

afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.id CONTAINS $run DETACH DELETE n', { run });
  await driver.close();
});

/** Nodes (of any label, sources too) whose id contains `part`. */
const countWith = async (part: string) =>
  (
    await driver.executeQuery('MATCH (n) WHERE n.id CONTAINS $part RETURN count(n) AS count', { part })
  ).records[0]
    ?.get('count')
    .toNumber();

const asFile = (name: string, doc: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(doc), 'utf8'),
});

/** Every text the phase line shows, recorded in the page as it changes (polling could miss some). */
async function recordPhases(page: Page): Promise<void> {
  await page.evaluate(() => {
    const phase = document.querySelector('[data-testid="dataset-phase"]') as HTMLElement;
    const seen: string[] = [];
    (window as unknown as { __phases: string[] }).__phases = seen;
    new MutationObserver(() => seen.push(phase.textContent ?? '')).observe(phase, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

async function openImportTab() {
  const { page, context } = await explorer.open();
  await page.evaluate((token) => sessionStorage.setItem('cge.writeToken', token), TOKEN);
  await page.getByTestId('tab-import').click();
  await page.getByTestId('dataset-import-panel').waitFor();
  return { page, context };
}

describe('dataset import › the Import tab sends documents in parts and follows the write', () => {
  it('two documents › the bar reaches its end, the counts are given and the new nodes are on the canvas', async () => {
    const { page, context } = await openImportTab();
    try {
      const first = importDocument({ tag: `${run}a`, organisations: 150, relationships: 250 });
      const second = {
        source: { ...first.source, id: `src-${run}a-2`, title: 'Second document' },
        nodes: [
          {
            id: `org-${run}b-0`,
            label: 'Organisation',
            kind: 'local-authority',
            name: 'Authority from the second file',
            quote: 'the partners signed a cooperation agreement',
          },
        ],
        relationships: [
          {
            type: 'COOPERATES_WITH',
            from: `org-${run}a-1`,
            to: `org-${run}b-0`,
            quote: 'the partners signed a cooperation agreement',
          },
        ],
      };
      await page
        .getByTestId('dataset-files')
        .setInputFiles([asFile(`first-${run}.json`, first), asFile(`second-${run}.json`, second)]);
      expect(await page.getByTestId('dataset-chosen').textContent()).toContain(`second-${run}.json`);
      await recordPhases(page);
      await page.getByTestId('dataset-import').click();
      await page.getByTestId('dataset-imported').waitFor({ timeout: 90_000 });

      // 2 sources + 158 nodes + 251 relationships, all written in 5 batches: the bar is full.
      const bar = page.getByTestId('dataset-progress');
      expect(await bar.evaluate((el: HTMLProgressElement) => [el.value, el.max])).toEqual([411, 411]);
      expect(await page.getByTestId('dataset-phase').textContent()).toMatch(/411 rows in \d+ batches/);
      const phases = await page.evaluate(() => (window as unknown as { __phases: string[] }).__phases);
      expect(phases.some((text) => text.startsWith('Sending file 2 of 2'))).toBe(true);
      expect(phases.some((text) => text.startsWith('Checking'))).toBe(true);
      expect(await page.getByTestId('dataset-imported').textContent()).toContain(
        '2 source(s), 158 node(s), 251 relationship(s)',
      );

      const added = [`org-${run}a-1`, `org-${run}a-149`, `org-${run}b-0`, `city-${run}a-6`];
      await page.waitForFunction(
        (ids) => ids.every((id) => window.__explorer?.nodeIds().includes(id)),
        added,
      );
      await page.waitForFunction(
        (id) => window.__explorer?.edgeIds().includes(id),
        `org-${run}a-1|COOPERATES_WITH|org-${run}b-0`,
      );
      // 157 entities and the second source (src-…a-2) of the first document's tag.
      expect(await countWith(`${run}a-`)).toBe(158);
      expect(await errorToasts(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a set with one bad file › the error names that file and field, and nothing of the set is written', async () => {
    const { page, context } = await openImportTab();
    try {
      const good = importDocument({ tag: `${run}x`, organisations: 3, relationships: 2 });
      const bad = {
        source: { ...good.source, id: `src-${run}y`, title: 'Bad document' },
        nodes: [{ id: `org-${run}y-0`, label: 'Planet', name: 'Nowhere', quote: 'no quote here' }],
        relationships: [],
      };
      await page
        .getByTestId('dataset-files')
        .setInputFiles([asFile(`good-${run}.json`, good), asFile(`bad-${run}.json`, bad)]);
      await page.getByTestId('dataset-import').click();
      const failed = page.getByTestId('dataset-failed');
      await failed.waitFor({ timeout: 90_000 });
      const errors = page.getByTestId('dataset-errors').locator('li');
      expect(await errors.count()).toBeGreaterThan(0);
      expect(new Set(await errors.evaluateAll((items) => items.map((li) => li.dataset.file)))).toEqual(
        new Set([`bad-${run}.json`]),
      );
      const labelError = errors.and(page.locator('[data-field="label"]'));
      expect(await labelError.textContent()).toContain(
        `bad-${run}.json: nodes[0] (id "org-${run}y-0"): label:`,
      );
      expect(await failed.textContent()).toContain('nothing was written');
      await poll(() => page.getByTestId('dataset-import').isDisabled()).toBe(false);
      expect(await countWith(`${run}x`)).toBe(0);
      expect(await countWith(`${run}y`)).toBe(0);
      expect(await page.evaluate(() => window.__explorer?.nodeIds() ?? [])).not.toContain(`org-${run}x-0`);
    } finally {
      await context.close();
    }
  });
});
