// Saved column mappings (:SpreadsheetMapping, a bookkeeping label hidden from /api/schema): a team
// that imports the same register every month maps its columns once and reuses the mapping by name.
import neo4j from 'neo4j-driver';
import {
  type SavedMapping,
  type SpreadsheetMapping,
  spreadsheetMappingSchema,
} from '../../contract/spreadsheet.ts';
import type { Database } from '../../database/database.ts';
import { notFound } from '../../shared/errors.ts';

/** More mappings than a team keeps; the list is one short read. */
const MAX_LISTED = 500;

export async function saveMapping(
  db: Database,
  name: string,
  mapping: SpreadsheetMapping,
  savedBy: string,
): Promise<SavedMapping> {
  const record = await db.writeTransaction(async (tx) => {
    const result = await tx.run(db.queries.get('saveSpreadsheetMapping'), {
      name,
      shape: mapping.shape,
      mapping: JSON.stringify(mapping),
      savedBy,
    });
    return result.records[0];
  }, 'spreadsheet: save mapping');
  return {
    name: record?.get('name') ?? name,
    mapping,
    savedBy: record?.get('savedBy') ?? savedBy,
    savedAt: record?.get('savedAt') ?? new Date().toISOString(),
  };
}

export async function listMappings(db: Database): Promise<SavedMapping[]> {
  const result = await db.read<{ name: string; mapping: string; savedBy: string; savedAt: string }>(
    'listSpreadsheetMappings',
    { limit: neo4j.int(MAX_LISTED) },
  );
  // A mapping saved by an older version that no longer parses is left out rather than failing the list.
  return result.records.flatMap((record) => {
    const parsed = spreadsheetMappingSchema.safeParse(JSON.parse(record.get('mapping')));
    if (!parsed.success) return [];
    return [
      {
        name: record.get('name'),
        mapping: parsed.data,
        savedBy: record.get('savedBy'),
        savedAt: record.get('savedAt'),
      },
    ];
  });
}

export async function findMapping(db: Database, name: string): Promise<SpreadsheetMapping> {
  const found = (await listMappings(db)).find((saved) => saved.name === name);
  if (!found) throw notFound('Spreadsheet mapping', name);
  return found.mapping;
}
