// The one loader behind `npm start` (curated dataset), `npm run import` and the HTTP imports: the
// database side of the import (the format, its checks and merge live in seed/).
// Two passes over the documents, which may be streamed from disk: the first checks every record
// (nothing is written when one is bad), the second writes in batches of IMPORT_BATCH_SIZE rows, one
// transaction each, under the import journal: a failure, a crash or a kill before the end is undone
// (at once, or by the recovery at the next start), so an import is all or nothing. Re-running an
// import changes nothing (elements are found by id, citations deduplicated).
import { randomUUID } from 'node:crypto';
import { detachedRecord, IdTable } from '../../seed/compact-ids.ts';
import { type CheckResult, DatasetCheck, originOf } from '../../seed/dataset-check.ts';
import { relationshipRecordName } from '../../seed/dataset-errors.ts';
import { type NodeLabel, relationshipId, relationshipRecordSchema } from '../../seed/dataset-schema.ts';
import { mergeRelationship, type RelationshipOccurrence } from '../../seed/merge-records.ts';
import type {
  DatasetError,
  DatasetInput,
  MergedRelationship,
  MergedSource,
} from '../../seed/validate-dataset.ts';
import type { Database } from '../database/database.ts';
import { AppError } from '../shared/errors.ts';
import { writeMentionBatch, writeNodeBatch, writeRelationshipBatch } from './batch-writer.ts';
import {
  type AsyncDocumentVisitor,
  DatasetFileError,
  type DatasetSource,
  inMemorySource,
} from './dataset-reader.ts';
import { deriveProperties } from './derived-properties.ts';
import {
  discardImportJournal,
  inBatch,
  openImportRun,
  publishImportRun,
  recoverInterruptedImports,
  undoImportRun,
} from './import-journal.ts';

export interface ImportSummary {
  sources: number;
  nodes: number;
  relationships: number;
}

export interface ImportProgress {
  phase: 'checking' | 'writing' | 'published';
  /** Rows (sources, nodes, relationships) written so far, of `total`. */
  written: number;
  total: number;
  /** Transactions committed so far. */
  batches: number;
}

export interface ImportOptions {
  /** Rows per transaction (config IMPORT_BATCH_SIZE). */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** The id the journal records the import under (default: a new UUID). */
  importId?: string;
  /**
   * Who imports (a write token's name, or "cli"): the published import is recorded in the audit
   * trail under this name. The curated dataset loaded at start-up gives none and is not recorded.
   */
  actor?: string;
}

const DEFAULT_BATCH_SIZE = 10_000;

export class DatasetInvalidError extends AppError {
  constructor(readonly errors: DatasetError[]) {
    const first = errors[0];
    const head = first ? `${first.file}: ${first.record}: ${first.field}: ${first.message}` : 'no details';
    super(
      400,
      'invalid-dataset',
      `The import was refused, nothing was written (${errors.length} error(s)); first: ${head}`,
      {
        errors,
      },
    );
  }
}

