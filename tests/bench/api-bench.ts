// API benchmark (`npm run bench`): for search, neighbourhood expansion and a path query on the
// curated graph, the median time through the HTTP API next to the same Cypher through the bare
// driver, interleaved in one run, and the CPU this process spends per call either way; then 50
// concurrent clients, through the API (in this process, and as its own server process, as deployed)
// and through the driver, alternating, three times each; then cold-start times of the embedded
// database and of `npm start` (BENCH_STARTUP=0 skips those). Prints Markdown and writes
// bench-results/api.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { createApp } from '../../server/app.ts';
import { DEFAULT_MAX_DEGREE, HUB_EXEMPT_LABELS } from '../../server/contract/api.ts';
import { createDatabase, createDriver } from '../../server/database/database.ts';
import { startEmbeddedNeo4j } from '../../server/database/embedded/embedded-neo4j.ts';
import { loadQueryRegistry } from '../../server/database/query-registry.ts';
import { applySchema } from '../../server/database/schema-setup.ts';
import { readDatasetFolder } from '../../server/import/dataset-files.ts';
import { importDocuments } from '../../server/import/dataset-loader.ts';
import { toLuceneQuery } from '../../server/search/search-service.ts';
import { loadConfig, REPO_ROOT } from '../../server/shared/config.ts';
import { filterParameters } from '../../server/shared/filter-parameters.ts';
import { createLogger } from '../../server/shared/logger.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const CONCURRENT_CLIENTS = 50;
const REQUESTS_PER_CLIENT = 20;
const LOAD_REPETITIONS = 3;
const MEASURE_STARTUP = process.env.BENCH_STARTUP !== '0';
const PASSWORD = 'bench-password-1';

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
const ms = (value: number) => value.toFixed(2);

