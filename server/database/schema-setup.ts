// The one-off setup of a database (`npm run db:setup`, and `npm start` on the embedded default):
// the constraints and indexes of cypher/schema-setup (all idempotent: IF NOT EXISTS), and the
// curated dataset loaded into an empty database. Also the read-only check, made at every start,
// of which of those schema items a database lacks.
import { readDatasetFolder } from '../import/dataset-files.ts';
import { type ImportSummary, importDocuments } from '../import/dataset-loader.ts';
import type { Database } from './database.ts';
import type { QueryRegistry } from './query-registry.ts';

export async function applySchema(db: Database): Promise<number> {
  const statements = db.queries.schemaStatements();
  for (const statement of statements) await db.runSchemaStatement(statement.text);
  return statements.length;
}

/** Loads the curated dataset when the database holds no cooperation-graph nodes yet. */
export async function seedIfEmpty(db: Database): Promise<ImportSummary | undefined> {
  if (!(await isEmpty(db))) return undefined;
  return importDocuments(db, readDatasetFolder());
}

export async function isEmpty(db: Database): Promise<boolean> {
  const result = await db.read<{ count: { toNumber(): number } }>('countNodes');
  return (result.records[0]?.get('count').toNumber() ?? 0) === 0;
}

/** Names of the constraints and indexes cypher/schema-setup creates, in file order. */
export function schemaItemNames(queries: QueryRegistry): string[] {
  return queries.schemaStatements().flatMap((statement) => {
    const match =
      /\bCREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+|POINT\s+|VECTOR\s+)?INDEX)\s+`?(\w+)`?/i.exec(
        statement.text,
      );
    return match?.[1] ? [match[1]] : [];
  });
}

export interface SchemaCheck {
  /** Schema items of cypher/schema-setup the database does not have. */
  missing: string[];
  /** Present but not usable yet (populating) or broken (failed), with their state. */
  notOnline: { name: string; state: string }[];
}

/** Which schema items the database lacks, read-only (a constraint's backing index has its name). */
export async function checkSchema(db: Database): Promise<SchemaCheck> {
  const result = await db.read<{ name: string; state: string }>('schemaIndexes');
  const states = new Map(result.records.map((record) => [record.get('name'), record.get('state')]));
  const names = schemaItemNames(db.queries);
  return {
    missing: names.filter((name) => !states.has(name)),
    notOnline: names.flatMap((name) => {
      const state = states.get(name);
      return state !== undefined && state !== 'ONLINE' ? [{ name, state }] : [];
    }),
  };
}

export interface SetupSummary {
  statements: number;
  /** What was loaded into an empty database; undefined when it held data or seeding is off. */
  seeded?: ImportSummary;
}

/** The whole one-off setup: schema, then the curated dataset into an empty database when `seed`. */
export async function setUpDatabase(db: Database, options: { seed: boolean }): Promise<SetupSummary> {
  const statements = await applySchema(db);
  const seeded = options.seed ? await seedIfEmpty(db) : undefined;
  return { statements, ...(seeded ? { seeded } : {}) };
}

/** Setup at start: on the embedded database by default, on an external one only when asked. */
export function setsUpAtStart(config: { SETUP_ON_START: 'auto' | 'always' | 'never'; NEO4J_URI?: string }) {
  if (config.SETUP_ON_START === 'auto') return !config.NEO4J_URI;
  return config.SETUP_ON_START === 'always';
}
