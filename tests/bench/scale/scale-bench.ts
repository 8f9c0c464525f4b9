// Scale benchmark (`npm run bench:scale -- --size atlas|stress [--reuse DIR] [--loader auto|import|bare]`):
// loads a generated cooperation graph into its own embedded Neo4j, then times every endpoint through
// the API and the very queries it sent through a bare driver, interleaved, against the targets of
// issue 10 §3; then 50 concurrent clients through each. Prints Markdown, writes bench-results/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { createApp } from '../../../server/app.ts';
import { createDatabase, createDriver } from '../../../server/database/database.ts';
import { startEmbeddedNeo4j } from '../../../server/database/embedded/embedded-neo4j.ts';
import { loadQueryRegistry } from '../../../server/database/query-registry.ts';
import { loadConfig, REPO_ROOT } from '../../../server/shared/config.ts';
import { createLogger } from '../../../server/shared/logger.ts';
import { deriveWithDriver } from './bare-driver-load.ts';
import { SCALE_SIZES, type ScaleSizeName } from './cooperation-graph-generator.ts';
import { createQueryRecorder, type RecordedQuery } from './query-recorder.ts';
import { type BenchCase, type BenchSubjects, benchCases, MAX_RESPONSE_BYTES } from './scale-bench-cases.ts';
import { type CaseResult, printMarkdown } from './scale-bench-report.ts';
import { type LoaderChoice, prepareStore, type StoreManifest, storePaths } from './scale-store.ts';

const PASSWORD = 'scale-bench-password-1';
const CONCURRENT_CLIENTS = 50;
const REQUESTS_PER_CLIENT = 20;
/** Endpoints slower than this are left out of the concurrent run, which would otherwise take hours. */
const CONCURRENT_MAX_MEDIAN_MS = 1_000;

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: 'atlas' },
    seed: { type: 'string', default: '1' },
    reuse: { type: 'string' },
    loader: { type: 'string', default: 'auto' },
    rounds: { type: 'string', default: '30' },
    'case-budget': { type: 'string', default: '60' },
    'import-budget': { type: 'string', default: '600' },
    heap: { type: 'string' },
    // `--only search` times only the cases whose name contains that text (a quick look while tuning);
    // `--only search,paths` those that contain either.
    only: { type: 'string' },
    // `--no-concurrent` skips the 50-client run.
    'no-concurrent': { type: 'boolean', default: false },
    // `--rederive` reruns the import's derivation steps on a reused store (their code may have changed).
    rederive: { type: 'boolean', default: false },
  },
});
const size = args.size as ScaleSizeName;
const loader = args.loader as LoaderChoice;
const rounds = Number(args.rounds);
const caseBudgetMs = Number(args['case-budget']) * 1000;
if (!(size in SCALE_SIZES) || !['auto', 'import', 'bare'].includes(loader) || !(rounds >= 3)) {
  console.error(
    `usage: npm run bench:scale -- [--size ${Object.keys(SCALE_SIZES).join('|')}] [--seed N] [--reuse DIR] [--loader auto|import|bare] [--rounds N≥3] [--case-budget SECONDS] [--import-budget SECONDS] [--only NAME-PART] [--no-concurrent] [--rederive]` +
      ` (got size ${JSON.stringify(args.size)}, loader ${JSON.stringify(args.loader)}, rounds ${JSON.stringify(args.rounds)})`,
  );
  process.exit(2);
}

const progress = (message: string) => process.stderr.write(`[scale] ${message}\n`);
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

interface Answer {
  status: number;
  bytes: number;
  ms: number;
}

