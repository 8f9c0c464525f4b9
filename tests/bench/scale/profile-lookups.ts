// Where the time of the lookups goes (`npx tsx tests/bench/scale/profile-lookups.ts --reuse DIR`):
// sends the search, hub details, grouped neighbours and path requests of the scale benchmark to the
// app over a loaded store, then PROFILEs every query each request sent, exactly as it was sent, and
// prints the operators with their rows and db hits. A tuning aid, not a benchmark: no timing here.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { createApp } from '../../../server/app.ts';
import { createDatabase, createDriver } from '../../../server/database/database.ts';
import { startEmbeddedNeo4j } from '../../../server/database/embedded/embedded-neo4j.ts';
import { loadQueryRegistry } from '../../../server/database/query-registry.ts';
import { loadConfig } from '../../../server/shared/config.ts';
import { createLogger } from '../../../server/shared/logger.ts';
import { createQueryRecorder } from './query-recorder.ts';
import { readManifest, storePaths } from './scale-store.ts';

const PASSWORD = 'scale-bench-password-1';
const { values: args } = parseArgs({
  options: { reuse: { type: 'string' }, only: { type: 'string' } },
});
if (!args.reuse) {
  console.error('usage: npx tsx tests/bench/scale/profile-lookups.ts --reuse DIR [--only NAME-PART]');
  process.exit(2);
}
const dir = args.reuse;

const get = (url: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    http
      .get(url, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => {
          body += chunk.toString();
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });

function printPlan(plan: ProfiledPlan, depth = 0): void {
  const details = String(plan.arguments.Details ?? '').slice(0, 110);
  console.log(
    `${'  '.repeat(depth)}${plan.operatorType}  rows=${plan.rows} dbHits=${plan.dbHits}  ${details}`,
  );
  for (const child of plan.children) printPlan(child, depth + 1);
}

const totalHits = (plan: ProfiledPlan): number =>
  plan.dbHits + plan.children.reduce((sum, child) => sum + totalHits(child), 0);

async function main() {
  const manifest = readManifest(dir);
  if (!manifest) throw new Error(`no scale store in ${dir}`);
  const embedded = await startEmbeddedNeo4j({
    dataDir: storePaths(dir).neo4j,
    boltPort: 0,
    password: PASSWORD,
    heap: '2g',
    transactionTimeout: '600s',
    transactionMaxMemory: '2g',
    // Opening a big store on a loaded machine took over the launcher's default two minutes.
    startTimeoutMs: 600_000,
    log: () => {},
  });
  const bare = neo4j.driver(embedded.uri, neo4j.auth.basic('neo4j', PASSWORD));
  const config = loadConfig({ NEO4J_URI: embedded.uri, NEO4J_PASSWORD: PASSWORD, LOG_LEVEL: 'silent' });
  const recorder = createQueryRecorder(createDriver(embedded.uri, config));
  const db = createDatabase(recorder.driver, embedded.uri, loadQueryRegistry(), config);
  const app = createApp({ db, config, logger: createLogger('silent') });
  const server = await new Promise<http.Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // The same two ordinary partners as the scale benchmark picks (see findSubjects there).
    const ordinary = (
      await bare.executeQuery(
        `MATCH (o:Organisation) WHERE o.kind IN ['city', 'company'] WITH o ORDER BY o.id LIMIT 2000
         WITH o, COUNT { (o)--() } AS degree WHERE degree >= 4 AND degree <= 12
         MATCH (o)-[:GOVERNS|LOCATED_IN]->(:Place)-[:PART_OF*0..3]->(country:Place {kind: 'country'})
         RETURN o.id AS id, country.id AS country ORDER BY o.id`,
      )
    ).records;
    const from = String(ordinary[0]?.get('id'));
    const to = String(ordinary.find((r) => r.get('country') !== ordinary[0]?.get('country'))?.get('id'));
    const hub = encodeURIComponent(manifest.hubs[0] ?? '');
    const cases: [string, string][] = [
      ['search', '/api/search?q=rochec'],
      ['node details', `/api/nodes/${hub}`],
      ['neighbours', `/api/nodes/${hub}/neighbours`],
      ['paths shortest', `/api/paths?from=${from}&to=${to}`],
      ['paths all-shortest', `/api/paths?from=${from}&to=${to}&mode=all-shortest`],
    ];
    for (const [name, url] of cases.filter(([n]) => !args.only || n.includes(args.only))) {
      await get(base + url); // warm-up: caches and plans
      let answer = { status: 0, body: '' };
      const queries = await recorder.record(async () => {
        answer = await get(base + url);
      });
      console.log(`\n##### ${name}: ${url} → ${answer.status}, ${answer.body.length} bytes`);
      for (const query of queries) {
        const started = performance.now();
        const result = await bare.executeQuery(`PROFILE ${query.text}`, query.params, {
          routing: neo4j.routing.READ,
        });
        const ms = performance.now() - started;
        const plan = result.summary.profile;
        if (!plan) continue;
        console.log(
          `--- ${result.records.length} rows, ${totalHits(plan)} db hits, ${ms.toFixed(1)} ms (profiled)`,
        );
        printPlan(plan);
      }
    }
  } finally {
    server.close();
    await db.close();
    await bare.close();
    await embedded.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
