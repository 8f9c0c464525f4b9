// Render benchmark (`npx tsx tests/bench/render-bench.ts`, also part of `npm run bench`): seeded
// random graphs of 1k, 5k and 20k edges (about a quarter as many nodes) drawn by Cytoscape in
// headless Chromium, with the canvas renderer and with the WebGL renderer. For each: time to first
// frame, layout time (grid at every size; fcose at 1k edges only) and the time of one pan/zoom
// frame. Medians of BENCH_RENDER_REPEATS runs (default 3), each in a fresh page. Prints Markdown
// for the README and writes bench-results/render.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { REPO_ROOT } from '../../server/shared/config.ts';
import { CHROMIUM_ARGS } from '../support/chromium.ts';
import { fmt, type Mode, markdown, type Sample, summarise, threshold } from './render/render-figures.ts';

const EDGE_COUNTS = [1_000, 5_000, 20_000];
const REPEATS = Number(process.env.BENCH_RENDER_REPEATS ?? 3);
/** Viewport changes timed per run (pans and zooms alternately); few, as one software-GL frame of
 * the largest graph can take seconds. */
const PAN_FRAMES = 4;
const SEED = 20_250_601;
const VIEWPORT = { width: 1280, height: 800 };
const BASE_ARGS = CHROMIUM_ARGS;
/** Without a GPU (and with --disable-gpu) WebGL needs ANGLE's software backend. */
const SWIFTSHADER_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** Grid is the fast layout timed at every size: it costs almost nothing to compute, so its time is
 * the cost of moving every element and drawing the result. cose was tried and left out: even at
 * 100 iterations it took ~38 s for 1,250 nodes on the reference machine. */
const layoutsFor = (edges: number): Record<string, Record<string, unknown>> => ({
  grid: { name: 'grid' },
  ...(edges <= 1_000 ? { fcose: { name: 'fcose', randomize: true } } : {}),
});

// --- A local server for the page and the vendored scripts -----------------------------------------
const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'tests/bench/render/page.html', type: 'text/html' },
  '/page.js': { file: 'tests/bench/render/page.js', type: 'text/javascript' },
  '/vendor/cytoscape.min.js': {
    file: 'node_modules/cytoscape/dist/cytoscape.min.js',
    type: 'text/javascript',
  },
  '/vendor/layout-base.js': { file: 'node_modules/layout-base/layout-base.js', type: 'text/javascript' },
  '/vendor/cose-base.js': { file: 'node_modules/cose-base/cose-base.js', type: 'text/javascript' },
  '/vendor/cytoscape-fcose.js': {
    file: 'node_modules/cytoscape-fcose/cytoscape-fcose.js',
    type: 'text/javascript',
  },
};

