// Render benchmark (`npx tsx tests/bench/render-bench.ts`, also part of `npm run bench`): the same
// seeded graphs of 2k, 5k and 20k edges (a quarter as many nodes, power-law degrees, positions
// given) drawn by the explorer's Cytoscape (its style and level of detail, canvas and WebGL), by
// Cytoscape without the level of detail, by sigma.js and by vis-network, interleaved in one headless
// Chromium run (the order of the libraries rotates at each repeat), one fresh page per measurement.
// Times come from the page itself: first frame, the draw call timed apart from the frame, wheel
// event → next frame; the JS heap comes from the DevTools protocol after garbage collection.
// BENCH_RENDER_REPEATS runs each (default 3); the sizes can be narrowed with BENCH_RENDER_EDGES. Prints Markdown for the README, writes
// bench-results/render.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { REPO_ROOT } from '../../server/shared/config.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import {
  fmt,
  LIBRARIES,
  type Library,
  markdown,
  type Sample,
  summarise,
  verdict,
  webglFaster,
} from './render/render-figures.ts';

/** BENCH_RENDER_EDGES=2000,5000 runs fewer sizes (a quick check). */
const EDGE_COUNTS = (process.env.BENCH_RENDER_EDGES ?? '2000,5000,20000').split(',').map(Number);
const REPEATS = Number(process.env.BENCH_RENDER_REPEATS ?? 3);
/** Wheel events timed per run, zooming in and out alternately. */
const WHEELS = 4;
const SEED = 20_261_201;
const VIEWPORT = { width: 1280, height: 800 };
/** sigma.js and Cytoscape's WebGL mode need WebGL 2; on a GPU-less machine that is ANGLE's software
 * backend, which --disable-gpu alone turns off. */
const SWIFTSHADER_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
/** One measurement that takes longer than this is recorded as failed (a hung renderer). */
const RUN_TIMEOUT_MS = 180_000;
const PAGE_DIR = path.join(REPO_ROOT, 'bench-results', 'render-page');