// node:http with keep-alive: fetch (undici) adds about 0.7 ms per request of its own on this machine.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
function httpGet(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        if ((response.statusCode ?? 500) >= 400) reject(new Error(`${url} answered ${response.statusCode}`));
        response.resume();
        response.on('end', resolve);
      })
      .on('error', reject);
  });
}
const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cge-bench-'));
  const coldStarted = performance.now();
  const embedded = await startEmbeddedNeo4j({ dataDir, boltPort: 0, password: PASSWORD, heap: '1g' });
  const embeddedColdMs = performance.now() - coldStarted;
  const config = loadConfig({ NEO4J_URI: embedded.uri, NEO4J_PASSWORD: PASSWORD, LOG_LEVEL: 'silent' });
  const queries = loadQueryRegistry();
  const driverForApp = createDriver(embedded.uri, config);
  const db = createDatabase(driverForApp, embedded.uri, queries, config);
  await applySchema(db);
  await importDocuments(db, readDatasetFolder());

  const app = createApp({ db, config, logger: createLogger('silent') });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bare = neo4j.driver(embedded.uri, neo4j.auth.basic('neo4j', PASSWORD));
  const read = (name: Parameters<typeof queries.get>[0], params: Record<string, unknown>) =>
    bare.executeQuery(queries.get(name), params, { routing: neo4j.routing.READ });

  const cases = [
    {
      name: 'search "vitag"',
      api: '/api/search?q=vitag',
      driver: () =>
        // The API reads five times the page to rank ties: the same query, same parameters, here.
        read('searchNodes', { query: toLuceneQuery('vitag'), labels: [], limit: neo4j.int(100) }),
    },
    {
      name: 'expand NARO neighbours',
      api: '/api/nodes/naro/neighbours',
      // The API counts groups first, then reads the page: the bare driver does the same two queries.
      driver: async () => {
        await read('nodeNeighbourCounts', { id: 'naro', includeSources: false, ...filterParameters({}) });
        await read('expandNeighbours', {
          id: 'naro',
          types: [],
          labels: [],
          direction: 'both',
          includeSources: false,
          ...filterParameters({}),
          skip: neo4j.int(0),
          limit: neo4j.int(50),
        });
      },
    },
    {
      name: 'shortest path Wisconsin delegation → Kumamoto',
      api: '/api/paths?from=wisconsin-delegation-bfc-2025&to=kumamoto-prefecture',
      driver: () =>
        read('shortestPath', {
          from: 'wisconsin-delegation-bfc-2025',
          to: 'kumamoto-prefecture',
          types: [],
          avoid: ['Place', 'Topic', 'Source'],
          maxHops: neo4j.int(6),
          limit: neo4j.int(1),
          maxDegree: neo4j.int(DEFAULT_MAX_DEGREE),
          hubExemptLabels: HUB_EXEMPT_LABELS,
          ...filterParameters({}),
          includeUndated: true,
        }),
    },
  ];

  const sideBySide = [];
  for (const benchCase of cases) {
    progress(benchCase.name);
    const viaApi = () => httpGet(base + benchCase.api);
    for (let i = 0; i < 30; i++) {
      await viaApi();
      await benchCase.driver();
    }
    const apiTimes: number[] = [];
    const driverTimes: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      // Interleaved, alternating which goes first, so drift and caches treat both alike.
      if (i % 2 === 0) {
        apiTimes.push(await timed(viaApi));
        driverTimes.push(await timed(benchCase.driver));
      } else {
        driverTimes.push(await timed(benchCase.driver));
        apiTimes.push(await timed(viaApi));
      }
    }
    const apiMedian = quantile(apiTimes, 0.5);
    const driverMedian = quantile(driverTimes, 0.5);
    // CPU time of this process per call (the HTTP client, the API and its driver, or the bare
    // driver alone): far less sensitive than wall time to what else the machine runs.
    const cpu = { api: 0, driver: 0 };
    for (let block = 0; block < 6; block++) {
      for (const [side, work] of [
        ['api', viaApi],
        ['driver', benchCase.driver],
      ] as const) {
        const before = process.cpuUsage();
        for (let i = 0; i < 50; i++) await work();
        const used = process.cpuUsage(before);
        cpu[side] += (used.user + used.system) / 300;
      }
    }
    sideBySide.push({
      name: benchCase.name,
      driverMedianMs: driverMedian,
      apiMedianMs: apiMedian,
      ratio: apiMedian / driverMedian,
      apiP95Ms: quantile(apiTimes, 0.95),
      apiCpuUs: cpu.api,
      driverCpuUs: cpu.driver,
    });
  }

  progress(`${CONCURRENT_CLIENTS} concurrent clients`);
  /** 50 clients, each running the three queries in turn, through the API or the bare driver. */
  const underLoad = async (run: (benchCase: (typeof cases)[number]) => Promise<unknown>) => {
    const times: number[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENT_CLIENTS }, async (_, client) => {
        for (let i = 0; i < REQUESTS_PER_CLIENT; i++) {
          const benchCase = cases[(client + i) % cases.length];
          if (benchCase) times.push(await timed(() => run(benchCase)));
        }
      }),
    );
    return { times, wallMs: performance.now() - started };
  };
  // The API as deployed: its own server process (npm start's entry point) on the same database.
  const separate = await startServerProcess(embedded.uri);
  const sides = {
    driver: (benchCase: (typeof cases)[number]) => benchCase.driver(),
    api: (benchCase: (typeof cases)[number]) => httpGet(base + benchCase.api),
    apiProcess: (benchCase: (typeof cases)[number]) => httpGet(separate.base + benchCase.api),
  };
  for (const run of Object.values(sides)) await underLoad(run);
  const loads: Record<keyof typeof sides, Awaited<ReturnType<typeof underLoad>>[]> = {
    driver: [],
    api: [],
    apiProcess: [],
  };
  // Alternating, so that a busy spell of the machine does not fall on one side only.
  for (let repetition = 0; repetition < LOAD_REPETITIONS; repetition++) {
    for (const [side, run] of Object.entries(sides) as [keyof typeof sides, (typeof sides)['api']][]) {
      loads[side].push(await underLoad(run));
    }
  }
  await separate.stop();
  const summarise = (runs: Awaited<ReturnType<typeof underLoad>>[]) => {
    const times = runs.flatMap((run) => run.times);
    return {
      requests: times.length,
      p50Ms: quantile(times, 0.5),
      p95Ms: quantile(times, 0.95),
      // The median of the repetitions' throughputs.
      throughputPerSecond: quantile(
        runs.map((run) => (run.times.length / run.wallMs) * 1000),
        0.5,
      ),
    };
  };
  const concurrentSummary = {
    driver: summarise(loads.driver),
    api: summarise(loads.api),
    apiProcess: summarise(loads.apiProcess),
  };

  server.closeAllConnections();
  server.close();
  await bare.close();
  await db.close();
  await embedded.stop();

  let startup: Record<string, number> | undefined;
  if (MEASURE_STARTUP) {
    // A second start of the same store: the "cached jars, existing data" case.
    const warmStarted = performance.now();
    const again = await startEmbeddedNeo4j({ dataDir, boltPort: 0, password: PASSWORD, heap: '1g' });
    const embeddedWarmMs = performance.now() - warmStarted;
    await again.stop();
    progress('npm start, twice');
    startup = { embeddedColdMs, embeddedWarmMs, ...(await timeNpmStart()) };
  }
  rmSync(dataDir, { recursive: true, force: true });

  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Neo4j ${embedded.version} embedded`;
  const report = {
    date: new Date().toISOString(),
    machine,
    rounds: ROUNDS,
    sideBySide,
    concurrent: {
      clients: CONCURRENT_CLIENTS,
      repetitions: LOAD_REPETITIONS,
      ...concurrentSummary,
      apiToDriverThroughput:
        concurrentSummary.api.throughputPerSecond / concurrentSummary.driver.throughputPerSecond,
      apiProcessToDriverThroughput:
        concurrentSummary.apiProcess.throughputPerSecond / concurrentSummary.driver.throughputPerSecond,
    },
    ...(startup ? { startup } : {}),
  };
  mkdirSync(path.join(REPO_ROOT, 'bench-results'), { recursive: true });
  writeFileSync(path.join(REPO_ROOT, 'bench-results', 'api.json'), `${JSON.stringify(report, null, 2)}\n`);

  console.log(`\n### API benchmark (${report.date.slice(0, 10)}; ${machine})\n`);
  console.log(`${ROUNDS} interleaved rounds per query, sequential, loopback.\n`);
  console.log(
    '| query | bare driver median (ms) | API median (ms) | API / driver | API p95 (ms) | CPU per call, driver / API (µs) |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const row of sideBySide) {
    console.log(
      `| ${row.name} | ${ms(row.driverMedianMs)} | ${ms(row.apiMedianMs)} | ${row.ratio.toFixed(2)}× | ${ms(row.apiP95Ms)} | ${row.driverCpuUs.toFixed(0)} / ${row.apiCpuUs.toFixed(0)} |`,
    );
  }
  const c = report.concurrent;
  const line = (label: string, side: typeof c.api) =>
    `${label}: p50 ${ms(side.p50Ms)} ms, p95 ${ms(side.p95Ms)} ms, ${side.throughputPerSecond.toFixed(0)} requests/s`;
  console.log(
    `\n${c.clients} concurrent clients, the three queries mixed, ${c.repetitions} alternating runs of ${c.driver.requests / c.repetitions} requests each side (throughput: median of the runs):`,
  );
  console.log(`- ${line('bare driver', c.driver)}`);
  console.log(
    `- ${line('API in the load generator’s process', c.api)} (${c.apiToDriverThroughput.toFixed(2)}× the driver’s throughput)`,
  );
  console.log(
    `- ${line('API as its own server process', c.apiProcess)} (${c.apiProcessToDriverThroughput.toFixed(2)}× the driver’s throughput)`,
  );
  const s = report.startup;
  if (s) {
    console.log(
      `\nStart-up with cached jars: embedded Neo4j on a new store ${ms((s.embeddedColdMs ?? 0) / 1000)} s, on an existing store ${ms((s.embeddedWarmMs ?? 0) / 1000)} s; ` +
        `\`npm start\` to "ready" on a new store (schema + curated dataset) ${ms((s.npmStartFreshMs ?? 0) / 1000)} s, on the existing store ${ms((s.npmStartAgainMs ?? 0) / 1000)} s.`,
    );
  }
}

