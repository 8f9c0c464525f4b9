// The reference bulk load the importer is measured against: the bare driver writing the same rows
// the importer writes (same labels, properties, stored spans and MENTIONED_IN links) with plain
// `UNWIND` batches of 10,000 rows, one label or relationship type per statement, one auto-commit
// transaction per batch, and no validation. It assumes what the generator writes: one source per
// file, each node declared once; it is a yardstick, not an importer.
import { readFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import {
  type DatasetDocument,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  relationshipId,
} from '../../../seed/dataset-schema.ts';
import { spanOf } from '../../../seed/model/time-span.ts';
import { loadQueryRegistry } from '../../../server/database/query-registry.ts';
import { DERIVATION_STEPS } from '../../../server/import/derived-properties.ts';

export const BARE_BATCH_ROWS = 10_000;

export interface BareLoadSummary {
  sources: number;
  nodes: number;
  relationships: number;
  mentions: number;
  milliseconds: number;
}

type Row = Record<string, unknown>;

/** Whole numbers as Neo4j integers, as the importer stores them (the driver sends floats otherwise). */
const toNeo = (value: unknown): unknown =>
  typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;

function withNeoNumbers(props: Record<string, unknown> | undefined): Row {
  return Object.fromEntries(Object.entries(props ?? {}).map(([key, value]) => [key, toNeo(value)]));
}

function spanRow(kind: { label?: string; type?: string }, props: Record<string, unknown> | undefined): Row {
  const span = spanOf(kind, props ?? {});
  return span ? { spanStart: span.start, ...(span.end ? { spanEnd: span.end } : {}) } : {};
}

function nodeRow(node: DatasetDocument['nodes'][number], sourceId: string): Row {
  const row: Row = { id: node.id, name: node.name };
  if (node.nameEn !== undefined) row.nameEn = node.nameEn;
  if (node.aliases && node.aliases.length > 0) row.aliases = node.aliases;
  if (node.kind !== undefined) row.kind = node.kind;
  return {
    ...row,
    ...withNeoNumbers(node.props),
    ...spanRow({ label: node.label }, node.props),
    sources: [sourceId],
    quotes: [node.quote],
    sourceCount: neo4j.int(1),
  };
}

function relationshipRow(rel: DatasetDocument['relationships'][number], sourceId: string): Row {
  const properties: Row = { id: relationshipId(rel) };
  if (rel.key !== undefined) properties.key = rel.key;
  return {
    from: rel.from,
    to: rel.to,
    properties: {
      ...properties,
      ...withNeoNumbers(rel.props),
      ...spanRow({ type: rel.type }, rel.props),
      sources: [sourceId],
      quotes: [rel.quote],
      sourceCount: neo4j.int(1),
    },
  };
}

/** Buffers rows per statement and writes each full batch in its own transaction. */
class BatchWriter {
  private readonly pending = new Map<string, Row[]>();
  written = 0;

  constructor(private readonly driver: Driver) {}

  async add(statement: string, row: Row): Promise<void> {
    const rows = this.pending.get(statement) ?? [];
    rows.push(row);
    this.pending.set(statement, rows);
    if (rows.length >= BARE_BATCH_ROWS) await this.flush(statement);
  }

  async flushAll(): Promise<void> {
    for (const statement of [...this.pending.keys()]) await this.flush(statement);
  }

  private async flush(statement: string): Promise<void> {
    const rows = this.pending.get(statement) ?? [];
    this.pending.delete(statement);
    if (rows.length === 0) return;
    await this.driver.executeQuery(statement, { rows }, { routing: neo4j.routing.WRITE });
    this.written += rows.length;
  }
}

// Labels and types come from the format's allow-lists, so splicing them into the text is safe.
const nodeStatement = (label: string) =>
  `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:${label}, n += row`;
const relationshipStatement = (type: string) =>
  `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.properties`;
const SOURCE_STATEMENT = 'UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s += row';
const MENTION_STATEMENT =
  'UNWIND $rows AS row MATCH (n:Entity {id: row.id}) MATCH (s:Source {id: row.source}) CREATE (n)-[:MENTIONED_IN]->(s)';

const readDocument = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as DatasetDocument;

/**
 * Applies the project's constraints and indexes, then loads the files: sources and nodes in a first
 * pass, relationships and mentions in a second (a relationship may join nodes of later files).
 */
export async function loadWithBareDriver(
  driver: Driver,
  files: string[],
  progress: (message: string) => void = () => {},
): Promise<BareLoadSummary> {
  const started = performance.now();
  for (const statement of loadQueryRegistry().schemaStatements()) {
    await driver.executeQuery(statement.text, {}, { routing: neo4j.routing.WRITE });
  }
  const labels = new Set<string>(NODE_LABELS);
  const types = new Set<string>(RELATIONSHIP_TYPES);
  const nodes = new BatchWriter(driver);
  const sources = new BatchWriter(driver);
  for (const [i, file] of files.entries()) {
    const doc = readDocument(file);
    await sources.add(SOURCE_STATEMENT, withNeoNumbers(doc.source));
    for (const node of doc.nodes) {
      if (!labels.has(node.label)) throw new Error(`${file}: label ${node.label} is not in the format`);
      await nodes.add(nodeStatement(node.label), nodeRow(node, doc.source.id));
    }
    if (i % 200 === 0) progress(`nodes: ${i + 1}/${files.length} files, ${nodes.written} written`);
  }
  await sources.flushAll();
  await nodes.flushAll();

  const relationships = new BatchWriter(driver);
  const mentions = new BatchWriter(driver);
  for (const [i, file] of files.entries()) {
    const doc = readDocument(file);
    // What the importer links: each node to the sources citing it or one of its relationships.
    const mentioned = new Set<string>(doc.nodes.map((node) => node.id));
    for (const rel of doc.relationships) {
      if (!types.has(rel.type)) throw new Error(`${file}: type ${rel.type} is not in the format`);
      await relationships.add(relationshipStatement(rel.type), relationshipRow(rel, doc.source.id));
      mentioned.add(rel.from);
      mentioned.add(rel.to);
    }
    for (const id of mentioned) await mentions.add(MENTION_STATEMENT, { id, source: doc.source.id });
    if (i % 200 === 0)
      progress(`relationships: ${i + 1}/${files.length} files, ${relationships.written} written`);
  }
  await relationships.flushAll();
  await mentions.flushAll();
  await deriveWithDriver(driver);
  return {
    sources: sources.written,
    nodes: nodes.written,
    relationships: relationships.written,
    mentions: mentions.written,
    milliseconds: performance.now() - started,
  };
}

/**
 * What the importer derives after writing (server/import/derived-properties.ts), run through a bare
 * driver: the overview and the stored rankings need it. Also run by `bench:scale -- --rederive` on a
 * reused store, whose derived values are those of the code that loaded it.
 */
export async function deriveWithDriver(driver: Driver): Promise<number> {
  const started = performance.now();
  const registry = loadQueryRegistry();
  for (const step of DERIVATION_STEPS) {
    await step((name, params) =>
      driver.executeQuery(registry.get(name), params, {
        routing: neo4j.routing.WRITE,
        transactionConfig: { timeout: 600_000 },
      }),
    );
  }
  return performance.now() - started;
}