async function buildPage(): Promise<void> {
  await build({
    configFile: false,
    root: path.join(REPO_ROOT, 'tests/bench/render'),
    base: './',
    logLevel: 'warn',
    build: { outDir: PAGE_DIR, emptyOutDir: true, chunkSizeWarningLimit: 10_000 },
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function startServer() {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = path.join(PAGE_DIR, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(PAGE_DIR)) return void response.writeHead(404).end();
    try {
      const body = readFileSync(file);
      response
        .writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

async function openPage(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (error) => process.stderr.write(`  page error: ${error.message}\n`));
  await page.goto(url);
  await page.waitForFunction('window.benchReady === true');
  return { page, close: () => context.close() };
}

async function launch(url: string) {
  const args = [...CHROMIUM_ARGS, ...SWIFTSHADER_ARGS];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args });
  const { page, close } = await openPage(browser, url);
  const webgl = (await page.evaluate('window.bench.webglInfo()')) as {
    webgl2: boolean;
    renderer: string | null;
  };
  await close();
  return { browser, args, webgl };
}

/** The page's JS heap after a full garbage collection. */
async function heapUsed(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

async function measure(browser: Browser, url: string, library: Library, edges: number): Promise<Sample> {
  const { page, close } = await openPage(browser, url);
  try {
    const before = await heapUsed(page);
    const options = { library, edges, seed: SEED + edges, wheels: WHEELS };
    // A string, not a function: tsx would wrap a function with helpers the page does not have.
    const run = page.evaluate(`window.bench.run(${JSON.stringify(options)})`) as Promise<Sample>;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no result after ${RUN_TIMEOUT_MS / 1000} s`)),
        RUN_TIMEOUT_MS,
      );
    });
    const sample = await Promise.race([run, timeout]).finally(() => clearTimeout(timer));
    sample.heapBytes = (await heapUsed(page)) - before;
    await page.evaluate('window.bench.destroy()');
    return sample;
  } finally {
    await close();
  }
}

async function main() {
  process.stderr.write('building the benchmark page…\n');
  await buildPage();
  const { server, url } = await startServer();
  let launched = await launch(url);
  const { args, webgl } = launched;
  const chromiumVersion = launched.browser.version();
  // BENCH_RENDER_LIBRARIES=sigma,cytoscape narrows the libraries (a quick check).
  const chosen = (process.env.BENCH_RENDER_LIBRARIES ?? LIBRARIES.join(',')).split(',');
  const libraries = LIBRARIES.filter(
    (library) =>
      chosen.includes(library) && (webgl.webgl2 || (library !== 'sigma' && library !== 'cytoscape-webgl')),
  );
  const samples = new Map<string, Sample[]>();
  const failures: string[] = [];
  try {
    for (const edges of EDGE_COUNTS) {
      for (let repeat = 0; repeat < REPEATS; repeat++) {
        // Rotate the order, so that no library always runs first (or last) on a warm browser.
        const order = libraries.map((_, i) => libraries[(i + repeat) % libraries.length] as Library);
        for (const library of order) {
          const label = `${edges} edges, ${library}, run ${repeat + 1}`;
          try {
            const sample = await measure(launched.browser, url, library, edges);
            if (library === 'cytoscape-webgl' && !sample.webgl)
              throw new Error('Cytoscape fell back to the canvas renderer');
            const key = `${library}:${edges}`;
            samples.set(key, [...(samples.get(key) ?? []), sample]);
            const phases = Object.entries(sample.phases)
              .map(([name, ms]) => `${name} ${fmt(ms)}`)
              .join(', ');
            process.stderr.write(
              `  ${label}: first frame ${fmt(sample.firstFrameMs)} ms${phases ? ` (${phases})` : ''}, wheel→frame ${sample.wheelFrameMs.map(fmt).join('/')} ms\n`,
            );
          } catch (error) {
            // Software WebGL can take the GPU process down on the largest graph: note it and go on
            // in a fresh browser.
            failures.push(`${label}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
            await launched.browser.close().catch(() => undefined);
            launched = await launch(url);
          }
        }
      }
    }
  } finally {
    await launched.browser.close();
    server.close();
  }

  const rows = EDGE_COUNTS.flatMap((edges) =>
    libraries.map((library) => summarise(library, edges, samples.get(`${library}:${edges}`) ?? [])),
  );
  const explorerAt20k = rows.find(
    (row) => row.library === 'cytoscape' && row.edges === 20_000 && row.runs > 0,
  );
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    chromium: chromiumVersion,
    load: os.loadavg().map((value) => value.toFixed(1)),
  };
  const date = new Date().toISOString();
  console.log(`Render benchmark, ${date}`);
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; Chromium ${machine.chromium}; load ${machine.load.join(' ')}`,
  );
  console.log(
    `WebGL: ${webgl.webgl2 ? webgl.renderer : 'unavailable (sigma.js and Cytoscape WebGL skipped)'}`,
  );
  console.log(
    `Median of ${REPEATS} runs × ${WHEELS} wheel events; viewport ${VIEWPORT.width}×${VIEWPORT.height}.\n`,
  );
  console.log(markdown(rows));
  console.log('\nThe explorer at 20,000 edges:');
  for (const line of verdict(explorerAt20k)) console.log(`- ${line}`);
  for (const edges of EDGE_COUNTS) {
    const faster = webglFaster(rows, edges);
    if (faster !== null)
      console.log(`- Cytoscape WebGL faster than canvas at ${edges} edges: ${faster ? 'yes' : 'no'}`);
  }
  for (const failure of failures) console.log(`Failed run: ${failure}`);

  const output = path.join(REPO_ROOT, 'bench-results', 'render.json');
  mkdirSync(path.dirname(output), { recursive: true });
  writeFileSync(
    output,
    `${JSON.stringify({ date, machine, chromiumArgs: args, webgl, repeats: REPEATS, wheels: WHEELS, seed: SEED, failures, rows, samples: Object.fromEntries(samples) }, null, 2)}\n`,
  );
  console.log(`\nWrote ${path.relative(REPO_ROOT, output)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
