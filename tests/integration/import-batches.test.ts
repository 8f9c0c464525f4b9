// The batched import on a database of its own (so that "exactly as before" means the whole graph):
// the plans of its write queries on an empty and on a full store, an import killed mid-way and
// undone by the recovery, and failures found late that write nothing.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../seed/dataset-schema.ts';
import { createDatabase, createDriver, type Database } from '../../server/database/database.ts';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../../server/database/embedded/embedded-neo4j.ts';
import {
  CREATED_NODE_LABELS,
  loadQueryRegistry,
  type QueryName,
} from '../../server/database/query-registry.ts';
import { applySchema } from '../../server/database/schema-setup.ts';
import { readDatasetFolder } from '../../server/import/dataset-files.ts';
import { DatasetInvalidError, importDocuments } from '../../server/import/dataset-loader.ts';
import { recoverInterruptedImports } from '../../server/import/import-journal.ts';
import { loadConfig, REPO_ROOT } from '../../server/shared/config.ts';
import { importDocument, writeImportDocument } from '../support/import-document.ts';
import { graphFingerprint } from '../support/test-database.ts';

const PASSWORD = 'import-test-password';
const dir = mkdtempSync(path.join(os.tmpdir(), 'cge-import-batches-'));
let embedded: EmbeddedNeo4j;
let driver: Driver;
let db: Database;
const registry = loadQueryRegistry();

beforeAll(async () => {
  embedded = await startEmbeddedNeo4j({
    dataDir: path.join(dir, 'neo4j'),
    boltPort: 0,
    password: PASSWORD,
    heap: '512m',
  });
  driver = neo4j.driver(embedded.uri, neo4j.auth.basic('neo4j', PASSWORD));
  const config = loadConfig({ NEO4J_URI: embedded.uri, NEO4J_PASSWORD: PASSWORD, LOG_LEVEL: 'silent' });
  db = createDatabase(createDriver(embedded.uri, config), embedded.uri, registry, config);
  await applySchema(db);
}, 240_000);

afterAll(async () => {
  await db?.close();
  await driver?.close();
  await embedded?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Each write query of the import, every variant (label or type) of those that have them. */
function importWriteQueries(): { name: string; text: string }[] {
  const plain: QueryName[] = [
    'updateNodes',
    'existingMentions',
    'createMentions',
    'recordCreated',
    'saveSnapshots',
    'openImportBatch',
  ];
  return [
    ...plain.map((name) => ({ name, text: registry.get(name) })),
    ...['Entity', 'Source'].map((label) => ({
      name: `snapshotNodes ${label}`,
      text: registry.variant('snapshotNodes', label),
    })),
    ...CREATED_NODE_LABELS.map((labels) => ({
      name: `createNodes ${labels}`,
      text: registry.variant('createNodes', labels),
    })),
    ...RELATIONSHIP_TYPES.flatMap((type) => [
      { name: `snapshotRelationships ${type}`, text: registry.variant('snapshotRelationships', type) },
      { name: `updateRelationships ${type}`, text: registry.variant('updateRelationships', type) },
      { name: `createRelationships ${type}`, text: registry.variant('createRelationships', type) },
    ]),
  ];
}

type PlanNode = { operatorType: string; children: PlanNode[] };
const operators = (plan: PlanNode): string[] => [
  plan.operatorType.replace(/@.*$/, ''),
  ...plan.children.flatMap(operators),
];
/**
 * The operators that see every row of the batch: all but the per-row side of a subquery (the
 * second child of SubqueryForeach), where an Eager holds one row's element, not the batch.
 */
const batchOperators = (plan: PlanNode): string[] => {
  const op = plan.operatorType.replace(/@.*$/, '');
  const children = op === 'SubqueryForeach' ? plan.children.slice(0, 1) : plan.children;
  return [op, ...children.flatMap(batchOperators)];
};

async function plans() {
  const out = new Map<string, { all: string[]; batch: string[] }>();
  for (const { name, text } of importWriteQueries()) {
    const plan = (await driver.executeQuery(`EXPLAIN ${text}`)).summary.plan as unknown as PlanNode;
    out.set(name, { all: operators(plan), batch: batchOperators(plan) });
  }
  return out;
}

const tag = `b${Date.now().toString(36)}`;
const countJournal = async () => {
  const result = await driver.executeQuery(
    'MATCH (n) WHERE n:ImportRun OR n:ImportBatch OR n:ImportSnapshot RETURN count(n) AS count',
  );
  return result.records[0]?.get('count').toNumber();
};

describe('the import write queries', () => {
  let empty: Awaited<ReturnType<typeof plans>>;

  it('use index seeks or seeks by element id on an empty store, and no Eager over a batch but the bare driver one', async () => {
    empty = await plans();
    expect(empty.size).toBeGreaterThan(40);
    for (const [name, { all, batch }] of empty) {
      // One Eager is accepted: in createRelationships, the same statement as the bare driver's
      // (MATCH both ends by index seek, CREATE, SET r = map). It holds that batch's rows, which are
      // already in memory as its parameter; what made the old import slow was an Eager over a
      // scan of every relationship per row, which no plan here has (checked just below).
      if (!name.startsWith('createRelationships ')) expect(batch, name).not.toContain('Eager');
      expect(
        all.some((op) => /AllNodesScan|AllRelationshipsScan|NodeByLabelScan/.test(op)),
        name,
      ).toBe(false);
    }
    const plan = (name: string) => empty.get(name)?.all.join(' ');
    expect(plan('createRelationships COOPERATES_WITH')).toMatch(/NodeUniqueIndexSeek/);
    expect(plan('snapshotRelationships COOPERATES_WITH')).toMatch(/RelationshipUniqueIndexSeek/);
    expect(plan('updateRelationships COOPERATES_WITH')).toMatch(/RelationshipUniqueIndexSeek/);
    expect(plan('updateNodes')).toMatch(/NodeByElementIdSeek/);
  }, 180_000);

  it('plan the same once the store is full', async () => {
    await importDocuments(db, readDatasetFolder());
    await importDocuments(
      db,
      [
        {
          file: 'generated.json',
          data: importDocument({ tag: `${tag}full`, organisations: 400, relationships: 4_000 }),
        },
      ],
      {
        batchSize: 1_000,
      },
    );
    const full = await plans();
    expect([...full.keys()]).toEqual([...empty.keys()]);
    for (const [name, ops] of full) expect(ops.all, name).toEqual(empty.get(name)?.all);
  }, 180_000);
});

/** `npm run import` on a file, as a process of its own (node, not npx, so that the kill reaches it). */
function startCli(file: string, batchSize: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'server/import/import-cli.ts', file], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: embedded.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: PASSWORD,
      IMPORT_BATCH_SIZE: String(batchSize),
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('an import killed mid-way (SIGKILL)', () => {
  it('is undone by the recovery at the next start: the graph is exactly as before', async () => {
    const file = path.join(dir, 'killed.json');
    writeImportDocument(file, {
      tag: `${tag}kill`,
      organisations: 2_000,
      relationships: 30_000,
      linkTo: [{ id: 'vitagora', label: 'Organisation' }],
    });
    const before = await graphFingerprint(driver);
    const cli = startCli(file, 500);
    let stderr = '';
    // Killed once a good part of the relationships is written: several batches committed.
    await new Promise<void>((resolve, reject) => {
      cli.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const batches = [...stderr.matchAll(/batch (\d+)/g)].map((m) => Number(m[1]));
        if (Math.max(0, ...batches) >= 20 && cli.exitCode === null) {
          cli.kill('SIGKILL');
          resolve();
        }
      });
      cli.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL')
          reject(new Error(`the import ended before it was killed (${code}): ${stderr}`));
      });
    });
    await new Promise((resolve) =>
      cli.exitCode !== null || cli.signalCode ? resolve(null) : cli.once('exit', resolve),
    );

    // Killed mid-way: some batches are in the graph, and the journal says the import was open.
    const open = await driver.executeQuery(
      "MATCH (r:ImportRun {state: 'writing'}) RETURN r.written AS written",
    );
    expect(open.records).toHaveLength(1);
    expect(open.records[0]?.get('written').toNumber()).toBeGreaterThan(0);
    expect(await graphFingerprint(driver)).not.toBe(before);

    const report = await recoverInterruptedImports(db);
    expect(report.undone).toHaveLength(1);
    expect(await graphFingerprint(driver)).toBe(before);
    expect(await countJournal()).toBe(0);
  }, 240_000);
});