// node:http with keep-alive: fetch (undici) adds work of its own per request on this machine.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
function request(base: string, benchCase: BenchCase): Promise<Answer> {
  const started = performance.now();
  const body = benchCase.body === undefined ? undefined : JSON.stringify(benchCase.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      base + benchCase.path,
      {
        agent,
        method: benchCase.method,
        headers: body
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
          : {},
      },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, bytes, ms: performance.now() - started }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The recorded queries through the bare driver: the queries of one wave together, the waves one
 * after another, as the API ran them. Failures count, they do not throw.
 */
async function replay(driver: Driver, queries: RecordedQuery[]): Promise<{ ok: boolean; ms: number }> {
  const started = performance.now();
  const waves = [...new Set(queries.map((query) => query.wave))];
  try {
    for (const wave of waves) {
      await Promise.all(
        queries
          .filter((query) => query.wave === wave)
          .map((query) =>
            driver.executeQuery(query.text, query.params, {
              routing: neo4j.routing.READ,
              ...(query.timeoutMs === undefined ? {} : { transactionConfig: { timeout: query.timeoutMs } }),
            }),
          ),
      );
    }
    return { ok: true, ms: performance.now() - started };
  } catch {
    return { ok: false, ms: performance.now() - started };
  }
}

async function findSubjects(driver: Driver, manifest: StoreManifest): Promise<BenchSubjects> {
  const read = async (text: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(text, params, { routing: neo4j.routing.READ })).records;
  const bigSource = await read(
    'MATCH (s:Source) RETURN s.id AS id ORDER BY COUNT { (s)<-[:MENTIONED_IN]-() } DESC, s.id LIMIT 1',
  );
  // Two ordinary partners (a handful of links each) in different countries, far from the hubs.
  const ordinary = await read(
    `MATCH (o:Organisation) WHERE o.kind IN ['city', 'company'] WITH o ORDER BY o.id LIMIT 2000
     WITH o, COUNT { (o)--() } AS degree WHERE degree >= 4 AND degree <= 12
     MATCH (o)-[:GOVERNS|LOCATED_IN]->(:Place)-[:PART_OF*0..3]->(country:Place {kind: 'country'})
     RETURN o.id AS id, country.id AS country ORDER BY o.id`,
  );
  const first = ordinary[0];
  const second = ordinary.find((record) => record.get('country') !== first?.get('country'));
  const hubName = await read(
    'MATCH (o:Organisation {id: $id}) RETURN coalesce(o.aliases[0], o.name) AS name',
    {
      id: manifest.hubs[0] ?? '',
    },
  );
  const name = String(hubName[0]?.get('name') ?? 'region');
  if (!first || !second || !bigSource[0] || manifest.hubs.length < 2) {
    throw new Error(
      'the loaded graph lacks the subjects the benchmark needs (hubs, a big source, two partners)',
    );
  }
  return {
    hubs: manifest.hubs,
    bigSource: String(bigSource[0].get('id')),
    pathFrom: String(first.get('id')),
    pathTo: String(second.get('id')),
    searchTerm: name.slice(0, Math.max(4, Math.min(6, name.length))).toLowerCase(),
  };
}

async function timeCase(
  base: string,
  benchCase: BenchCase,
  bare: Driver,
  record: (work: () => Promise<unknown>) => Promise<RecordedQuery[]>,
): Promise<CaseResult & { recorded: RecordedQuery[] }> {
  // One request first, unrecorded: what a service loads once and caches (the source catalogue)
  // would otherwise be replayed at every round as if the endpoint asked it each time.
  const warmUp = await request(base, benchCase);
  let first: Answer | undefined;
  const recorded = await record(async () => {
    first = await request(base, benchCase);
  });
  const apiTimes: number[] = [];
  const driverTimes: number[] = [];
  const statuses = new Set<number>([warmUp.status, first?.status ?? 0]);
  let maxBytes = Math.max(warmUp.bytes, first?.bytes ?? 0);
  let apiErrors = 0;
  let driverErrors = 0;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) {
    // Interleaved, alternating which goes first, so drift and caches treat both alike.
    const viaApi = async () => {
      const answer = await request(base, benchCase);
      apiTimes.push(answer.ms);
      statuses.add(answer.status);
      maxBytes = Math.max(maxBytes, answer.bytes);
      if (answer.status >= 400) apiErrors++;
    };
    const viaDriver = async () => {
      const result = await replay(bare, recorded);
      driverTimes.push(result.ms);
      if (!result.ok) driverErrors++;
    };
    if (i % 2 === 0) {
      await viaApi();
      await viaDriver();
    } else {
      await viaDriver();
      await viaApi();
    }
    // Slow endpoints get fewer rounds (at least three of each side) within the case's budget.
    if (i >= 2 && performance.now() - started > caseBudgetMs) break;
  }
  const apiP95Ms = quantile(apiTimes, 0.95);
  const apiMedianMs = quantile(apiTimes, 0.5);
  const driverMedianMs = quantile(driverTimes, 0.5);
  return {
    name: benchCase.name,
    path: benchCase.path,
    rounds: apiTimes.length,
    apiMedianMs,
    apiP95Ms,
    driverMedianMs,
    driverP95Ms: quantile(driverTimes, 0.95),
    ratio: apiMedianMs / driverMedianMs,
    maxBytes,
    apiErrors,
    driverErrors,
    statuses: [...statuses].sort(),
    queries: recorded.length,
    waves: new Set(recorded.map((query) => query.wave)).size,
    target: benchCase.target.rule,
    targetP95Ms: benchCase.target.p95Ms,
    met: apiErrors === 0 && apiP95Ms <= benchCase.target.p95Ms && maxBytes <= MAX_RESPONSE_BYTES,
    recorded,
  };
}

