// `npm run bench:import [-- --size atlas|stress|small] [--rounds N]`: the importer (`npm run import`
// on the generated documents) side by side with the bare driver (10,000-row UNWIND batches) and
// Neo4j's LOAD CSV, each into a fresh empty embedded database, interleaved round by round so that
// the ratios hold on a busy machine. Reports times, the importer's peak RSS, and the ratios.
import { spawn } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { startEmbeddedNeo4j } from '../../server/database/embedded/embedded-neo4j.ts';
import { loadQueryRegistry } from '../../server/database/query-registry.ts';
import { REPO_ROOT } from '../../server/shared/config.ts';
import { loadWithLoadCsv, writeCsvDataset } from './import/load-csv.ts';
import { loadWithBareDriver } from './scale/bare-driver-load.ts';
import { type ScaleSizeName, writeGeneratedDataset } from './scale/cooperation-graph-generator.ts';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const size = arg('size', 'atlas') as ScaleSizeName;
const rounds = Number(arg('rounds', size === 'stress' ? '1' : '2'));
const SEED = 10;
const PASSWORD = 'import-bench-password';
const work = mkdtempSync(path.join(os.tmpdir(), 'cge-import-bench-'));

type Loader = 'import' | 'bare' | 'load-csv';
interface Run {
  loader: Loader;
  round: number;
  ms: number;
  nodes: number;
  relationships: number;
  peakRssMb?: number;
}

async function counts(driver: Driver) {
  const read = async (q: string) => Number((await driver.executeQuery(q)).records[0]?.get(0) ?? 0);
  return {
    nodes: await read('MATCH (n) RETURN count(n)'),
    relationships: await read('MATCH ()-[r]->() RETURN count(r)'),
  };
}

/** Peak resident memory of a process (VmHWM), polled until it exits. */
function peakRss(pid: number): () => number {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb);
    } catch {
      clearInterval(timer);
    }
  }, 250);
  return () => {
    clearInterval(timer);
    return peak / 1024;
  };
}

function runImportCli(uri: string, dataset: string): Promise<{ ms: number; peakRssMb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/import/import-cli.ts', dataset], {
    cwd: REPO_ROOT,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: PASSWORD, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  const stopPolling = peakRss(child.pid as number);
  let lastLine = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    const lines = chunk.toString().trim().split('\n');
    lastLine = lines[lines.length - 1] ?? lastLine;
  });
  const ticker = setInterval(() => console.log(`    ${lastLine}`), 15_000);
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      clearInterval(ticker);
      const peakRssMb = stopPolling();
      if (code === 0) resolve({ ms: performance.now() - started, peakRssMb });
      else reject(new Error(`npm run import exited ${code}: ${lastLine}`));
    });
  });
}

async function oneRun(
  loader: Loader,
  round: number,
  dataset: string,
  csvDir: string,
  csv: ReturnType<typeof writeCsvDataset>,
): Promise<Run> {
  const home = path.join(work, `${loader}-${round}`);
  // The CSV files go into the store's import folder, the only place LOAD CSV may read.
  mkdirSync(path.join(home, 'import'), { recursive: true });
  if (loader === 'load-csv') {
    for (const { file } of csv.statements) linkSync(path.join(csvDir, file), path.join(home, 'import', file));
  }
  const embedded = await startEmbeddedNeo4j({
    dataDir: home,
    boltPort: 0,
    password: PASSWORD,
    heap: '2g',
    transactionTimeout: '900s',
    csvImportFolder: loader === 'load-csv',
  });
  const driver = neo4j.driver(embedded.uri, neo4j.auth.basic('neo4j', PASSWORD));
  try {
    const files = readdirSync(dataset)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => path.join(dataset, f));
    let ms: number;
    let peakRssMb: number | undefined;
    if (loader === 'import') ({ ms, peakRssMb } = await runImportCli(embedded.uri, dataset));
    else if (loader === 'bare') ms = (await loadWithBareDriver(driver, files)).milliseconds;
    else {
      const schema = loadQueryRegistry()
        .schemaStatements()
        .map((s) => s.text);
      ms = await loadWithLoadCsv(driver, csv, schema);
    }
    return { loader, round, ms, peakRssMb, ...(await counts(driver)) };
  } finally {
    await driver.close();
    await embedded.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

try {
  const dataset = path.join(work, 'dataset');
  console.log(`Generating the ${size} dataset (seed ${SEED})…`);
  const generated = await writeGeneratedDataset(dataset, { size, seed: SEED });
  console.log(
    `  ${generated.files.length} documents, ${generated.nodes} nodes, ${generated.relationships} relationships`,
  );
  const csvDir = path.join(work, 'csv');
  mkdirSync(csvDir);
  const csv = writeCsvDataset(generated.files, csvDir);
  const runs: Run[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const loader of ['import', 'bare', 'load-csv'] as const) {
      console.log(`round ${round}: ${loader}…`);
      const run = await oneRun(loader, round, dataset, csvDir, csv);
      console.log(
        `  ${(run.ms / 1000).toFixed(1)} s, ${run.nodes} nodes, ${run.relationships} relationships${run.peakRssMb ? `, peak RSS ${run.peakRssMb.toFixed(0)} MB` : ''}`,
      );
      runs.push(run);
    }
  }
  const of = (loader: Loader) => runs.filter((r) => r.loader === loader);
  const [imp, bare, loadCsv] = (['import', 'bare', 'load-csv'] as const).map((l) =>
    median(of(l).map((r) => r.ms)),
  );
  const lines = [
    `### Import, ${size} size (${generated.nodes.toLocaleString('en')} nodes, ${generated.relationships.toLocaleString('en')} relationships, ${generated.files.length} documents), ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, ${rounds} interleaved round(s), medians`,
    '',
    '| loader | time | vs bare driver | nodes | relationships | peak RSS |',
    '|---|---|---|---|---|---|',
    ...(['import', 'bare', 'load-csv'] as const).map((l) => {
      const m = median(of(l).map((r) => r.ms));
      const last = of(l).at(-1) as Run;
      const rss = l === 'import' ? `${Math.max(...of(l).map((r) => r.peakRssMb ?? 0)).toFixed(0)} MB` : '—';
      const name = {
        import: '`npm run import` (checks, journal)',
        bare: 'bare driver, UNWIND 10,000',
        'load-csv': 'LOAD CSV, IN TRANSACTIONS OF 10000',
      }[l];
      return `| ${name} | ${(m / 1000).toFixed(1)} s | ${(m / (bare as number)).toFixed(2)}× | ${last.nodes} | ${last.relationships} | ${rss} |`;
    }),
    '',
    `Importer / bare driver: ${((imp as number) / (bare as number)).toFixed(2)}× (target ≤ 1.5×); importer / LOAD CSV: ${((imp as number) / (loadCsv as number)).toFixed(2)}×.`,
  ];
  console.log(`\n${lines.join('\n')}`);
  const out = path.join(REPO_ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, `import-${size}.json`), JSON.stringify({ size, rounds, runs }, null, 2));
} finally {
  rmSync(work, { recursive: true, force: true });
}