/** `npm start`'s entry point as a child process on an external (already set-up) database. */
async function startServerProcess(uri: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_PASSWORD: PASSWORD,
      PORT: String(port),
      SETUP_ON_START: 'never',
      // The in-process API logs nothing either: the comparison is of the same work.
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('is ready at')) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`the server process exited with ${code} before it was ready`)),
    );
  });
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Times `npm start` from spawn to its "ready" line, on a new store and then on the same store. */
async function timeNpmStart(): Promise<{ npmStartFreshMs: number; npmStartAgainMs: number }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cge-bench-start-'));
  const env = {
    ...process.env,
    NEO4J_URI: '',
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: '7797',
    PORT: '8797',
    LOG_LEVEL: 'warn',
  };
  const once = () =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      // What `npm start` runs, without npm in between: npm does not pass SIGINT on to the server.
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        cwd: REPO_ROOT,
        env,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('is ready at')) {
          const elapsed = performance.now() - started;
          child.removeAllListeners('exit');
          child.once('exit', () => resolve(elapsed));
          child.kill('SIGINT');
        }
      });
      child.once('exit', (code) => reject(new Error(`npm start exited with ${code} before it was ready`)));
    });
  try {
    return { npmStartFreshMs: await once(), npmStartAgainMs: await once() };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
