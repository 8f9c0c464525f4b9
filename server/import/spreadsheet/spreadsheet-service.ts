// The spreadsheet import: read the file, convert its rows with the mapping against the graph's
// names, then either describe the result (preview, nothing written) or import it through the one
// loader (atomic: a single bad row refuses the whole file, 422, and nothing is written).
import type { DatasetDocument } from '../../../seed/dataset-schema.ts';
import type {
  RowError,
  SpreadsheetImportResponse,
  SpreadsheetMapping,
  SpreadsheetPreview,
} from '../../contract/spreadsheet.ts';
import type { Database } from '../../database/database.ts';
import { AppError } from '../../shared/errors.ts';
import { type ImportOptions, importDocuments } from '../dataset-loader.ts';
import { guessColumns } from './column-guesses.ts';
import { loadNameIndex } from './name-index.ts';
import { type ReadOptions, type ReadTable, readTable } from './read-table.ts';
import { type Conversion, rowsToDocuments } from './rows-to-documents.ts';
import { PREVIEW_ERRORS } from './spreadsheet-limits.ts';

export interface SpreadsheetInput extends ReadOptions {
  fileName: string;
  bytes: Buffer;
  mapping: SpreadsheetMapping;
}

const NO_CONVERSION: Conversion = {
  documents: [],
  errors: [],
  rowsWithErrors: 0,
  rows: [],
  matched: [],
  created: [],
};

/** The file alone, for a preview without a mapping yet: its headers and the guessed columns. */
export async function readSpreadsheet(
  input: Omit<SpreadsheetInput, 'mapping'>,
): Promise<ConvertedSpreadsheet> {
  return { table: await readTable(input.fileName, input.bytes, input), conversion: NO_CONVERSION };
}

export interface ConvertedSpreadsheet {
  table: ReadTable;
  conversion: Conversion;
}

export async function convertSpreadsheet(
  db: Database,
  input: SpreadsheetInput,
): Promise<ConvertedSpreadsheet> {
  const table = await readTable(input.fileName, input.bytes, input);
  const index = await loadNameIndex(db);
  return { table, conversion: rowsToDocuments(table, input.mapping, index, input.fileName) };
}

export function describePreview(
  fileName: string,
  { table, conversion }: ConvertedSpreadsheet,
): SpreadsheetPreview {
  const { documents } = conversion;
  const count = (pick: (d: DatasetDocument) => unknown[]) =>
    documents.reduce((n, d) => n + pick(d).length, 0);
  return {
    fileName,
    format: table.format,
    ...(table.encoding ? { encoding: table.encoding, encodingDetected: table.encodingDetected } : {}),
    ...(table.delimiter ? { delimiter: table.delimiter } : {}),
    ...(table.sheet ? { sheet: table.sheet } : {}),
    headers: table.headers,
    rowCount: table.rows.length,
    counts: {
      sources: documents.length,
      nodes: count((d) => d.nodes),
      relationships: count((d) => d.relationships),
      matchedActors: conversion.matched.length,
      newActors: conversion.created.length,
      rowsWithErrors: conversion.rowsWithErrors,
    },
    matched: conversion.matched,
    created: conversion.created,
    sources: documents.map((d) => ({
      id: d.source.id,
      title: d.source.title,
      register: d.source.kind === 'register',
    })),
    rows: conversion.rows,
    errors: conversion.errors.slice(0, PREVIEW_ERRORS),
    errorCount: conversion.errors.length,
    suggestedColumns: {
      partnerships: guessColumns(table.headers, 'partnerships'),
      actors: guessColumns(table.headers, 'actors'),
    },
  };
}

/** The first errors, in words: "row 4, column "Statut": …". */
export const describeRowError = (error: RowError) =>
  `row ${error.row}, column "${error.column}": ${error.message}`;

export class SpreadsheetRowsInvalidError extends AppError {
  constructor(errors: RowError[]) {
    const first = errors[0];
    super(
      422,
      'invalid-rows',
      `The spreadsheet was refused, nothing was written: ${errors.length} error(s)${first ? `; first: ${describeRowError(first)}` : ''}`,
      { errors: errors.slice(0, PREVIEW_ERRORS) },
    );
  }
}

export async function importSpreadsheet(
  db: Database,
  input: SpreadsheetInput,
  options: ImportOptions = {},
): Promise<SpreadsheetImportResponse> {
  const converted = await convertSpreadsheet(db, input);
  const { conversion, table } = converted;
  if (conversion.errors.length > 0) throw new SpreadsheetRowsInvalidError(conversion.errors);
  const inputs = conversion.documents.map((data, index) => ({
    file: `${input.fileName} (source ${index + 1})`,
    data,
  }));
  const summary = await importDocuments(db, inputs, options);
  const nodeIds = new Set<string>();
  for (const entry of [...conversion.matched, ...conversion.created]) nodeIds.add(entry.id);
  for (const doc of conversion.documents) for (const node of doc.nodes) nodeIds.add(node.id);
  return { ...summary, rowCount: table.rows.length, nodeIds: [...nodeIds] };
}
