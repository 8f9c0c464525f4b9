// The one loader behind `npm start` (curated dataset), `npm run import` and POST /api/import:
// the database side of the import (the format, its validation and merge live in seed/).
// It validates everything before writing, then writes in one transaction: a bad record means
// nothing is written, and re-running an import changes nothing (MERGE on ids, citations deduplicated).
import neo4j from 'neo4j-driver';
import type { NodeLabel } from '../../seed/dataset-schema.ts';
import { spanOf } from '../../seed/model/time-span.ts';
import {
  type DatasetError,
  type DatasetInput,
  type MergedDataset,
  mergeDocuments,
  type NeoValue,
  referencedUnknownIds,
} from '../../seed/validate-dataset.ts';
import type { Database } from '../database/database.ts';
import { AppError } from '../shared/errors.ts';
import { deriveProperties } from './derived-properties.ts';

export interface ImportSummary {
  sources: number;
  nodes: number;
  relationships: number;
}

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

/** Validates the documents against the format and the database, then writes them atomically. */
export async function importDocuments(db: Database, inputs: DatasetInput[]): Promise<ImportSummary> {
  const dataset = await validateAgainstDatabase(db, inputs);
  const summary = await db.writeTransaction(async (tx) => {
    const run = (name: Parameters<Database['queries']['get']>[0], rows: unknown[]) =>
      tx.run(db.queries.get(name), { rows });
    await run('mergeSources', dataset.sources.map(sourceRow));
    await run('mergeNodes', dataset.nodes.map(nodeRow));
    const written = await run('mergeRelationships', dataset.relationships.map(relationshipRow));
    if (written.records.length !== dataset.relationships.length) {
      // Validation saw every endpoint, so this only happens when a node vanished meanwhile.
      throw new AppError(
        409,
        'import-conflict',
        'A relationship endpoint disappeared during the import; nothing was written.',
      );
    }
    await run('linkNodeSources', mentionRows(dataset));
    return {
      sources: dataset.sources.length,
      nodes: dataset.nodes.length,
      relationships: dataset.relationships.length,
    };
  }, 'import');
  await deriveProperties(db);
  return summary;
}

async function validateAgainstDatabase(db: Database, inputs: DatasetInput[]): Promise<MergedDataset> {
  const firstPass = mergeDocuments(inputs, {
    knownNodes: await existingLabels(db, referencedUnknownIds(inputs)),
  });
  if (!firstPass.ok) throw new DatasetInvalidError(firstPass.errors);
  // A node already stored under another label would get two labels: refuse it by name.
  const stored = await existingLabels(
    db,
    firstPass.dataset.nodes.map((node) => node.id),
  );
  const clashes: DatasetError[] = firstPass.dataset.nodes
    .filter((node) => stored.has(node.id) && stored.get(node.id) !== node.label)
    .map((node) => ({
      file: '(database)',
      record: `node "${node.id}"`,
      field: 'label',
      message: `"${node.id}" is already stored as ${stored.get(node.id)}, not ${node.label}`,
    }));
  if (clashes.length > 0) throw new DatasetInvalidError(clashes);
  return firstPass.dataset;
}

async function existingLabels(db: Database, ids: string[]): Promise<Map<string, NodeLabel>> {
  if (ids.length === 0) return new Map();
  const result = await db.read<{ id: string; label: NodeLabel }>('existingNodeLabels', { ids });
  return new Map(result.records.map((record) => [record.get('id'), record.get('label')]));
}

/** Whole numbers travel as Neo4j integers; the driver would otherwise send every number as a float. */
function toNeo(value: NeoValue): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map((item) => toNeo(item as NeoValue));
  return value;
}

function withoutCitations(properties: Record<string, NeoValue>, alsoDrop: string[] = []) {
  const dropped = new Set(['sources', 'quotes', ...alsoDrop]);
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([key]) => !dropped.has(key))
      .map(([key, value]) => [key, toNeo(value)]),
  );
}

/**
 * The span the record covers, stored so every query applies one predicate to it (seed/model/time-span.ts).
 * Undated records get nulls, which `SET +=` turns into removals: a re-import that drops a date
 * leaves no stale span behind.
 */
function spanProperties(kind: { label?: string; type?: string }, properties: Record<string, NeoValue>) {
  const span = spanOf(kind, properties);
  return { spanStart: span?.start ?? null, spanEnd: span?.end ?? null };
}

const stringList = (value: NeoValue | undefined): string[] =>
  Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];

function sourceRow(source: MergedDataset['sources'][number]) {
  return { id: source.id, properties: withoutCitations(source.properties) };
}

function nodeRow(node: MergedDataset['nodes'][number]) {
  return {
    id: node.id,
    label: node.label,
    properties: {
      ...withoutCitations(node.properties, ['aliases']),
      ...spanProperties({ label: node.label }, node.properties),
    },
    sources: stringList(node.properties.sources),
    quotes: stringList(node.properties.quotes),
    aliases: stringList(node.properties.aliases),
  };
}

function relationshipRow(rel: MergedDataset['relationships'][number]) {
  return {
    id: rel.id,
    type: rel.type,
    from: rel.from,
    to: rel.to,
    properties: {
      ...withoutCitations(rel.properties),
      ...spanProperties({ type: rel.type }, rel.properties),
    },
    sources: stringList(rel.properties.sources),
    quotes: stringList(rel.properties.quotes),
  };
}

/** Each node with the sources that cite it or one of its relationships. */
function mentionRows(dataset: MergedDataset) {
  const mentions = new Map<string, Set<string>>();
  const add = (id: string, sources: string[]) => {
    const set = mentions.get(id) ?? new Set<string>();
    for (const source of sources) set.add(source);
    mentions.set(id, set);
  };
  for (const node of dataset.nodes) add(node.id, stringList(node.properties.sources));
  for (const rel of dataset.relationships) {
    const sources = stringList(rel.properties.sources);
    add(rel.from, sources);
    add(rel.to, sources);
  }
  return [...mentions].map(([id, sourceIds]) => ({ id, sourceIds: [...sourceIds] }));
}
