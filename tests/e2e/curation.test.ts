// In Chromium: an analyst corrects a fact from the details panel (the write token asked once), sees
// the edit in its History, then retracts the source and its facts leave the canvas.
import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { clickElement, errorToasts, poll, useExplorer } from '../support/browser.ts';
import { testConfig } from '../support/test-app.ts';

vi.setConfig({ testTimeout: 120_000 });

const TOKEN = 'eve-e2e-curation-token-0123456789';
const run = randomUUID().slice(0, 8);
const explorer = useExplorer({ config: testConfig({ WRITE_TOKENS: `eve:${TOKEN}` }) });
const sourceId = `src-e2e-cur-${run}`;
const harbour = `e2e-harbour-${run}`;
const lighthouse = `e2e-lighthouse-${run}`;
const quote = 'The Harbour Board runs the old lighthouse since the spring.';

describe('curation in the details panel', () => {
  it('edits a property with a reason, shows it in History, then retracts the source', async () => {
    const imported = await explorer.app.post(
      '/api/import',
      {
        source: {
          id: sourceId,
          title: `Harbour note ${run}`,
          publisher: 'Tests',
          published: '2026-06',
          language: 'en',
        },
        nodes: [
          {
            id: harbour,
            label: 'Organisation',
            kind: 'agency',
            name: `Harbour Board ${run}`,
            props: { note: 'old note' },
            quote,
          },
          { id: lighthouse, label: 'Programme', name: `Lighthouse ${run}`, quote },
        ],
        relationships: [{ type: 'RUNS', from: harbour, to: lighthouse, quote }],
      },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(imported.status).toBe(201);
    const { page } = await explorer.open(`?nodes=${harbour},${lighthouse}`);
    await page.waitForFunction((id) => window.__explorer?.nodeIds().includes(id), lighthouse, {
      timeout: 30_000,
    });

    await clickElement(page, harbour);
    const panel = page.getByTestId('details-node');
    await panel.getByTestId('correction').locator('summary').click();
    await panel.getByTestId('edit-field-note').fill('checked against the register');
    await panel.getByTestId('edit-reason').fill('The register confirms it');
    await panel.getByTestId('edit-save').click();
    // The write token is asked once, in the dialog, and kept for the tab.
    await page.getByTestId('write-token-input').fill(TOKEN);
    await page.getByTestId('write-token-ok').click();

    const history = page.getByTestId('details-node').getByTestId('history-entry');
    await expect.poll(() => history.first().getAttribute('data-kind'), { timeout: 30_000 }).toBe('edit');
    await poll(() => history.first().getByTestId('history-what').textContent()).toBe(
      'note: old note → checked against the register',
    );
    expect(await history.first().getByTestId('history-actor').textContent()).toBe('eve');
    expect(await history.first().getByTestId('history-why').textContent()).toContain(
      'The register confirms it',
    );
    expect(await history.nth(1).getAttribute('data-kind')).toBe('import');

    const retract = page.getByTestId('details-node').getByTestId('retract-start').first();
    await expect.poll(() => retract.getAttribute('data-source-id'), { timeout: 30_000 }).toBe(sourceId);
    await retract.click();
    const summary = page.getByTestId('details-node').getByTestId('retract-summary');
    await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toContain('removes 3 facts');
    expect(await page.getByTestId('write-token-dialog').count()).toBe(0);
    await page.getByTestId('details-node').getByTestId('retract-reason').fill('The note was withdrawn');
    await page.getByTestId('details-node').getByTestId('retract-confirm-button').click();

    await page.waitForFunction(
      (ids) => !window.__explorer?.nodeIds().some((id) => ids.includes(id)),
      [harbour, lighthouse],
      { timeout: 30_000 },
    );
    await poll(() => page.getByTestId('details-empty').count()).toBe(1);
    expect(await page.getByTestId('write-token-dialog').count()).toBe(0);
    expect(await errorToasts(page)).toEqual([]);
    const after = await explorer.app.get(`/api/sources/${sourceId}/history`);
    expect(
      after.body.entries.map((entry: { kind: string; actor: string }) => `${entry.kind}:${entry.actor}`),
    ).toEqual(['retract:eve', 'edit:eve', 'import:eve']);
  });
});
