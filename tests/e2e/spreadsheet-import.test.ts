// The spreadsheet import in real Chromium: upload a CSV, see the columns mapped from its headers,
// a preview with a row error on the wrongly mapped column, fix the mapping, import, and find the
// new link on the canvas with its citation.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { clickElement, errorToasts, poll, useExplorer } from '../support/browser.ts';
import { testConfig } from '../support/test-app.ts';
import { testDriver } from '../support/test-database.ts';

vi.setConfig({ testTimeout: 120_000 });

const TOKEN = 'test-spreadsheet-e2e-token-0123456789';
const run = randomUUID().slice(0, 8);
const explorer = useExplorer({ config: testConfig({ IMPORT_TOKEN: TOKEN }) });
const driver = testDriver();

afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.id CONTAINS $run DETACH DELETE n', { run });
  await driver.close();
});

const actor = `Ville Navigateur ${run}`;
const actorId = `ville-navigateur-${run}`;
const quote = `La ville et Vitagora ont signé un accord de coopération ${run}.`;
// "Type" holds the partner's kind and "Accord" the link type: the header guess reads the link type
// from "Type", which the preview refuses, until the analyst maps it to "Accord".
const csv = [
  'Collectivité;Partenaire;Type;Accord;Année;Statut;Source;Citation',
  `${actor};Vitagora;pôle de compétitivité;accord;2026;signé;Registre navigateur ${run};${quote}`,
].join('\n');

describe('spreadsheet import › map, preview, fix, import', () => {
  it('when the analyst fixes the mapping the preview blamed › the import puts the new link on the canvas with its quote', async () => {
    const { page, context } = await explorer.open();
    try {
      await page.evaluate((token) => sessionStorage.setItem('cge.writeToken', token), TOKEN);
      await page.getByTestId('tab-import').click();
      await page.getByTestId('sheet-file').setInputFiles({
        name: `registre-${run}.csv`,
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await poll(() => page.getByTestId('map-frenchActor').inputValue()).toBe('Collectivité');
      expect(await page.getByTestId('map-linkType').inputValue()).toBe('Type');
      expect(await page.getByTestId('map-quote').inputValue()).toBe('Citation');
      await page.getByTestId('sheet-default-publisher').fill('Tests navigateur');

      await page.getByTestId('sheet-preview-button').click();
      const errors = page.getByTestId('sheet-errors');
      await errors.waitFor();
      const errorRow = errors.locator('tr[data-row="2"]');
      expect(await errorRow.getAttribute('data-column')).toBe('Type');
      expect(await errorRow.textContent()).toContain('not a known link type');
      expect(await page.getByTestId('sheet-import').isDisabled()).toBe(true);
      expect(await page.getByTestId('sheet-read').textContent()).toContain('utf-8');

      await page.getByTestId('map-linkType').selectOption('Accord');
      await page.getByTestId('map-partnerKind').selectOption('Type');
      await page.getByTestId('sheet-preview-button').click();
      await page.getByTestId('sheet-no-errors').waitFor();
      await poll(() => page.getByTestId('sheet-import').isDisabled()).toBe(false);
      await page.getByTestId('sheet-import').click();
      await page.getByTestId('sheet-imported').waitFor({ timeout: 60_000 });

      const agreement = `cooperation-agreement-${actorId}-vitagora-2026`;
      const edgeId = `${actorId}|PARTY_TO|${agreement}`;
      await page.waitForFunction((id) => window.__explorer?.edgeIds().includes(id), edgeId);
      expect(await page.evaluate(() => window.__explorer?.nodeIds() ?? [])).toEqual(
        expect.arrayContaining([actorId, agreement, 'vitagora']),
      );
      await clickElement(page, edgeId);
      const panel = page.getByTestId('details-edge');
      await poll(() => panel.getByTestId('citation-quote').allInnerTexts()).toContain(quote);
      expect((await panel.getByTestId('citation-source').allInnerTexts()).join('\n')).toContain(
        `Registre navigateur ${run}`,
      );
      expect(await errorToasts(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
