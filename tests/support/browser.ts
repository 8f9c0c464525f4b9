// One headless Chromium per test file, from the system (/usr/bin/chromium): never downloaded.

import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Config } from '../../server/shared/config.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { startTestApp, type TestApp } from './test-app.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Browser console errors and uncaught page errors seen so far. */
  errors: string[];
}

/** A fresh context (own storage, downloads allowed) with one page at `url`, the explorer ready. */
export async function openExplorer(
  browser: Browser,
  url: string,
  options: { locale?: string; width?: number; height?: number; firstView?: boolean } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: options.locale ?? 'en-GB',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__explorer !== undefined);
  await page.evaluate(() => window.__explorer?.ready);
  return { context, page, errors };
}

export interface ExplorerFixture {
  /** The real app serving the built client, started once for the file. */
  readonly app: TestApp;
  readonly browser: Browser;
  /** Opens the explorer at a path of the app ("?nodes=…") or a full URL, in a fresh context. */
  open(target?: string, options?: Parameters<typeof openExplorer>[2]): Promise<OpenedPage>;
}

/**
 * The set-up every browser test file shares: one app (with `config`, e.g. an import token) and one
 * Chromium for the file, a fresh browser context per page, every context closed after each test and
 * both closed after the file.
 */
export function useExplorer(options: { config?: Config } = {}): ExplorerFixture {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  const pages: OpenedPage[] = [];
  beforeAll(async () => {
    app = await startTestApp({ clientDir: path.resolve('client/dist'), config: options.config });
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const opened of pages.splice(0)) await opened.context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started (use it inside a test)`);
    return value;
  };
  return {
    get app() {
      return started(app, 'the test app');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
    async open(target = '', options = {}) {
      const base = started(app, 'the test app').baseUrl;
      const url = new URL(/^https?:/.test(target) ? target : `${base}/${target.replace(/^\//, '')}`);
      // Tests start from the empty canvas unless they test the first view itself (firstView: true).
      if (!options.firstView && !url.searchParams.has('start')) url.searchParams.set('start', 'empty');
      const opened = await openExplorer(started(browser, 'Chromium'), url.toString(), options);
      pages.push(opened);
      return opened;
    },
  };
}

/** Types in the toolbar search and picks the result with this node id. */
export async function searchAndAdd(page: Page, text: string, nodeId: string): Promise<void> {
  const before = await page.evaluate(() => window.__explorer?.nodeIds().length ?? 0);
  await page.getByTestId('search-input').fill(text);
  await page.locator(`[data-testid="search-results"] li[data-node-id="${nodeId}"]`).click();
  await page.waitForFunction(
    ([id, count]) =>
      (window.__explorer?.nodeIds().includes(id as string) ?? false) ||
      (window.__explorer?.nodeIds().length ?? 0) > (count as number),
    [nodeId, before] as const,
  );
}

/** Screen position of a node (or an edge's midpoint) on the canvas. */
export async function positionOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const position = await page.evaluate((elementId) => window.__explorer?.position(elementId) ?? null, id);
  if (!position) throw new Error(`"${id}" is not on the canvas`);
  return position;
}

/** Waits for layout animations to settle (positions stop changing). */
export async function settle(page: Page, id: string): Promise<void> {
  let last = '';
  for (let i = 0; i < 40; i += 1) {
    const now = JSON.stringify(
      await page.evaluate((elementId) => window.__explorer?.position(elementId) ?? null, id),
    );
    if (now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
}

export async function doubleClickNode(page: Page, id: string): Promise<void> {
  const { x, y } = await pointOnCanvas(page, id);
  await page.mouse.dblclick(x, y);
}

/** Whether a click at this point reaches the canvas (not the legend or a panel floating over it). */
const reachesCanvas = (page: Page, x: number, y: number) =>
  page.evaluate(
    ([px, py]) =>
      !!document.elementFromPoint(px as number, py as number)?.closest('[data-testid="graph-host"]'),
    [x, y] as const,
  );

/** Clicks a node or an edge where it is drawn. */
export async function clickElement(page: Page, id: string, button: 'left' | 'right' = 'left'): Promise<void> {
  const { x, y } = await pointOnCanvas(page, id);
  await page.mouse.click(x, y, { button });
}

/**
 * Where to click an element once it has settled. The legend is a strip under the canvas, so it
 * should never cover an element; if an open legend does, it is folded first, as an analyst would
 * do; anything else in the way fails with a message that says so rather than clicking the wrong thing.
 */
async function pointOnCanvas(page: Page, id: string): Promise<{ x: number; y: number }> {
  await settle(page, id);
  let { x, y } = await positionOf(page, id);
  if (!(await reachesCanvas(page, x, y))) {
    const openLegend = page.locator('.legend-slot details[open] > summary');
    if ((await openLegend.count()) > 0) await openLegend.first().click();
    ({ x, y } = await positionOf(page, id));
    if (!(await reachesCanvas(page, x, y))) {
      const cover = await page.evaluate(
        ([px, py]) =>
          document.elementFromPoint(px as number, py as number)?.outerHTML.slice(0, 120) ?? 'nothing',
        [x, y] as const,
      );
      throw new Error(`"${id}" at (${x}, ${y}) is covered by ${cover}`);
    }
  }
  return { x, y };
}

export async function errorToasts(page: Page): Promise<string[]> {
  return page.locator('[data-testid="toast-error"]').allInnerTexts();
}

/** expect.poll with room for a cold database and layout animations. */
export const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });
