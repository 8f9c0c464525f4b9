// XLSX → a table of strings, with read-excel-file: the first sheet or a named one. Dates become
// ISO days, numbers their plain text, so the mapping reads every cell the same way as in a CSV.
import { readSheet, SheetNotFoundError } from 'read-excel-file/node';
import { AppError } from '../../shared/errors.ts';
import { type Table, toTable } from './csv-table.ts';

export async function parseXlsx(bytes: Buffer, sheet?: string): Promise<Table> {
  let data: unknown[][];
  try {
    data = (await readSheet(bytes, sheet ?? 1)) as unknown[][];
  } catch (error) {
    if (error instanceof SheetNotFoundError)
      throw new AppError(400, 'unknown-sheet', `The workbook has no sheet named "${sheet}".`);
    throw new AppError(
      400,
      'unreadable-spreadsheet',
      `The file is not a readable .xlsx workbook: ${(error as Error).message}`,
    );
  }
  return toTable(data.map((row) => row.map(cellText)));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}
