// Profiles one render-benchmark case in headless Chromium with the DevTools protocol's sampling
// profiler and prints the functions with the most self time (`npx tsx tests/bench/render-profile.ts
// [library] [edges]`); the page is built unminified, so that the names are Cytoscape's own. Writes
// bench-results/render-profile.cpuprofile for DevTools.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { REPO_ROOT } from '../../server/shared/config.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';

const PAGE_DIR = path.join(REPO_ROOT, 'bench-results', 'render-profile-page');
const library = process.argv[2] ?? 'cytoscape';
const edges = Number(process.argv[3] ?? 20_000);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

async function main() {
  await build({
    configFile: false,
    root: path.join(REPO_ROOT, 'tests/bench/render'),
    base: './',
    logLevel: 'warn',
    build: { outDir: PAGE_DIR, emptyOutDir: true, minify: false, chunkSizeWarningLimit: 10_000 },
  });
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = path.join(PAGE_DIR, pathname === '/' ? 'index.html' : pathname);
    try {
      const body = readFileSync(file);
      const type = file.endsWith('.js') ? 'text/javascript' : 'text/html';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForFunction('window.benchReady === true');
    const session = await page.context().newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Profiler.start');
    const sample = await page.evaluate(
      `window.bench.run(${JSON.stringify({ library, edges, seed: 20_261_201 + edges, wheels: 2 })})`,
    );
    const { profile } = (await session.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    writeFileSync(
      path.join(REPO_ROOT, 'bench-results', 'render-profile.cpuprofile'),
      JSON.stringify(profile),
    );
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map<string, number>();
    profile.samples.forEach((id, index) => {
      const frame = byId.get(id)?.callFrame;
      if (!frame) return;
      const key = `${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}:${frame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
    console.log(JSON.stringify(sample));
    const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
    for (const [key, ms] of top) console.log(`${ms.toFixed(0).padStart(7)} ms  ${key}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
