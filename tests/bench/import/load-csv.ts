// Neo4j's own LOAD CSV as a second yardstick for the importer: the generated documents turned into
// one CSV file per label, relationship type, sources and mentions (the rows the bare-driver loader
// writes), then loaded with `LOAD CSV … CALL { … } IN TRANSACTIONS OF 10000 ROWS`. Values are
// strings in CSV: numbers and lists are converted back in the statements (toFloat, split).
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { type DatasetDocument, relationshipId } from '../../../seed/dataset-schema.ts';
import { spanOf } from '../../../seed/model/time-span.ts';

const LIST_SEPARATOR = '\u001f';

type Kind = 'number' | 'list' | 'string';

/** One CSV file with the union of its rows' columns, written when every row is known. */
class CsvTable {
  readonly rows: Record<string, string | number | string[] | undefined>[] = [];
  readonly kinds = new Map<string, Kind>();

  add(row: Record<string, unknown>): void {
    const clean: Record<string, string | number | string[] | undefined> = {};
    for (const [key, value] of Object.entries(row)) {
      if (value === undefined || value === null) continue;
      const kind: Kind = Array.isArray(value) ? 'list' : typeof value === 'number' ? 'number' : 'string';
      if (!this.kinds.has(key)) this.kinds.set(key, kind);
      clean[key] = Array.isArray(value)
        ? value.map(String)
        : typeof value === 'number'
          ? value
          : String(value);
    }
    this.rows.push(clean);
  }

  write(file: string): void {
    const columns = [...this.kinds.keys()];
    const fd = openSync(file, 'w');
    const cell = (value: string | number | string[] | undefined) => {
      if (value === undefined) return '';
      const text = Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
      return `"${text.replace(/"/g, '""')}"`;
    };
    writeSync(fd, `${columns.join(',')}\n`);
    let chunk = '';
    for (const row of this.rows) {
      chunk += `${columns.map((c) => cell(row[c])).join(',')}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
    closeSync(fd);
  }

  /** The Cypher map of a row's properties, each column converted back to its type. */
  propertiesMap(skip: string[]): string {
    const entries = [...this.kinds]
      .filter(([key]) => !skip.includes(key))
      .map(([key, kind]) => {
        const value =
          kind === 'number'
            ? `toFloat(row.${key})`
            : kind === 'list'
              ? `split(row.${key}, '${LIST_SEPARATOR}')`
              : `row.${key}`;
        return `${key}: ${value}`;
      });
    return `{${entries.join(', ')}}`;
  }
}

export interface CsvDataset {
  /** Statements in load order, each with its file under the database's import folder. */
  statements: { file: string; cypher: string }[];
}

function span(kind: { label?: string; type?: string }, props: Record<string, unknown> | undefined) {
  const s = spanOf(kind, (props ?? {}) as never);
  return { spanStart: s?.start, spanEnd: s?.end ?? undefined };
}

/** Writes the CSV files of the documents into `dir` and returns the statements that load them. */
export function writeCsvDataset(files: string[], dir: string): CsvDataset {
  const sources = new CsvTable();
  const nodes = new Map<string, CsvTable>();
  const rels = new Map<string, CsvTable>();
  const mentions = new CsvTable();
  const table = (map: Map<string, CsvTable>, key: string) => {
    const t = map.get(key) ?? new CsvTable();
    map.set(key, t);
    return t;
  };
  for (const file of files) {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as DatasetDocument;
    sources.add({ ...doc.source });
    const mentioned = new Set<string>();
    for (const node of doc.nodes) {
      table(nodes, node.label).add({
        id: node.id,
        name: node.name,
        nameEn: node.nameEn,
        aliases: node.aliases,
        kind: node.kind,
        ...node.props,
        ...span({ label: node.label }, node.props),
        sources: [doc.source.id],
        quotes: [node.quote],
      });
      mentioned.add(node.id);
    }
    for (const rel of doc.relationships) {
      table(rels, rel.type).add({
        from: rel.from,
        to: rel.to,
        id: relationshipId(rel),
        key: rel.key,
        ...rel.props,
        ...span({ type: rel.type }, rel.props),
        sources: [doc.source.id],
        quotes: [rel.quote],
      });
      mentioned.add(rel.from);
      mentioned.add(rel.to);
    }
    for (const id of mentioned) mentions.add({ id, source: doc.source.id });
  }
  const statements: CsvDataset['statements'] = [];
  const load = (file: string, body: string) =>
    `LOAD CSV WITH HEADERS FROM 'file:///${file}' AS row CALL (row) { ${body} } IN TRANSACTIONS OF 10000 ROWS`;
  sources.write(path.join(dir, 'sources.csv'));
  statements.push({
    file: 'sources.csv',
    cypher: load('sources.csv', `MERGE (s:Source {id: row.id}) SET s += ${sources.propertiesMap(['id'])}`),
  });
  for (const [label, t] of nodes) {
    const file = `nodes-${label}.csv`;
    t.write(path.join(dir, file));
    const props = t.propertiesMap(['id']).replace(/^\{/, '{sourceCount: 1, ');
    statements.push({
      file,
      cypher: load(file, `MERGE (n:Entity {id: row.id}) SET n:${label}, n += ${props}`),
    });
  }
  for (const [type, t] of rels) {
    const file = `relationships-${type}.csv`;
    t.write(path.join(dir, file));
    const props = t.propertiesMap(['from', 'to']).replace(/^\{/, '{sourceCount: 1, ');
    statements.push({
      file,
      cypher: load(
        file,
        `MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = ${props}`,
      ),
    });
  }
  mentions.write(path.join(dir, 'mentions.csv'));
  statements.push({
    file: 'mentions.csv',
    cypher: load(
      'mentions.csv',
      'MATCH (n:Entity {id: row.id}) MATCH (s:Source {id: row.source}) CREATE (n)-[:MENTIONED_IN]->(s)',
    ),
  });
  return { statements };
}

/** Runs the LOAD CSV statements (auto-commit: IN TRANSACTIONS needs it) and returns the time taken. */
export async function loadWithLoadCsv(
  driver: Driver,
  dataset: CsvDataset,
  schema: string[],
): Promise<number> {
  const started = performance.now();
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const statement of schema) await session.run(statement);
    for (const { cypher } of dataset.statements) await session.run(cypher);
  } finally {
    await session.close();
  }
  return performance.now() - started;
}
