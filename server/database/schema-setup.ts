// Applies the constraints and indexes of cypher/schema-setup (all idempotent: IF NOT EXISTS),
// and loads the curated dataset into an empty database.
import { readDatasetFolder } from '../import/dataset-files.ts';
import { type ImportSummary, importDocuments } from '../import/dataset-loader.ts';
import type { Database } from './database.ts';

export async function applySchema(db: Database): Promise<number> {
  const statements = db.queries.schemaStatements();
  for (const statement of statements) await db.runSchemaStatement(statement.text);
  return statements.length;
}

/** Loads the curated dataset when the database holds no cooperation-graph nodes yet. */
export async function seedIfEmpty(db: Database): Promise<ImportSummary | undefined> {
  const result = await db.read<{ count: { toNumber(): number } }>('countNodes');
  const count = result.records[0]?.get('count').toNumber() ?? 0;
  if (count > 0) return undefined;
  return importDocuments(db, readDatasetFolder());
}
