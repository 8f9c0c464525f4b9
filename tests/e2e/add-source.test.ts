// "Add a source" and its review, in a real Chromium against the real API and Neo4j: paste an article
// written for this test (not one of the five sources), review what the drafter proposes (accept
// some, reject one, take a quote from the article, merge a candidate into an actor already in the
// graph with the picker), check the canvas previews it as ghosts, commit, and find the new facts on
// the canvas with their quotes in the details panel, open the article with the quote marked, then
// retract the source from the panel and see its facts leave the canvas and the API.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { deriveProperties } from '../../server/import/derived-properties.ts';
import { errorToasts, poll, useExplorer } from '../support/browser.ts';
import { testConfig } from '../support/test-app.ts';

vi.setConfig({ testTimeout: 180_000 });

const TOKEN = 'review-e2e-token-0123456789';
const explorer = useExplorer({ config: testConfig({ WRITE_TOKENS: `analyste:${TOKEN}` }) });

// Known actors (the Région Occitanie, the Préfecture de Kumamoto, Carole Delga), a new foundation,
// an acronym ("le CIR de Kumamoto") that is an actor of the graph under another name, a signed
// agreement with its date, a membership and a delegation with its leader and dates.
const ARTICLE = `Occitanie et Kumamoto signent un accord sur le saké et l'agroalimentaire
Publié le 20 mai 2026

Le 18 mai 2026, la Région Occitanie et la préfecture de Kumamoto ont signé un accord de coopération sur l'agroalimentaire et le saké, en présence de Carole Delga.

La Fondation Garrigue Innovation, créée à Montpellier en 2024, accompagnera les producteurs des deux territoires. La Fondation Garrigue Innovation est membre du pôle Agri Sud-Ouest Innovation.

Le CIR de Kumamoto a préparé la visite avec les équipes de la Région Occitanie.

Une délégation de la Région Occitanie, menée par Carole Delga, s'est rendue à Kumamoto du 16 au 19 mai 2026.
`;
const FOUNDATION = 'fondation-garrigue-innovation';
const FOUNDATION_QUOTE =
  'La Fondation Garrigue Innovation, créée à Montpellier en 2024, accompagnera les producteurs des deux territoires.';
const CIR = 'cir-kumamoto-prefecture';

const row = (page: Page, recordId: string) => page.locator(`tr.candidate[data-record-id="${recordId}"]`);
const rowStartingWith = (page: Page, prefix: string) =>
  page.locator(`tr.candidate[data-kind="node"][data-record-id^="${prefix}"]`);
const decisionOf = (page: Page, recordId: string) => row(page, recordId).getAttribute('data-decision');

