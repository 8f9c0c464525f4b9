// Re-runs the derivation steps (server/import/derived-properties.ts) on a reused scale store, each
// timed: after a change to what is derived, a store loaded by older code gets the new derived data
// without an hour of reloading. `npx tsx tests/bench/scale/derive-cli.ts --reuse DIR [--heap 2g]
// [--profile]`: with --profile it then prints the PROFILE of the evidence of the first page of
// the stored whole-graph ranking (the partnerships page's costliest read).
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { startEmbeddedNeo4j } from '../../../server/database/embedded/embedded-neo4j.ts';
import { loadQueryRegistry } from '../../../server/database/query-registry.ts';
import { DERIVATION_STEPS } from '../../../server/import/derived-properties.ts';
import { storePaths } from './scale-store.ts';

const PASSWORD = 'scale-bench-password-1';
const { values: args } = parseArgs({
  options: {
    reuse: { type: 'string' },
    heap: { type: 'string', default: '2g' },
    profile: { type: 'boolean', default: false },
  },
});
if (!args.reuse) {
  console.error('usage: npx tsx tests/bench/scale/derive-cli.ts --reuse DIR [--heap 2g]');
  process.exit(2);
}

type Plan = { operatorType: string; rows?: number; dbHits?: number; children: Plan[] };
const printPlan = (plan: Plan, depth = 0): void => {
  console.log(
    `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows ?? '?'} dbHits=${plan.dbHits ?? '?'}`,
  );
  for (const child of plan.children) printPlan(child, depth + 1);
};

async function profileEvidence(driver: Driver, query: string): Promise<void> {
  const stored = await driver.executeQuery(
    "MATCH (s:DerivedSummary {name: 'partnerships-strongest'}) RETURN s.aIds[0..100] AS a, s.bIds[0..100] AS b",
  );
  const a = stored.records[0]?.get('a') as string[];
  const b = stored.records[0]?.get('b') as string[];
  const params = {
    pairs: a.map((aId, i) => ({ aId, bId: b[i] })),
    evidenceLimit: neo4j.int(10),
    topics: [],
    windowStart: null,
    windowEnd: null,
    includeUndated: true,
    statusFilter: 'all',
    doneStatuses: [],
  };
  const t = performance.now();
  const result = await driver.executeQuery(`PROFILE ${query}`, params);
  console.log(`PROFILE partnershipEvidence, ${a.length} pairs: ${Math.round(performance.now() - t)} ms`);
  printPlan(result.summary.profile as unknown as Plan);
}

const embedded = await startEmbeddedNeo4j({
  dataDir: storePaths(args.reuse).neo4j,
  boltPort: 0,
  password: PASSWORD,
  heap: args.heap,
  transactionTimeout: '600s',
  transactionMaxMemory: '2g',
  log: () => {},
});
const driver = neo4j.driver(embedded.uri, neo4j.auth.basic('neo4j', PASSWORD));
try {
  const registry = loadQueryRegistry();
  const started = performance.now();
  for (const [index, step] of DERIVATION_STEPS.entries()) {
    const t = performance.now();
    // One write transaction per step, as deriveProperties runs them.
    const session = driver.session();
    try {
      await session.executeWrite((tx) => step((name, params) => tx.run(registry.get(name), params)), {
        timeout: 600_000,
      });
    } finally {
      await session.close();
    }
    console.log(`step ${index + 1}/${DERIVATION_STEPS.length}: ${Math.round(performance.now() - t)} ms`);
  }
  console.log(`derivation: ${Math.round(performance.now() - started)} ms`);
  if (args.profile) await profileEvidence(driver, registry.get('partnershipEvidence'));
} finally {
  await driver.close();
  await embedded.stop();
}
