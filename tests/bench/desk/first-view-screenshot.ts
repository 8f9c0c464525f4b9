// The README's picture of the first view (`npx tsx tests/bench/desk/first-view-screenshot.ts`):
// the explorer on the curated data, freshly loaded at 1440×900 in the system Chromium, written to
// docs/first-view.png. Needs the built client (`npm run build`).
import path from 'node:path';
import { chromium } from 'playwright-core';
import { REPO_ROOT } from '../../../server/shared/config.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../support/chromium.ts';
import { startCuratedApp } from './curated-app.ts';

const app = await startCuratedApp();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  await page.goto(`${app.baseUrl}/`);
  await page.waitForFunction(() => window.__explorer !== undefined);
  await page.evaluate(() => window.__explorer?.ready);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="start-source"]').length > 0);
  // Let the fit animation end before the picture.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.waitForTimeout(800);
  const file = path.join(REPO_ROOT, 'docs/first-view.png');
  await page.screenshot({ path: file });
  const boxes = await page.evaluate(() => window.__explorer?.labelBoxes().length);
  console.log(`wrote ${file} (${boxes} labels drawn)`);
} finally {
  await browser.close();
  await app.stop();
}