/** Selects a passage of the article as an analyst would with the mouse (across highlighted spans). */
async function selectInArticle(page: Page, passage: string): Promise<void> {
  await page.evaluate((wanted) => {
    const body = document.querySelector('[data-testid="review-article"]');
    if (!body) throw new Error('no article on the review screen');
    const at = (body.textContent ?? '').indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the article`);
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (seen <= at && at < seen + length) range.setStart(node, at - seen);
      if (seen < at + wanted.length && at + wanted.length <= seen + length) {
        range.setEnd(node, at + wanted.length - seen);
        break;
      }
      seen += length;
    }
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, passage);
}

// What the commit wrote, undone after the test so the other files see the curated graph as it was:
// the elements only this source supports go, the actors it also cites get their properties back.
let committedSource: string | null = null;
let snapshot: { id: string; props: Record<string, unknown> }[] = [];

afterAll(async () => {
  if (!committedSource) return;
  const db = explorer.app.db;
  await db.writeTransaction(async (tx) => {
    await tx.run(
      `MATCH ()-[r]->() WHERE $source IN coalesce(r.sources, []) AND size(r.sources) = 1 DELETE r`,
      { source: committedSource },
    );
    await tx.run(
      `MATCH (n:Entity) WHERE $source IN coalesce(n.sources, []) AND NOT n.id IN $known DETACH DELETE n`,
      { source: committedSource, known: snapshot.map((entry) => entry.id) },
    );
    await tx.run('UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n = row.props', { rows: snapshot });
    await tx.run('MATCH (s:Source {id: $source}) DETACH DELETE s', { source: committedSource });
  }, 'undo the review test import');
  await deriveProperties(db);
  // The undo is itself checked: nothing cites the source any more, the cited actors are as they were.
  const left = await db.writeTransaction(async (tx) => {
    const result = await tx.run(
      `OPTIONAL MATCH (n) WHERE $source IN coalesce(n.sources, []) OR n.id = $source
       WITH count(n) AS nodes
       OPTIONAL MATCH ()-[r]->() WHERE $source IN coalesce(r.sources, [])
       RETURN nodes, count(r) AS relationships`,
      { source: committedSource },
    );
    const record = result.records[0];
    return { nodes: Number(record?.get('nodes')), relationships: Number(record?.get('relationships')) };
  }, 'check the undo');
  expect(left).toEqual({ nodes: 0, relationships: 0 });
});

describe('add a source › review › commit', () => {
  it('drafts a pasted French article, reviews it and adds its facts, with their quotes, to the canvas', async () => {
    // The actors the article cites, as they are before the commit (restored after the test).
    snapshot = await explorer.app.db.writeTransaction(async (tx) => {
      const result = await tx.run(
        'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS props',
        {
          ids: [
            'region-occitanie',
            'kumamoto-prefecture',
            'carole-delga',
            CIR,
            'place-occitanie',
            'place-kumamoto',
            'place-montpellier',
          ],
        },
      );
      return result.records.map((record) => ({ id: record.get('id'), props: record.get('props') }));
    }, 'snapshot the cited actors');
    expect(snapshot.map((entry) => entry.id)).toContain(CIR);

    const { page } = await explorer.open();
    await page.getByTestId('add-source').click();
    const dialog = page.getByTestId('add-source-dialog');
    await dialog.getByTestId('add-source-text').fill(ARTICLE);
    await dialog.getByTestId('source-title').fill('Occitanie et Kumamoto : accord sur le saké (test)');
    await dialog.getByTestId('source-publisher').fill('Lettre des tests');
    await dialog.getByTestId('add-source-submit').click();
    // The first write asks for the tab's write token.
    await page.getByTestId('write-token-input').fill(TOKEN);
    await page.getByTestId('write-token-ok').click();

    const screen = page.getByTestId('review-screen');
    await screen.waitFor({ timeout: 30_000 });
    const draftId = (await screen.getAttribute('data-draft-id')) as string;
    expect(draftId).toMatch(/^d-/);
    await poll(() => page.getByTestId('tab-review').getAttribute('aria-selected')).toBe('true');
    // The date printed in the text and the language detected are proposed for the source.
    await poll(() => page.getByTestId('source-published').inputValue()).toBe('2026-05-20');
    await poll(() => page.getByTestId('source-language').inputValue()).toBe('fr');

    // Known actors are matched to their ids; the new foundation and the signed agreement are proposed.
    const known = await page
      .locator('tr.candidate[data-existing-id]')
      .evaluateAll((rows) => rows.map((element) => element.getAttribute('data-existing-id')));
    expect(known).toEqual(
      expect.arrayContaining(['region-occitanie', 'kumamoto-prefecture', 'carole-delga']),
    );
    await poll(() => row(page, FOUNDATION).count()).toBe(1);
    const agreementRow = rowStartingWith(page, 'cooperation-agreement-region-occitanie');
    await poll(() => agreementRow.count()).toBe(1);
    const agreement = (await agreementRow.getAttribute('data-record-id')) as string;
    const agreementText = (await agreementRow.textContent()) ?? '';
    expect(agreementText).toContain('signed');
    expect(agreementText).toContain('2026-05-18');
    const agreementQuote = (
      (await agreementRow.getByTestId('review-candidate-quote').textContent()) ?? ''
    ).replace(/^« | »$/g, '');
    expect(ARTICLE).toContain(agreementQuote);
    expect(agreementQuote).toContain('ont signé un accord de coopération');

    // A mention in the article selects its row, and the row's quote is marked in the article.
    const foundationId = (await row(page, FOUNDATION).getAttribute('data-candidate-id')) as string;
    await page.locator(`mark[data-candidate-id="${foundationId}"]`).first().click();
    await poll(() => row(page, FOUNDATION).getAttribute('aria-selected')).toBe('true');
    await poll(() =>
      page
        .locator('[data-testid="review-article"] .quote-selected')
        .evaluateAll((spans) => spans.map((span) => span.textContent).join('')),
    ).toContain('Fondation Garrigue Innovation');

    // Edit the foundation's quote by selecting it in the article, then save (which accepts it).
    await row(page, FOUNDATION).getByTestId('review-edit').click();
    await selectInArticle(page, FOUNDATION_QUOTE);
    await page.getByTestId('review-edit-use-selection').click();
    await poll(() => page.getByTestId('review-edit-quote').textContent()).toBe(FOUNDATION_QUOTE);
    await page.getByTestId('review-edit-save').click();
    await poll(() => decisionOf(page, FOUNDATION)).toBe('accepted');
    await poll(() => row(page, FOUNDATION).getByTestId('review-candidate-quote').textContent()).toBe(
      `« ${FOUNDATION_QUOTE} »`,
    );

    // Accept the agreement and its two parties; reject the cluster.
    await agreementRow.getByTestId('review-accept').click();
    await poll(() => decisionOf(page, agreement)).toBe('accepted');
    for (const party of ['region-occitanie', 'kumamoto-prefecture']) {
      const id = `${party}|PARTY_TO|${agreement}`;
      await row(page, id).getByTestId('review-accept').click();
      await poll(() => decisionOf(page, id)).toBe('accepted');
    }
    await row(page, 'pole-agri-sud-ouest-innovation').getByTestId('review-reject').click();
    await poll(() => decisionOf(page, 'pole-agri-sud-ouest-innovation')).toBe('rejected');

    // "Le CIR de Kumamoto" is proposed as a new actor: it is the CIR already in the graph.
    const cirRow = page.locator('tr.candidate[data-kind="node"][data-record-id="cir"]');
    await poll(() => cirRow.count()).toBe(1);
    const cirCandidate = (await cirRow.getAttribute('data-candidate-id')) as string;
    await cirRow.getByTestId('review-same-as-open').click();
    await page.getByTestId('review-same-as-input').fill('coordinateur des relations');
    await page.locator(`[data-testid="review-same-as-results"] li[data-node-id="${CIR}"]`).click();
    const merged = page.locator(`tr.candidate[data-candidate-id="${cirCandidate}"]`);
    await poll(() => merged.getByTestId('review-same-as').textContent()).toContain('Coordinateur');
    await poll(() => merged.getAttribute('data-decision')).toBe('accepted');

    // The canvas previews what the commit adds, drawn apart from the graph's own elements.
    await poll(() => page.evaluate(() => window.__explorer?.previewIds() ?? [])).toEqual(
      expect.arrayContaining([FOUNDATION, agreement, `region-occitanie`]),
    );
    expect(await page.evaluate(() => window.__explorer?.nodeIds() ?? [])).toEqual([]);
    expect(await page.evaluate((id) => window.__explorer?.style(id, 'border-style'), FOUNDATION)).toBe(
      'dashed',
    );

    // Commit: the source and the accepted facts are written, and come onto the canvas. A commit the
    // server refuses (422) says why in the toast area and marks the candidates to fix on their rows:
    // the analyst rejects those and commits again.
    const commitOnce = async () => {
      const answer = page.waitForResponse((response) => /\/api\/drafts\/[^/]+\/commit$/.test(response.url()));
      await page.getByTestId('review-commit').click();
      return answer;
    };
    let committed = await commitOnce();
    if (committed.status() === 422) {
      const problem = (await committed.json()) as { detail: string; candidates: { id: string }[] };
      expect(problem.candidates.length).toBeGreaterThan(0);
      await poll(() => errorToasts(page)).toEqual([expect.stringContaining(problem.detail)]);
      // Read, the refusal is closed (it stays until then, over the side panel's tabs).
      await page.getByTestId('toast-error').locator('.toast-close').click();
      for (const { id } of problem.candidates) {
        const issues = page.locator(`tr.candidate-issues[data-candidate-id="${id}"]`);
        await poll(() => issues.textContent()).toMatch(/\S/);
        await page.locator(`tr.candidate[data-candidate-id="${id}"]`).getByTestId('review-reject').click();
        await poll(() =>
          page.locator(`tr.candidate[data-candidate-id="${id}"]`).getAttribute('data-decision'),
        ).toBe('rejected');
      }
      committed = await commitOnce();
    }
    expect(committed.status(), await committed.text()).toBe(201);
    const summary = (await committed.json()) as { sourceId: string; nodes: number; relationships: number };
    committedSource = summary.sourceId;
    expect(summary.nodes).toBeGreaterThanOrEqual(2);

    await poll(() => page.evaluate(() => window.__explorer?.nodeIds() ?? [])).toEqual(
      expect.arrayContaining([FOUNDATION, agreement, 'region-occitanie', 'kumamoto-prefecture']),
    );
    const nodeIds = await page.evaluate(() => window.__explorer?.nodeIds() ?? []);
    expect(nodeIds).not.toContain('cir');
    expect(nodeIds).not.toContain('pole-agri-sud-ouest-innovation');
    expect(await page.evaluate(() => window.__explorer?.previewIds() ?? [])).toEqual([]);
    const edges = await page.evaluate(() => window.__explorer?.edgeIds() ?? []);
    expect(edges.filter((id) => id.includes('PARTY_TO') && id.includes(agreement))).toHaveLength(2);

    // The details panel shows the new foundation with the quote taken from the article and its source.
    await poll(() => page.getByTestId('details-title').textContent()).toBe('Fondation Garrigue Innovation');
    const quotes = page.getByTestId('panel-details').getByTestId('citation-quote');
    await poll(() => quotes.filter({ hasText: FOUNDATION_QUOTE }).count()).toBe(1);
    await poll(() =>
      page.getByTestId('panel-details').getByTestId('citation-source').allTextContents(),
    ).toEqual(
      expect.arrayContaining([expect.stringContaining('Occitanie et Kumamoto : accord sur le saké (test)')]),
    );

    // So does the agreement, with the sentence that says it was signed.
    await page.getByTestId('search-input').fill('Accord de coopération Région Occitanie');
    await page.locator(`[data-testid="search-results"] li[data-node-id="${agreement}"]`).click();
    await poll(() => page.getByTestId('details-title').textContent()).toContain('Accord de coopération');
    await poll(() =>
      page
        .getByTestId('panel-details')
        .getByTestId('citation-quote')
        .filter({ hasText: agreementQuote })
        .count(),
    ).toBe(1);

    // "Open the article": the source's text in a reader, the agreement's quote marked, exactly.
    const citation = page
      .getByTestId('panel-details')
      .locator('li.citation')
      .filter({ has: page.getByTestId('citation-quote').filter({ hasText: agreementQuote }) });
    await citation.getByTestId('open-article').click({ timeout: 30_000 });
    const reader = page.getByTestId('article-reader');
    await reader.waitFor({ timeout: 30_000 });
    await poll(() => reader.getByTestId('article-quote').textContent()).toBe(agreementQuote);
    expect(await reader.locator('mark').count()).toBe(1);
    expect(await reader.getByTestId('article-text').textContent()).toContain('Fondation Garrigue Innovation');
    await reader.getByTestId('article-close').click();
    await poll(() => page.getByTestId('article-reader').count()).toBe(0);

    // Retract the source from the same citation (the tab's token is kept): its facts leave the canvas.
    const retract = citation.getByTestId('retract-start');
    await poll(() => retract.getAttribute('data-source-id')).toBe(committedSource);
    await retract.click();
    await poll(() => citation.getByTestId('retract-summary').textContent()).toMatch(/removes \d+ facts?/);
    expect(await page.getByTestId('write-token-dialog').count()).toBe(0);
    await citation.getByTestId('retract-reason').fill('Test article, withdrawn');
    await citation.getByTestId('retract-confirm-button').click();
    await page.waitForFunction(
      (ids) => !window.__explorer?.nodeIds().some((id) => ids.includes(id)),
      [FOUNDATION, agreement],
      { timeout: 30_000 },
    );
    expect(
      (await page.evaluate(() => window.__explorer?.edgeIds() ?? [])).filter((id) => id.includes(agreement)),
    ).toEqual([]);
    expect((await explorer.app.get(`/api/sources/${committedSource}`)).status).toBe(404);

    // The draft is gone from the open drafts once committed.
    await page.getByTestId('tab-review').click();
    await page.getByTestId('review-drafts-load').click();
    await page
      .locator('[data-testid="review-drafts-empty"], [data-testid="review-drafts"]')
      .first()
      .waitFor();
    expect(await page.locator(`li[data-draft-id="${draftId}"]`).count()).toBe(0);
    expect(await errorToasts(page)).toEqual([]);
  });

  it("in French: a file is read into the form, a wrong file or an empty text is refused in the form, and the server's refusal is shown with its reason, nothing drafted", async () => {
    const { page } = await explorer.open('?lang=fr');
    const drafts = async () => {
      const response = await fetch(`${explorer.app.baseUrl}/api/drafts`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { drafts: { id: string }[] }).drafts.map((draft) => draft.id);
    };
    const before = await drafts();

    await page.getByTestId('add-source').click();
    const dialog = page.getByTestId('add-source-dialog');
    await poll(() => dialog.locator('h2').textContent()).toBe('Ajouter une source');
    await dialog.getByTestId('add-source-submit').click();
    await poll(() => dialog.getByTestId('add-source-error').textContent()).toBe(
      'Collez un texte ou choisissez un fichier d’abord.',
    );

    await dialog.getByTestId('add-source-file').setInputFiles({
      name: 'compte-rendu.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4'),
    });
    await poll(() => dialog.getByTestId('add-source-error').textContent()).toBe(
      '« compte-rendu.pdf » n’est pas un fichier .txt, .md ou .html.',
    );
    const html = `<html><head><style>p { color: red }</style></head><body><p>${ARTICLE}</p></body></html>`;
    await dialog.getByTestId('add-source-file').setInputFiles({
      name: 'article.html',
      mimeType: 'text/html',
      buffer: Buffer.from(html),
    });
    await poll(() => dialog.getByTestId('add-source-format').inputValue()).toBe('html');
    expect(await dialog.getByTestId('add-source-text').inputValue()).toBe(html);

    // A month 13 passes the field's shape but not the server: its problem+json detail is shown.
    await dialog.getByTestId('source-published').fill('2026-13-01');
    await dialog.getByTestId('add-source-submit').click();
    await page.getByTestId('write-token-input').fill(TOKEN);
    await page.getByTestId('write-token-ok').click();
    await poll(() => errorToasts(page)).toEqual([
      expect.stringMatching(/^Le brouillon n’a pas pu être préparé: [\s\S]*YYYY-MM-DD/),
    ]);
    expect(await dialog.getByTestId('add-source-error').textContent()).toContain('published');
    expect(await dialog.isVisible()).toBe(true);
    expect(await drafts()).toEqual(before);
  });
});
