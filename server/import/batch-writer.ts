// One batch of the import, inside its transaction: find which elements exist (snapshotting them into
// the batch's journal), create the others with static labels or types, update the existing ones by
// element id, and record what was created. Every step is an index seek or a seek by element id, the
// same plan on an empty store as on a full one (tests/integration/import-plans.test.ts).
import type { ManagedTransaction } from 'neo4j-driver';
import type { NodeLabel, RelationshipType } from '../../seed/dataset-schema.ts';
import type { MergedNode, MergedRelationship, MergedSource } from '../../seed/validate-dataset.ts';
import type { Database } from '../database/database.ts';
import { AppError } from '../shared/errors.ts';
import { runQuery } from './import-journal.ts';
import {
  type ShapedRecord,
  type StoredProperties,
  shapeNode,
  shapeRelationship,
  shapeSource,
  storedProperties,
} from './import-rows.ts';

interface Existing {
  elementId: string;
  properties: StoredProperties;
}

interface Created {
  nodes: string[];
  relationships: string[];
}

/** The elements that exist already, their state saved on the batch before anything changes. */
async function snapshot(
  tx: ManagedTransaction,
  db: Database,
  text: string,
  batch: string,
  ids: string[],
  kind: 'node' | 'relationship',
): Promise<Map<string, Existing>> {
  const result = await tx.run(text, { ids });
  const existing = new Map<string, Existing>(
    result.records.map((record) => [
      record.get('id') as string,
      { elementId: record.get('elementId'), properties: record.get('properties') },
    ]),
  );
  if (existing.size > 0) {
    const rows = [...existing.values()].map(({ elementId, properties }) => ({ elementId, kind, properties }));
    await runQuery(tx, db, 'saveSnapshots', { batch, rows });
  }
  return existing;
}

async function record(tx: ManagedTransaction, db: Database, batch: string, created: Created) {
  await runQuery(tx, db, 'recordCreated', { batch, ...created });
}

/** push(...list) passes every item as an argument: past ~100,000 that overflows the stack. */
function appendAll<T>(target: T[], items: T[]): void {
  for (const item of items) target.push(item);
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item)) ?? [];
    group.push(item);
    groups.set(key(item), group);
  }
  return groups;
}

/** Sources and nodes: created under their labels, or updated with accumulated citations. */
export async function writeNodeBatch(
  tx: ManagedTransaction,
  db: Database,
  batch: string,
  items: { kind: 'source'; record: MergedSource }[] | { kind: 'node'; record: MergedNode }[],
): Promise<void> {
  const created: Created = { nodes: [], relationships: [] };
  const kind = items[0]?.kind ?? 'node';
  const snapshotLabel = kind === 'source' ? 'Source' : 'Entity';
  const existing = await snapshot(
    tx,
    db,
    db.queries.variant('snapshotNodes', snapshotLabel),
    batch,
    items.map((item) => item.record.id),
    'node',
  );
  const shape = (item: (typeof items)[number]): ShapedRecord =>
    item.kind === 'source' ? shapeSource(item.record) : shapeNode(item.record);
  const fresh = items.filter((item) => !existing.has(item.record.id));
  const labelOf = (item: (typeof items)[number]) =>
    item.kind === 'source' ? 'Source' : `Entity:${(item.record as MergedNode).label satisfies NodeLabel}`;
  for (const [labels, group] of groupBy(fresh, labelOf)) {
    const rows = group.map((item) => ({ properties: storedProperties(shape(item), undefined, kind) }));
    const result = await tx.run(db.queries.variant('createNodes', labels), { rows });
    appendAll(created.nodes, (result.records[0]?.get('created') as string[] | undefined) ?? []);
  }
  const updates = items.flatMap((item) => {
    const before = existing.get(item.record.id);
    return before
      ? [{ elementId: before.elementId, properties: storedProperties(shape(item), before.properties, kind) }]
      : [];
  });
  if (updates.length > 0) await runQuery(tx, db, 'updateNodes', { rows: updates });
  await record(tx, db, batch, created);
}

/** Relationships, per type so that each statement has a static type and uses its id constraint. */
export async function writeRelationshipBatch(
  tx: ManagedTransaction,
  db: Database,
  batch: string,
  relationships: MergedRelationship[],
): Promise<void> {
  const created: Created = { nodes: [], relationships: [] };
  for (const [type, group] of groupBy(relationships, (rel): RelationshipType => rel.type)) {
    const existing = await snapshot(
      tx,
      db,
      db.queries.variant('snapshotRelationships', type),
      batch,
      group.map((rel) => rel.id),
      'relationship',
    );
    const rows = group
      .filter((rel) => !existing.has(rel.id))
      .map((rel) => ({
        from: rel.from,
        to: rel.to,
        properties: storedProperties(shapeRelationship(rel), undefined, 'relationship'),
      }));
    if (rows.length > 0) {
      const result = await tx.run(db.queries.variant('createRelationships', type), { rows });
      const ids = result.records[0]?.get('created') as string[];
      if (ids.length !== rows.length) {
        // Validation saw every endpoint, so this only happens when a node vanished meanwhile.
        throw new AppError(
          409,
          'import-conflict',
          'A relationship endpoint disappeared during the import; nothing was written.',
        );
      }
      appendAll(created.relationships, ids);
    }
    const updates = group.flatMap((rel) => {
      const before = existing.get(rel.id);
      if (!before) return [];
      return [
        {
          id: rel.id,
          properties: storedProperties(shapeRelationship(rel), before.properties, 'relationship'),
        },
      ];
    });
    if (updates.length > 0) {
      await tx.run(db.queries.variant('updateRelationships', type), { rows: updates });
    }
  }
  await record(tx, db, batch, created);
}

/** Node → source links that do not exist yet. */
export async function writeMentionBatch(
  tx: ManagedTransaction,
  db: Database,
  batch: string,
  mentions: { id: string; sourceIds: string[] }[],
): Promise<number> {
  const existing = await runQuery(tx, db, 'existingMentions', { rows: mentions });
  const linked = new Map(
    existing.records.map((r) => [r.get('id') as string, new Set(r.get('sourceIds') as string[])]),
  );
  const rows = mentions.flatMap(({ id, sourceIds }) =>
    sourceIds.filter((sourceId) => !linked.get(id)?.has(sourceId)).map((sourceId) => ({ id, sourceId })),
  );
  const created: Created = { nodes: [], relationships: [] };
  if (rows.length > 0) {
    const result = await runQuery(tx, db, 'createMentions', { rows });
    appendAll(created.relationships, (result.records[0]?.get('created') as string[] | undefined) ?? []);
  }
  await record(tx, db, batch, created);
  return rows.length;
}