/** Documents already in memory (POST /api/import, the curated dataset). */
export function importDocuments(
  db: Database,
  inputs: DatasetInput[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  return importDatasets(db, inputs.map(inMemorySource), options);
}

/** Checks the documents against the format and the database, then writes them all or nothing. */
export async function importDatasets(
  db: Database,
  sources: DatasetSource[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  // An import interrupted earlier holds the lock and must not stay half-written.
  await recoverInterruptedImports(db);
  options.onProgress?.({ phase: 'checking', written: 0, total: 0, batches: 0 });
  const checked = await checkSources(db, sources);
  const summary: ImportSummary = {
    sources: checked.sources.length,
    nodes: checked.nodes.length,
    relationships: checked.relationshipCount,
  };
  const total = summary.sources + summary.nodes + summary.relationships;
  const importId = options.importId ?? randomUUID();
  await openImportRun(db, importId, total);

  let written = 0;
  let batches = 0;
  const inOneBatch = async (rows: number, work: Parameters<typeof inBatch>[4]) => {
    await inBatch(db, importId, batches, written, work);
    written += rows;
    batches++;
    options.onProgress?.({ phase: 'writing', written, total, batches });
  };
  try {
    for (const chunk of chunks(checked.sources, batchSize)) {
      const items = chunk.map((record: MergedSource) => ({ kind: 'source' as const, record }));
      await inOneBatch(chunk.length, (tx, batch) => writeNodeBatch(tx, db, batch, items));
    }
    for (const chunk of chunks(checked.nodes, batchSize)) {
      const items = chunk.map((record) => ({ kind: 'node' as const, record }));
      await inOneBatch(chunk.length, (tx, batch) => writeNodeBatch(tx, db, batch, items));
    }
    const mentions = new Mentions();
    for (const node of checked.nodes) mentions.add(node.id, node.properties.sources);
    const stream = new RelationshipStream(checked, batchSize, async (relationships) => {
      for (const rel of relationships) {
        mentions.add(rel.from, rel.properties.sources);
        mentions.add(rel.to, rel.properties.sources);
      }
      await inOneBatch(relationships.length, (tx, batch) =>
        writeRelationshipBatch(tx, db, batch, relationships),
      );
    });
    for (const source of sources) await readOrRefuse(source, stream);
    await stream.finish();
    for (const chunk of mentions.batches(batchSize)) {
      await inOneBatch(0, (tx, batch) => writeMentionBatch(tx, db, batch, chunk));
    }
    await publishImportRun(
      db,
      importId,
      written,
      options.actor === undefined
        ? undefined
        : {
            actor: options.actor,
            kind: 'import',
            sourceIds: checked.sources.map((source) => source.id),
            counts: { ...summary },
          },
    );
  } catch (error) {
    // When the undo itself fails (the database went away), the recovery at the next start does it.
    await undoImportRun(db, importId).catch(() => undefined);
    throw error;
  }
  options.onProgress?.({ phase: 'published', written, total, batches });
  // Published: the journal only serves an undo now. A failure to drop it is finished by recovery.
  await discardImportJournal(db, importId).catch(() => undefined);
  // ── After publish: the import is in the graph. Properties derived from it are computed here. ──
  await deriveProperties(db);
  return summary;
}

type Checked = Extract<CheckResult, { ok: true }>;

/** The first pass: every record against the format, then the cross-record and database checks. */
async function checkSources(db: Database, sources: DatasetSource[]): Promise<Checked> {
  const check = new DatasetCheck();
  for (const source of sources) await readOrRefuse(source, check);
  const ids = [...new Set([...check.nodeIds(), ...check.unknownEndpointIds()])];
  const result = check.finish(await existingLabels(db, ids));
  if (!result.ok) throw new DatasetInvalidError(result.errors);
  return result;
}

async function readOrRefuse(source: DatasetSource, visitor: AsyncDocumentVisitor): Promise<void> {
  try {
    await source.visit(visitor);
  } catch (error) {
    if (!(error instanceof DatasetFileError)) throw error;
    throw new DatasetInvalidError([
      { file: source.file, record: '(file)', field: '(json)', message: error.message },
    ]);
  }
}

/** Labels of the ids already stored, read in chunks so that a large import sends bounded lists. */
async function existingLabels(db: Database, ids: string[]): Promise<Map<string, NodeLabel>> {
  const labels = new Map<string, NodeLabel>();
  for (const chunk of chunks(ids, DEFAULT_BATCH_SIZE)) {
    const result = await db.read<{ id: string; label: NodeLabel }>('existingNodeLabels', { ids: chunk });
    for (const record of result.records) labels.set(record.get('id'), record.get('label'));
  }
  return labels;
}

/**
 * The second pass over the relationships: each record merged alone and written in batches, except
 * those several documents cite, which are merged from all their occurrences at the end.
 */
class RelationshipStream implements AsyncDocumentVisitor {
  private file = '';
  private pending: MergedRelationship[] = [];
  private readonly repeated = new Map<string, RelationshipOccurrence[]>();

  constructor(
    private readonly checked: Checked,
    private readonly batchSize: number,
    private readonly write: (relationships: MergedRelationship[]) => Promise<void>,
  ) {}

  begin(file: string) {
    this.file = file;
  }

  relationship(index: number, raw: unknown): Promise<void> | undefined {
    const source = this.checked.sourceOfFile.get(this.file);
    // The first pass passed every record: parsing again only applies the format's trims.
    const record = relationshipRecordSchema.parse(raw);
    if (!source) throw new Error(`the document ${this.file} lost its source between the two passes`);
    const occurrence = { record, origin: originOf(this.file, relationshipRecordName(index, record), source) };
    const id = relationshipId(record);
    const others = this.repeated.get(id);
    if (others) {
      others.push(detachedRecord(occurrence));
      return;
    }
    if (this.checked.repeated.has(id)) {
      // Held until the end: copied out of the stream parser's buffer (seed/compact-ids.ts).
      this.repeated.set(id, [detachedRecord(occurrence)]);
      return;
    }
    this.pending.push(mergeRelationship(id, [occurrence], []));
    if (this.pending.length >= this.batchSize) return this.flush();
  }

  async finish(): Promise<void> {
    const errors: DatasetError[] = [];
    for (const [id, occurrences] of this.repeated) {
      this.pending.push(mergeRelationship(id, occurrences, errors));
      if (errors.length === 0 && this.pending.length >= this.batchSize) await this.flush();
    }
    // Disagreements between documents citing one relationship show only once all are read.
    if (errors.length > 0) throw new DatasetInvalidError(errors);
    await this.flush();
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length > 0) await this.write(batch);
  }

  source() {}
  node() {}
  list() {}
  other() {}
  notAnObject() {}
  end() {}
}

/**
 * Each node with the sources that cite it or one of its relationships. Ids come from records being
 * streamed: the table's copies are kept, never the parser's slices (seed/compact-ids.ts).
 */
class Mentions {
  private readonly ids = new IdTable();
  private readonly byNode = new Map<string, Set<string>>();

  add(id: string, sources: unknown): void {
    const list = Array.isArray(sources) ? sources.map(String) : [];
    if (list.length === 0) return;
    let set = this.byNode.get(id);
    if (!set) {
      set = new Set<string>();
      this.byNode.set(this.ids.stored(id), set);
    }
    for (const source of list) set.add(this.ids.stored(source));
  }

  /** Rows of about `links` links each (a hub's node may be cited by thousands of sources). */
  *batches(links: number): Generator<{ id: string; sourceIds: string[] }[]> {
    let batch: { id: string; sourceIds: string[] }[] = [];
    let size = 0;
    for (const [id, sources] of this.byNode) {
      const all = [...sources];
      for (let i = 0; i < all.length; i += links) {
        const sourceIds = all.slice(i, i + links);
        batch.push({ id, sourceIds });
        size += sourceIds.length;
        if (size >= links) {
          yield batch;
          batch = [];
          size = 0;
        }
      }
    }
    if (batch.length > 0) yield batch;
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