describe('a failure found late', () => {
  it('a bad record in the last batch writes nothing', async () => {
    const doc = importDocument({ tag: `${tag}late`, organisations: 300, relationships: 3_000 });
    (doc.relationships as Record<string, unknown>[]).push({
      type: 'COOPERATES_WITH',
      from: `org-${tag}late-1`,
      to: 'no-such-organisation',
      quote: 'the partners signed a cooperation agreement',
    });
    const before = await graphFingerprint(driver);
    const error = await importDocuments(db, [{ file: 'late.json', data: doc }], { batchSize: 500 }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(DatasetInvalidError);
    expect((error as DatasetInvalidError).errors[0]).toMatchObject({
      file: 'late.json',
      record: expect.stringContaining('relationships[3000]'),
      field: 'to',
    });
    expect(await graphFingerprint(driver)).toBe(before);
  }, 120_000);

  it('a disagreement seen only after every batch is written is undone', async () => {
    // Two documents cite one relationship with different dates: known only once both are read,
    // after the other relationships are written in batches.
    const first = importDocument({ tag: `${tag}twice`, organisations: 300, relationships: 3_000 });
    const shared = (first.relationships as Record<string, unknown>[])[0] as Record<string, unknown>;
    const second = {
      source: { ...first.source, id: `src-${tag}twice-2`, title: 'Second' },
      nodes: [],
      relationships: [{ ...shared, props: { since: '1999' } }],
    };
    (shared as { props?: unknown }).props = { since: '2001' };
    const before = await graphFingerprint(driver);
    let batches = 0;
    const error = await importDocuments(
      db,
      [
        { file: 'first.json', data: first },
        { file: 'second.json', data: second },
      ],
      {
        batchSize: 500,
        onProgress: (p) => {
          batches = p.batches;
        },
      },
    ).catch((e) => e);
    expect(error).toBeInstanceOf(DatasetInvalidError);
    expect(JSON.stringify((error as DatasetInvalidError).errors)).toContain('since');
    expect(batches).toBeGreaterThan(3);
    expect(await graphFingerprint(driver)).toBe(before);
    expect(await countJournal()).toBe(0);
  }, 120_000);

  it('a second import while one is open is refused with 409, and the open one is left alone', async () => {
    await driver.executeQuery(
      "CREATE (:ImportRun {id: 'held', lock: 'import', state: 'writing', host: $host, pid: $pid, total: 1, written: 0, heartbeatAt: datetime()})",
      { host: os.hostname(), pid: neo4j.int(process.pid) },
    );
    try {
      const error = await importDocuments(db, readDatasetFolder()).catch((e) => e);
      expect(error).toMatchObject({ status: 409, code: 'import-in-progress' });
      const report = await recoverInterruptedImports(db);
      expect(report.running).toEqual(['held']);
    } finally {
      await driver.executeQuery("MATCH (r:ImportRun {id: 'held'}) DELETE r");
    }
  });
});
