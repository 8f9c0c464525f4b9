// A store holding a generated graph for the scale benchmark: generated, loaded (with the project's
// importer when it finishes within its budget, else with the bare-driver loader) and described by a
// manifest, so `--reuse DIR` can skip an hour of loading the next time.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { createDatabase, createDriver } from '../../../server/database/database.ts';
import { loadQueryRegistry } from '../../../server/database/query-registry.ts';
import { recoverInterruptedImports } from '../../../server/import/import-journal.ts';
import { loadConfig, REPO_ROOT } from '../../../server/shared/config.ts';
import { loadWithBareDriver } from './bare-driver-load.ts';
import { type ScaleSizeName, writeGeneratedDataset } from './cooperation-graph-generator.ts';

export type LoaderChoice = 'auto' | 'import' | 'bare';

export interface StoreManifest {
  size: ScaleSizeName;
  seed: number;
  generatedNodes: number;
  generatedRelationships: number;
  hubs: string[];
  generateMs: number;
  /** Which loader wrote the graph. */
  loader: 'import' | 'bare';
  loadMs: number;
  /** What happened to `npm run import` when it was tried: its time, or why it was given up. */
  importAttempt?: { finished: boolean; ms: number; detail: string };
}

export const storePaths = (dir: string) => ({
  dataset: path.join(dir, 'dataset'),
  neo4j: path.join(dir, 'neo4j'),
  manifest: path.join(dir, 'scale-store.manifest'),
});

export function readManifest(dir: string): StoreManifest | undefined {
  const file = storePaths(dir).manifest;
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StoreManifest) : undefined;
}

async function countEntities(driver: Driver): Promise<number> {
  const result = await driver.executeQuery(
    'MATCH (n:Entity) RETURN count(n) AS count',
    {},
    {
      routing: neo4j.routing.READ,
    },
  );
  return Number(result.records[0]?.get('count') ?? 0);
}

/**
 * `npm run import` on the dataset folder, against the running database, given up after `budgetMs`.
 * The child is killed by its pid; what its committed batches wrote is undone by the recovery.
 */
function runImporter(
  datasetDir: string,
  env: Record<string, string>,
  budgetMs: number,
): Promise<{ finished: boolean; ms: number; detail: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/import/import-cli.ts', datasetDir], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-2_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }, budgetMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      const finished = code === 0;
      const detail = finished
        ? (output.trim().split('\n').at(-1) ?? 'done')
        : signal
          ? `not finished after ${(budgetMs / 1000).toFixed(0)} s (stopped)`
          : `exited with ${code}: ${output.trim().split('\n').slice(-3).join(' / ')}`;
      resolve({ finished, ms, detail });
    });
  });
}

/** Runs the importer's start-up recovery, as the next `npm start` or `npm run import` would. */
async function undoInterruptedImport(uri: string, password: string): Promise<void> {
  const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: password, LOG_LEVEL: 'silent' });
  const db = createDatabase(createDriver(uri, config), uri, loadQueryRegistry(), config);
  try {
    await recoverInterruptedImports(db);
  } finally {
    await db.close();
  }
}

/** Generates and loads the graph into the running database unless the manifest says it is there. */
export async function prepareStore(options: {
  dir: string;
  size: ScaleSizeName;
  seed: number;
  loader: LoaderChoice;
  importBudgetMs: number;
  driver: Driver;
  uri: string;
  password: string;
  progress: (message: string) => void;
}): Promise<StoreManifest> {
  const { dir, size, seed, driver, progress } = options;
  const paths = storePaths(dir);
  const existing = readManifest(dir);
  if (existing) {
    if (existing.size !== size || existing.seed !== seed) {
      throw new Error(
        `${dir} holds the ${existing.size} graph of seed ${existing.seed}, not ${size} of seed ${seed}: use another folder`,
      );
    }
    progress(`reusing the ${size} graph in ${dir} (loaded with ${existing.loader})`);
    return existing;
  }
  if ((await countEntities(driver)) > 0) {
    throw new Error(`the store in ${paths.neo4j} has nodes but no manifest: remove it or use another folder`);
  }
  progress(`generating the ${size} graph (seed ${seed})`);
  const generateStarted = performance.now();
  const generated = await writeGeneratedDataset(paths.dataset, { size, seed });
  const generateMs = performance.now() - generateStarted;
  progress(
    `${generated.nodes} nodes, ${generated.relationships} relationships in ${(generateMs / 1000).toFixed(1)} s`,
  );

  let importAttempt: StoreManifest['importAttempt'];
  let loader: StoreManifest['loader'] = 'bare';
  let loadMs = 0;
  if (options.loader !== 'bare') {
    progress(`npm run import (budget ${(options.importBudgetMs / 1000).toFixed(0)} s)`);
    importAttempt = await runImporter(
      paths.dataset,
      { NEO4J_URI: options.uri, NEO4J_PASSWORD: options.password, LOG_LEVEL: 'warn' },
      options.importBudgetMs,
    );
    progress(`npm run import: ${importAttempt.detail}`);
    if (importAttempt.finished) {
      loader = 'import';
      loadMs = importAttempt.ms;
    } else if (options.loader === 'import') {
      throw new Error(`npm run import did not load the graph: ${importAttempt.detail}`);
    } else {
      // The importer writes in batches under its journal: the recovery undoes the killed import.
      await undoInterruptedImport(options.uri, options.password);
      if ((await countEntities(driver)) > 0) {
        throw new Error(
          'the interrupted import left nodes behind: the bare-driver load needs an empty store',
        );
      }
    }
  }
  if (loader === 'bare') {
    progress('loading with the bare driver (UNWIND batches of 10,000 rows)');
    const summary = await loadWithBareDriver(driver, generated.files, progress);
    loadMs = summary.milliseconds;
    progress(
      `bare driver: ${summary.nodes} nodes, ${summary.relationships} relationships, ${summary.mentions} mentions in ${(loadMs / 1000).toFixed(1)} s`,
    );
  }
  const manifest: StoreManifest = {
    size,
    seed,
    generatedNodes: generated.nodes,
    generatedRelationships: generated.relationships,
    hubs: generated.hubs,
    generateMs,
    loader,
    loadMs,
    ...(importAttempt ? { importAttempt } : {}),
  };
  writeFileSync(paths.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
