// The whole conversion, with no database: a table, a mapping and the graph's names → the import
// documents, the row errors and what the preview shows. The service runs it for the preview, the
// import and the CLI alike, so they cannot disagree.
import type { DatasetDocument } from '../../../seed/dataset-schema.ts';
import type { RowError, SpreadsheetMapping, SpreadsheetPreview } from '../../contract/spreadsheet.ts';
import { readActorRow } from './actor-rows.ts';
import type { Table } from './csv-table.ts';
import { type ActorEntry, DocumentBuilder } from './document-builder.ts';
import type { NameIndex } from './name-index.ts';
import { readPartnershipRow } from './partnership-rows.ts';
import { MAPPING_COLUMN, RowContext } from './row-context.ts';
import { PREVIEW_ROWS } from './spreadsheet-limits.ts';

export interface Conversion {
  documents: DatasetDocument[];
  errors: RowError[];
  rowsWithErrors: number;
  rows: SpreadsheetPreview['rows'];
  matched: ActorEntry[];
  created: ActorEntry[];
}

export function rowsToDocuments(
  table: Table,
  mapping: SpreadsheetMapping,
  index: NameIndex,
  fileName: string,
): Conversion {
  const errors: RowError[] = [];
  const missing = Object.entries(mapping.columns).filter(([, column]) => !table.headers.includes(column));
  for (const [field, column] of missing)
    errors.push({
      row: 1,
      column,
      field,
      message: `the mapping reads "${field}" from a column "${column}" the file does not have; its columns are ${table.headers.map((h) => `"${h}"`).join(', ')}`,
    });
  const builder = new DocumentBuilder(mapping, fileName, index);
  const rows: SpreadsheetPreview['rows'] = [];
  let rowsWithErrors = 0;
  if (missing.length === 0) {
    for (const tableRow of table.rows) {
      const ctx = new RowContext(tableRow.row, mapping, table.headers, tableRow);
      if (mapping.shape === 'partnerships') readPartnershipRow(ctx, builder, mapping.defaults.frenchCountry);
      else readActorRow(ctx, builder);
      const source = ctx.errors.length === 0 ? builder.sourceOf(ctx) : undefined;
      if (source) builder.commit(ctx, source);
      else rowsWithErrors++;
      errors.push(...ctx.errors);
      if (rows.length < PREVIEW_ROWS)
        rows.push({
          row: ctx.row,
          values: ctx.values(),
          facts: ctx.relationships.map((rel) => ({
            type: rel.type,
            from: rel.from,
            to: rel.to,
            quote: rel.quote,
          })),
          errors: ctx.errors,
        });
    }
  }
  if (table.rows.length === 0)
    errors.push({
      row: 2,
      column: MAPPING_COLUMN,
      field: '(file)',
      message: 'the file has a header but no rows',
    });
  return {
    documents: builder.result(),
    errors,
    rowsWithErrors,
    rows,
    matched: [...builder.matched.values()],
    created: [...builder.created.values()],
  };
}
