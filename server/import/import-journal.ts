// The import's journal in the database, which keeps an import of many transactions atomic: an
// ImportRun (the lock, the state, the heartbeat) and one ImportBatch per transaction, recording in
// that same transaction what it created and a snapshot of what it changed. Publishing flips the
// run's state (the commit point); undo replays the batches backwards; recovery at start-up undoes
// a run whose process is gone, or finishes the clean-up of a published one.
import { hostname } from 'node:os';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { type NewAuditEntry, recordAudit } from '../audit/audit-log.ts';
import type { Database } from '../database/database.ts';
import type { QueryName } from '../database/query-registry.ts';
import { AppError } from '../shared/errors.ts';

/** A run of another host whose heartbeat is this old is taken for dead (its host cannot be asked). */
const STALE_AFTER_MS = 10 * 60_000;

export interface ImportRunState {
  id: string;
  state: 'writing' | 'published';
  host: string;
  pid: number;
  written: number;
  total: number;
  heartbeatMs: number;
}

export class ImportInProgressError extends AppError {
  constructor(run: ImportRunState | undefined) {
    super(
      409,
      'import-in-progress',
      run
        ? `Another import (${run.id}, ${run.written} of ${run.total} rows written) is in progress; try again when it has finished.`
        : 'Another import is in progress; try again when it has finished.',
    );
  }
}

const asNumber = (value: unknown) => (neo4j.isInt(value) ? value.toNumber() : Number(value ?? 0));

export function runQuery(
  tx: ManagedTransaction,
  db: Database,
  name: QueryName,
  params: Record<string, unknown>,
) {
  return tx.run(db.queries.get(name), params);
}

export async function listImportRuns(db: Database): Promise<ImportRunState[]> {
  const result = await db.read('importRuns');
  return result.records.map((record) => ({
    id: record.get('id'),
    state: record.get('state'),
    host: record.get('host'),
    pid: asNumber(record.get('pid')),
    written: asNumber(record.get('written')),
    total: asNumber(record.get('total')),
    heartbeatMs: asNumber(record.get('heartbeatMs')),
  }));
}

/** Opens the run (the lock); a second concurrent import is refused with 409. */
export async function openImportRun(db: Database, importId: string, total: number): Promise<void> {
  try {
    await db.writeTransaction(
      (tx) =>
        runQuery(tx, db, 'openImport', {
          importId,
          host: hostname(),
          pid: neo4j.int(process.pid),
          total: neo4j.int(total),
        }),
      'import: open',
    );
  } catch (error) {
    if (isConstraintError(error)) throw new ImportInProgressError((await listImportRuns(db))[0]);
    throw error;
  }
}

/** The database's refusal of a second ImportRun (fromNeo4jError keeps its code). */
function isConstraintError(error: unknown): boolean {
  return (
    error instanceof AppError && error.extra.neo4jCode === 'Neo.ClientError.Schema.ConstraintValidationFailed'
  );
}

/** Runs one batch in one transaction, with its journal record written in that transaction. */
export function inBatch<T>(
  db: Database,
  importId: string,
  seq: number,
  written: number,
  work: (tx: ManagedTransaction, batch: string) => Promise<T>,
): Promise<T> {
  return db.writeTransaction(async (tx) => {
    const opened = await runQuery(tx, db, 'openImportBatch', {
      importId,
      seq: neo4j.int(seq),
      written: neo4j.int(written),
    });
    const batch = opened.records[0]?.get('batch') as string | undefined;
    if (!batch) throw new AppError(409, 'import-abandoned', `The import ${importId} is no longer open.`);
    return work(tx, batch);
  }, `import: batch ${seq}`);
}

/**
 * The commit point: from here on the import is kept, whatever happens to its clean-up. The import's
 * audit entry is written in the same transaction, so a published import always has one.
 */
export async function publishImportRun(
  db: Database,
  importId: string,
  written: number,
  audit?: NewAuditEntry,
): Promise<void> {
  const result = await db.writeTransaction(async (tx) => {
    const published = await runQuery(tx, db, 'publishImport', { importId, written: neo4j.int(written) });
    if (published.records.length > 0 && audit) await recordAudit(tx, db, audit);
    return published;
  }, 'import: publish');
  if (result.records.length === 0) {
    throw new AppError(
      409,
      'import-abandoned',
      `The import ${importId} was undone before it could be published.`,
    );
  }
}

async function batchesOf(db: Database, importId: string): Promise<string[]> {
  const result = await db.read('importBatches', { importId });
  return result.records.map((record) => record.get('batch') as string);
}

/** Undoes every batch, last first, each in one transaction: a crash during undo leaves it resumable. */
export async function undoImportRun(db: Database, importId: string): Promise<void> {
  for (const batch of await batchesOf(db, importId)) {
    await db.writeTransaction(async (tx) => {
      await runQuery(tx, db, 'restoreNodeSnapshots', { batch });
      await runQuery(tx, db, 'restoreRelationshipSnapshots', { batch });
      await runQuery(tx, db, 'deleteCreated', { batch });
      await runQuery(tx, db, 'discardBatch', { batch });
    }, 'import: undo batch');
  }
  await db.writeTransaction((tx) => runQuery(tx, db, 'closeImport', { importId }), 'import: close');
}

/** After publishing: drops the journal (created lists and snapshots), batch by batch. */
export async function discardImportJournal(db: Database, importId: string): Promise<void> {
  for (const batch of await batchesOf(db, importId)) {
    await db.writeTransaction((tx) => runQuery(tx, db, 'discardBatch', { batch }), 'import: clean up');
  }
  await db.writeTransaction((tx) => runQuery(tx, db, 'closeImport', { importId }), 'import: close');
}

function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Whether the process that wrote the run can no longer be writing it. */
function ownerIsGone(run: ImportRunState, now: number): boolean {
  if (run.host === hostname()) return run.pid !== process.pid && processIsGone(run.pid);
  return now - run.heartbeatMs > STALE_AFTER_MS;
}

export interface RecoveryReport {
  undone: string[];
  finished: string[];
  /** Runs still being written by a live process, left alone. */
  running: string[];
}

/**
 * Finishes or undoes imports that were interrupted (a crash, a kill, a lost database): a published
 * run's journal is cleaned up, an unpublished one is undone, so the graph is exactly as it was
 * before it. Called at start-up (server and CLI) and before each import.
 */
export async function recoverInterruptedImports(db: Database): Promise<RecoveryReport> {
  const report: RecoveryReport = { undone: [], finished: [], running: [] };
  const now = Date.now();
  for (const run of await listImportRuns(db)) {
    if (run.state === 'published') {
      await discardImportJournal(db, run.id);
      report.finished.push(run.id);
    } else if (ownerIsGone(run, now)) {
      await undoImportRun(db, run.id);
      report.undone.push(run.id);
    } else {
      report.running.push(run.id);
    }
  }
  return report;
}
