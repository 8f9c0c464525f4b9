// Browser bench of the analyst's desk (`npx tsx tests/bench/desk-bench.ts`, also part of
// `npm run bench`): on the curated data served as `npm start` serves it, in the system Chromium at
// 1280×800, a fresh browser context per measurement, the wall-clock time the analyst waits for:
// page load to a usable canvas, the first view drawn (network laid out, labels chosen, sources
// listed), an expansion (double-click → neighbours placed), a path (submit → paths listed and
// drawn) and the partnership view (click → drawn). BENCH_DESK_REPEATS runs each (default 5).
// Prints Markdown for the README and writes bench-results/desk.json. Needs `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/shared/config.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { startCuratedApp } from './desk/curated-app.ts';

const REPEATS = Number(process.env.BENCH_DESK_REPEATS ?? 5);
const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT = 60_000;

const idle = (page: Page) =>
  page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
    timeout: TIMEOUT,
    polling: 'raf',
  });

async function freshPage(browser: Browser): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

async function explorerReady(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__explorer !== undefined, undefined, { timeout: TIMEOUT });
  await page.evaluate(() => window.__explorer?.ready);
}

type Case = (browser: Browser, base: string) => Promise<number>;

const cases: Record<string, Case> = {
  'page load → usable canvas (empty canvas, search ready)': async (browser, base) => {
    const { page, close } = await freshPage(browser);
    const started = performance.now();
    await explorerReady(page, `${base}/?start=empty`);
    const elapsed = performance.now() - started;
    await close();
    return elapsed;
  },
  'page load → first view drawn (network, labels, sources)': async (browser, base) => {
    const { page, close } = await freshPage(browser);
    const started = performance.now();
    await explorerReady(page, `${base}/`);
    await page.waitForFunction(
      () =>
        window.__explorer?.mode() === 'partners' &&
        (window.__explorer?.labelBoxes().length ?? 0) > 0 &&
        document.querySelectorAll('[data-testid="start-source"]').length > 0,
      undefined,
      { timeout: TIMEOUT, polling: 'raf' },
    );
    await idle(page);
    const elapsed = performance.now() - started;
    await close();
    return elapsed;
  },
  'expand Vitagora (double-click → neighbours placed)': async (browser, base) => {
    const { page, close } = await freshPage(browser);
    await explorerReady(page, `${base}/?nodes=vitagora&start=empty`);
    await page.waitForFunction(() => window.__explorer?.nodeIds().includes('vitagora'));
    await idle(page);
    const point = await page.evaluate(() => window.__explorer?.position('vitagora'));
    if (!point) throw new Error('vitagora is not on the canvas');
    const started = performance.now();
    await page.mouse.dblclick(point.x, point.y);
    await page.waitForFunction(() => (window.__explorer?.nodeIds().length ?? 0) > 5, undefined, {
      timeout: TIMEOUT,
      polling: 'raf',
    });
    await idle(page);
    const elapsed = performance.now() - started;
    await close();
    return elapsed;
  },
  'paths Wisconsin delegation → Kumamoto (submit → drawn)': async (browser, base) => {
    const { page, close } = await freshPage(browser);
    await explorerReady(page, `${base}/?start=empty&panel=paths`);
    await page.getByTestId('tab-paths').click();
    await page.getByTestId('paths-from-input').fill('wisconsin');
    await page
      .locator('[data-testid="paths-from-results"] li[data-node-id="wisconsin-delegation-bfc-2025"]')
      .click();
    await page.getByTestId('paths-to-input').fill('kumamoto');
    await page.locator('[data-testid="paths-to-results"] li[data-node-id="kumamoto-prefecture"]').click();
    const started = performance.now();
    await page.getByTestId('paths-submit').click();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid="path"]').length > 0 &&
        (window.__explorer?.highlighted().length ?? 0) > 0,
      undefined,
      { timeout: TIMEOUT, polling: 'raf' },
    );
    await idle(page);
    const elapsed = performance.now() - started;
    await close();
    return elapsed;
  },
  'partnership view of an expanded canvas (click → drawn)': async (browser, base) => {
    const { page, close } = await freshPage(browser);
    await explorerReady(page, `${base}/?nodes=vitagora,dijon-metropole,naro,kumamoto-prefecture&start=empty`);
    await page.waitForFunction(() => (window.__explorer?.nodeIds().length ?? 0) >= 4);
    await idle(page);
    const started = performance.now();
    await page.getByTestId('mode-partners').click();
    await page.waitForFunction(() => window.__explorer?.mode() === 'partners', undefined, {
      timeout: TIMEOUT,
      polling: 'raf',
    });
    await idle(page);
    const elapsed = performance.now() - started;
    await close();
    return elapsed;
  },
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const app = await startCuratedApp();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
try {
  // One warm-up of every case (the database's and the browser's caches), then interleaved repeats.
  for (const run of Object.values(cases)) await run(browser, app.baseUrl);
  for (let repeat = 0; repeat < REPEATS; repeat += 1)
    for (const [name, run] of Object.entries(cases)) {
      const elapsed = await run(browser, app.baseUrl);
      samples[name]?.push(elapsed);
      process.stderr.write(`[bench] ${name}: ${elapsed.toFixed(0)} ms\n`);
    }
} finally {
  await browser.close();
  await app.stop();
}
const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Neo4j ${app.neo4jVersion} embedded, Chromium headless`;
const rows = Object.entries(samples).map(([name, values]) => ({
  name,
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
}));
const date = new Date().toISOString();
console.log(
  `\nDesk browser bench, ${date.slice(0, 10)}, ${machine}, load average ${os.loadavg()[0]?.toFixed(1)}, ${REPEATS} runs each\n`,
);
console.log('| step | median | min | max |\n|---|---|---|---|');
for (const row of rows)
  console.log(
    `| ${row.name} | ${row.median.toFixed(0)} ms | ${row.min.toFixed(0)} ms | ${row.max.toFixed(0)} ms |`,
  );
mkdirSync(path.join(REPO_ROOT, 'bench-results'), { recursive: true });
writeFileSync(
  path.join(REPO_ROOT, 'bench-results/desk.json'),
  `${JSON.stringify({ date, machine, loadAverage: os.loadavg(), repeats: REPEATS, rows, samples }, null, 2)}\n`,
);
