// Citable briefs and the picture exports (issue 12, bug 11), in a real Chromium against the real API.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { clickElement, useExplorer } from '../support/browser.ts';
import { pdfText } from '../support/pdf-text.ts';

vi.setConfig({ testTimeout: 90_000 });

const explorer = useExplorer();
const CANVAS = ['vitagora', 'naro', 'dijon-metropole', 'mou-dijon-naro-vitagora-2025'];
// Whitespace aside, and ligatures (ﬁ, ﬂ, ﬃ as printed) as their letters.
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

interface Expected {
  quotes: string[];
  titles: string[];
}

/** The quotes of Vitagora's links on this canvas and their sources' titles, from the API itself. */
async function vitagoraEvidence(): Promise<Expected> {
  const subgraph = await explorer.app.post('/api/subgraph', { ids: CANVAS });
  const edges = (
    subgraph.body.edges as { source: string; target: string; properties: Record<string, unknown> }[]
  ).filter((edge) => edge.source === 'vitagora' || edge.target === 'vitagora');
  const quotes = edges.flatMap((edge) => (edge.properties.quotes as string[] | undefined) ?? []);
  const ids = new Set(edges.flatMap((edge) => (edge.properties.sources as string[] | undefined) ?? []));
  const sources = (await explorer.app.get('/api/sources')).body.sources as {
    id: string;
    properties: { title?: string };
  }[];
  const titles = sources
    .filter((source) => ids.has(source.id))
    .map((source) => String(source.properties.title));
  return { quotes, titles };
}

async function exported(page: Page, format: string): Promise<Buffer> {
  await page.getByTestId('export-toggle').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`export-${format}`).click(),
  ]);
  return readFile(await download.path());
}

async function openCanvas(): Promise<Page> {
  const { page } = await explorer.open(`?nodes=${CANVAS.join(',')}`);
  await page.waitForFunction(() => (window.__explorer?.edgeIds().length ?? 0) > 0);
  return page;
}

describe('brief of the selected node', () => {
  it('when the analyst exports a brief as HTML › it holds the picture, each link’s quote and its source’s title', async () => {
    const expected = await vitagoraEvidence();
    expect(expected.quotes.length).toBeGreaterThan(0);
    expect(expected.titles.length).toBeGreaterThan(0);
    const page = await openCanvas();
    await clickElement(page, 'vitagora');
    const html = (await exported(page, 'brief-html')).toString('utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|<link /);
    // Read as a reader would: the text of the document, not its markup.
    const reader = await explorer.browser.newPage();
    await reader.setContent(html);
    const text = squeeze((await reader.locator('body').textContent()) ?? '');
    await reader.close();
    expect(text).toContain(squeeze('Brief: Vitagora'));
    for (const quote of expected.quotes) expect(text).toContain(squeeze(quote));
    for (const title of expected.titles) expect(text).toContain(squeeze(title));
  });

  it('when the analyst prints the brief as PDF › the printed pages hold the quotes and the sources’ titles', async () => {
    const expected = await vitagoraEvidence();
    expect(expected.quotes.length).toBeGreaterThan(0);
    const page = await openCanvas();
    await clickElement(page, 'vitagora');
    await page.getByTestId('export-toggle').click();
    const [printed] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByTestId('export-brief-pdf').click(),
    ]);
    await printed.waitForLoadState();
    await printed.emulateMedia({ media: 'print' });
    const pdf = await printed.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = squeeze(pdfText(pdf));
    expect(text).toContain(squeeze('Vitagora'));
    for (const quote of expected.quotes) expect(text).toContain(squeeze(quote));
    for (const title of expected.titles) expect(text).toContain(squeeze(title));
  });
});

describe('SVG export (bug 11)', () => {
  it('when the analyst exports the picture › labels are wrapped inside it and it names its sources with caption and legend', async () => {
    const expected = await vitagoraEvidence();
    const page = await openCanvas();
    const svg = (await exported(page, 'svg')).toString('utf8');
    const [vx, vy, vw, vh] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number) as number[];
    const texts = [...svg.matchAll(/<text x="([-\d.]+)" y="([-\d.]+)"[^>]*>([\s\S]*?)<\/text>/g)];
    expect(texts.length).toBeGreaterThan(CANVAS.length);
    for (const [, x, y, content] of texts) {
      // Inside the frame, and no line longer than a wrapped label (the notes band wraps at its width).
      expect(Number(x)).toBeGreaterThanOrEqual(vx ?? 0);
      expect(Number(x)).toBeLessThanOrEqual((vx ?? 0) + (vw ?? 0));
      expect(Number(y)).toBeGreaterThanOrEqual(vy ?? 0);
      expect(Number(y)).toBeLessThanOrEqual((vy ?? 0) + (vh ?? 0));
      expect(content).toBeTruthy();
    }
    const nodeLines = [
      ...(/<g class="nodes">([\s\S]*?)<\/g>\s*<g class="notes">/.exec(svg)?.[1] ?? '').matchAll(
        /<tspan[^>]*>([^<]*)<\/tspan>/g,
      ),
    ];
    expect(nodeLines.length).toBeGreaterThan(0);
    for (const [, line] of nodeLines) expect((line ?? '').length).toBeLessThanOrEqual(19);
    expect(svg).toContain('Organisation');
    // The sources are named under the picture (wrapped to its width, so read as one text).
    const notes = [
      ...(/<g class="notes">([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '').matchAll(/<text[^>]*>([^<]*)<\/text>/g),
    ]
      .map((match) => match[1] ?? '')
      .join(' ')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&');
    expect(squeeze(notes)).toContain(squeeze('actors and facts'));
    expect(expected.titles.length).toBeGreaterThan(0);
    for (const title of expected.titles) expect(squeeze(notes)).toContain(squeeze(title));
  });

  it('when the analyst exports JSON › each element names its sources by title, publisher and date', async () => {
    const expected = await vitagoraEvidence();
    const page = await openCanvas();
    const json = JSON.parse((await exported(page, 'json')).toString('utf8'));
    expect(json.sources.length).toBeGreaterThan(0);
    const vitagora = json.nodes.find((node: { id: string }) => node.id === 'vitagora');
    expect(vitagora.properties.sourceTitles.length).toBeGreaterThan(0);
    for (const title of expected.titles) expect(JSON.stringify(json.edges)).toContain(title);
  });
});