/** 50 clients, each sending its share of requests over the fast endpoints in turn. */
async function underLoad(work: (index: number) => Promise<unknown>) {
  const times: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENT_CLIENTS }, async (_, client) => {
      for (let i = 0; i < REQUESTS_PER_CLIENT; i++) {
        const t = performance.now();
        // A reset connection under load is a failed request to count, not the end of the run.
        await work(client + i).catch(() => {
          errors++;
        });
        times.push(performance.now() - t);
      }
    }),
  );
  const wallMs = performance.now() - started;
  return {
    p50Ms: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    perSecond: ((times.length - errors) / wallMs) * 1000,
    errors,
  };
}

async function main() {
  const dir = args.reuse ?? mkdtempSync(path.join(os.tmpdir(), `cge-scale-${size}-`));
  mkdirSync(dir, { recursive: true });
  const heap = args.heap ?? (size === 'stress' ? '4g' : '2g');
  progress(`embedded Neo4j in ${storePaths(dir).neo4j} (heap ${heap})`);
  const embedded = await startEmbeddedNeo4j({
    dataDir: storePaths(dir).neo4j,
    boltPort: 0,
    password: PASSWORD,
    heap,
    // The bare loader's batches and today's unbounded answers both need more than the defaults.
    transactionTimeout: '600s',
    transactionMaxMemory: '2g',
    // A large store on a shared, loaded machine can take minutes to open; the timing starts later.
    startTimeoutMs: 600_000,
    log: () => {},
  });
  const bare = neo4j.driver(embedded.uri, neo4j.auth.basic('neo4j', PASSWORD));
  let server: Server | undefined;
  let closeDb = async () => {};
  try {
    const manifest = await prepareStore({
      dir,
      size,
      seed: Number(args.seed),
      loader,
      importBudgetMs: Number(args['import-budget']) * 1000,
      driver: bare,
      uri: embedded.uri,
      password: PASSWORD,
      progress,
    });
    if (args.rederive) {
      progress("rederiving (the import's derivation steps)");
      progress(`rederived in ${((await deriveWithDriver(bare)) / 1000).toFixed(1)} s`);
    }
    const config = loadConfig({ NEO4J_URI: embedded.uri, NEO4J_PASSWORD: PASSWORD, LOG_LEVEL: 'silent' });
    const recorder = createQueryRecorder(createDriver(embedded.uri, config));
    const db = createDatabase(recorder.driver, embedded.uri, loadQueryRegistry(), config);
    closeDb = () => db.close();
    const app = createApp({ db, config, logger: createLogger('silent') });
    const listening = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    server = listening;
    const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    const subjects = await findSubjects(bare, manifest);
    progress(`subjects: ${JSON.stringify(subjects)}`);
    const hubDegrees = await bare.executeQuery(
      'UNWIND $ids AS id MATCH (o:Entity {id: id}) RETURN id, COUNT { (o)-[r]-() WHERE NOT r:MENTIONED_IN } AS degree',
      { ids: subjects.hubs },
      { routing: neo4j.routing.READ },
    );
    const counts = await bare.executeQuery(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
      {},
      { routing: neo4j.routing.READ },
    );

    const results: Awaited<ReturnType<typeof timeCase>>[] = [];
    const only = args.only?.split(',') ?? [];
    const chosen = benchCases(subjects).filter(
      (c) => only.length === 0 || only.some((part) => c.name.includes(part)),
    );
    for (const benchCase of chosen) {
      progress(benchCase.name);
      const result = await timeCase(base, benchCase, bare, recorder.record);
      progress(
        `  API median ${result.apiMedianMs.toFixed(1)} ms, p95 ${result.apiP95Ms.toFixed(1)} ms, driver median ${result.driverMedianMs.toFixed(1)} ms, ${(result.maxBytes / 1e6).toFixed(2)} MB, statuses ${result.statuses.join(',')}`,
      );
      results.push(result);
    }

    const fast = args['no-concurrent']
      ? []
      : results.filter((r) => r.apiErrors === 0 && r.apiMedianMs <= CONCURRENT_MAX_MEDIAN_MS);
    progress(`${CONCURRENT_CLIENTS} concurrent clients over ${fast.length} endpoints`);
    const cases = benchCases(subjects);
    const caseOf = (i: number) => fast[i % fast.length] as (typeof fast)[number];
    const driverLoad = fast.length > 0 ? await underLoad((i) => replay(bare, caseOf(i).recorded)) : undefined;
    const apiLoad =
      fast.length > 0
        ? await underLoad((i) => request(base, cases.find((c) => c.name === caseOf(i).name) as BenchCase))
        : undefined;

    const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Neo4j ${embedded.version} embedded (heap ${heap}, page cache as the launcher sets it)`;
    const report = {
      date: new Date().toISOString(),
      machine,
      size,
      seed: Number(args.seed),
      graph: {
        nodes: Number(counts.records[0]?.get('nodes') ?? 0),
        relationships: Number(counts.records[0]?.get('relationships') ?? 0),
        generatedNodes: manifest.generatedNodes,
        generatedRelationships: manifest.generatedRelationships,
        hubDegrees: Object.fromEntries(hubDegrees.records.map((r) => [r.get('id'), Number(r.get('degree'))])),
      },
      load: {
        loader: manifest.loader,
        loadMs: manifest.loadMs,
        generateMs: manifest.generateMs,
        importAttempt: manifest.importAttempt,
      },
      subjects,
      concurrentMaxMedianMs: CONCURRENT_MAX_MEDIAN_MS,
      endpoints: results.map(({ recorded: _recorded, ...rest }) => rest),
      concurrent:
        apiLoad && driverLoad
          ? {
              clients: CONCURRENT_CLIENTS,
              requestsPerClient: REQUESTS_PER_CLIENT,
              endpoints: fast.map((r) => r.name),
              api: apiLoad,
              driver: driverLoad,
              throughputRatio: apiLoad.perSecond / driverLoad.perSecond,
            }
          : undefined,
    };
    mkdirSync(path.join(REPO_ROOT, 'bench-results'), { recursive: true });
    writeFileSync(
      path.join(REPO_ROOT, 'bench-results', `scale-${size}.json`),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    printMarkdown(report);
  } finally {
    server?.closeAllConnections();
    server?.close();
    await bare.close();
    await closeDb();
    await embedded.stop();
    if (!args.reuse) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