async function startServer() {
  const server = createServer((request, response) => {
    const entry = FILES[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!entry) return void response.writeHead(404).end();
    response
      .writeHead(200, { 'content-type': entry.type })
      .end(readFileSync(path.join(REPO_ROOT, entry.file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

// --- Browser ---------------------------------------------------------------------------------------
async function openPage(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction('window.benchReady === true');
  return { page, close: () => context.close() };
}

async function probeWebgl(
  browser: Browser,
  url: string,
): Promise<{ webgl2: boolean; renderer: string | null }> {
  const { page, close } = await openPage(browser, url);
  const info = (await page.evaluate('window.bench.webglInfo()')) as {
    webgl2: boolean;
    renderer: string | null;
  };
  await close();
  return info;
}

/** Default flags first; SwiftShader flags only if WebGL 2 is not available without them. */
async function launch(url: string) {
  const launchWith = (args: string[]) => chromium.launch({ executablePath: '/usr/bin/chromium', args });
  let args = BASE_ARGS;
  let browser = await launchWith(args);
  let webgl = await probeWebgl(browser, url);
  if (!webgl.webgl2) {
    await browser.close();
    args = [...BASE_ARGS, ...SWIFTSHADER_ARGS];
    browser = await launchWith(args);
    webgl = await probeWebgl(browser, url);
  }
  return { browser, args, webgl, swiftshaderFlags: args.length > BASE_ARGS.length };
}

async function measure(browser: Browser, url: string, edges: number, mode: Mode): Promise<Sample> {
  const { page, close } = await openPage(browser, url);
  const options = {
    edges,
    webgl: mode === 'webgl',
    seed: SEED + edges,
    layouts: layoutsFor(edges),
    panFrames: PAN_FRAMES,
  };
  try {
    // A string, not a function: tsx would wrap a function with helpers the page does not have.
    return (await page.evaluate(`window.bench.run(${JSON.stringify(options)})`)) as Sample;
  } finally {
    await close();
  }
}

async function main() {
  const { server, url } = await startServer();
  let launched = await launch(url);
  const { args, webgl, swiftshaderFlags } = launched;
  const chromiumVersion = launched.browser.version();
  const modes: Mode[] = webgl.webgl2 ? ['canvas', 'webgl'] : ['canvas'];
  const samples = new Map<string, Sample[]>();
  const failures: string[] = [];
  try {
    for (const edges of EDGE_COUNTS) {
      for (let repeat = 0; repeat < REPEATS; repeat++) {
        // Alternate which renderer goes first, so neither always runs on a warmer browser.
        for (const mode of repeat % 2 ? [...modes].reverse() : modes) {
          const label = `${edges} edges, ${mode}, run ${repeat + 1}`;
          let sample: Sample | undefined;
          for (let attempt = 1; attempt <= 2 && !sample; attempt++) {
            try {
              sample = await measure(launched.browser, url, edges, mode);
            } catch (error) {
              // Software WebGL can take the GPU process down on the largest graph: note it, retry once
              // in a fresh browser.
              failures.push(
                `${label}, attempt ${attempt}: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
              );
              await launched.browser.close().catch(() => undefined);
              launched = await launch(url);
            }
          }
          if (!sample) continue;
          if (mode === 'webgl' && !sample.webgl)
            throw new Error('the WebGL run fell back to the canvas renderer');
          const key = `${edges}:${mode}`;
          samples.set(key, [...(samples.get(key) ?? []), sample]);
          process.stderr.write(`  ${label}: first frame ${fmt(sample.firstFrameMs)} ms\n`);
        }
      }
    }
  } finally {
    await launched.browser.close();
    server.close();
  }

  const rows = EDGE_COUNTS.flatMap((edges) =>
    modes.map((mode) => summarise(edges, mode, samples.get(`${edges}:${mode}`) ?? [])),
  );
  const verdict = threshold(rows, EDGE_COUNTS);
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    chromium: chromiumVersion,
  };
  const date = new Date().toISOString();

  console.log(`Render benchmark, ${date}`);
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; Chromium ${machine.chromium}`,
  );
  console.log(
    `WebGL: ${webgl.webgl2 ? webgl.renderer : 'unavailable'}${swiftshaderFlags ? ' (needed --use-angle=swiftshader --enable-unsafe-swiftshader)' : ' (default flags)'}`,
  );
  console.log(
    `Median of ${REPEATS} runs; viewport ${VIEWPORT.width}×${VIEWPORT.height}; first frame = Cytoscape creation → first draw + one animation frame.\n`,
  );
  console.log(markdown(rows));
  for (const failure of failures) console.log(`Failed run (retried): ${failure}`);
  console.log(
    `\nThreshold: ${verdict.note}${verdict.elements ? ` → WEBGL_THRESHOLD ≈ ${verdict.elements} elements` : ''}.`,
  );

  mkdirSync(path.join(REPO_ROOT, 'bench-results'), { recursive: true });
  const output = path.join(REPO_ROOT, 'bench-results', 'render.json');
  writeFileSync(
    output,
    `${JSON.stringify({ date, machine, chromiumArgs: args, webgl, repeats: REPEATS, seed: SEED, failures, rows, samples: Object.fromEntries(samples), threshold: verdict }, null, 2)}\n`,
  );
  console.log(`\nWrote ${path.relative(REPO_ROOT, output)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
