// CSV and TSV text → a table of strings, with csv-parse. The delimiter is the one of `,` `;` or tab
// that splits the first lines into the most columns, consistently (French Excel writes `;`).
import { parse } from 'csv-parse/sync';
import { AppError } from '../../shared/errors.ts';
import { MAX_COLUMNS, MAX_ROWS } from './spreadsheet-limits.ts';

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface Table {
  headers: string[];
  /** Data rows (the header and blank rows excluded), each as long as the headers, with its number
   * as a spreadsheet shows it (the header is row 1), so errors point at the right row. */
  rows: TableRow[];
}

export interface TableRow {
  row: number;
  cells: string[];
}

/** The delimiter whose count is the same and highest on the first records (outside quotes). */
export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = countsPerRecord(text, delimiter, 10);
    const first = counts[0] ?? 0;
    // A delimiter that every record uses equally is a column separator; else it is text.
    const consistent = counts.every((count) => count === first);
    const score = consistent ? first * 2 : Math.min(...counts);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** How many times the delimiter occurs outside quotes in each of the first non-blank records. */
function countsPerRecord(text: string, delimiter: string, records: number): number[] {
  const counts: number[] = [];
  let count = 0;
  let quoted = false;
  let blank = true;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n') {
      if (!blank) counts.push(count);
      if (counts.length === records) return counts;
      count = 0;
      blank = true;
      continue;
    } else if (!quoted && char === delimiter) count++;
    if (char.trim() !== '') blank = false;
  }
  if (!blank) counts.push(count);
  return counts;
}

export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): Table {
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      // Blank lines are kept (and dropped below) so that row numbers stay those of the file.
      skip_empty_lines: false,
      trim: true,
      // One row too many is enough to refuse: stop reading there.
      to_line: MAX_ROWS + 2,
    }) as string[][];
  } catch (error) {
    throw new AppError(
      400,
      'unreadable-spreadsheet',
      `The file is not readable as CSV with the delimiter ${JSON.stringify(delimiter)}: ${(error as Error).message}`,
    );
  }
  return toTable(records);
}

/** Header + rows, checked against the limits; short rows padded, blank rows dropped. */
export function toTable(records: string[][]): Table {
  const [header, ...rows] = records;
  if (!header || header.every((cell) => cell === ''))
    throw new AppError(
      400,
      'empty-spreadsheet',
      'The file has no header row: the first row must name the columns.',
    );
  if (header.length > MAX_COLUMNS)
    throw new AppError(
      400,
      'too-many-columns',
      `The file has ${header.length} columns; at most ${MAX_COLUMNS} are accepted (is the delimiter right?).`,
    );
  const dataRows = rows
    .map((cells, index) => ({ row: index + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell !== ''));
  if (dataRows.length > MAX_ROWS)
    throw new AppError(
      413,
      'too-many-rows',
      `The file has more than ${MAX_ROWS.toLocaleString('en')} rows; split it into files of at most ${MAX_ROWS.toLocaleString('en')}.`,
    );
  const headers = header.map((cell, index) => cell.trim() || `Column ${index + 1}`);
  return {
    headers,
    rows: dataRows.map(({ row, cells }) => ({
      row,
      cells: headers.map((_h, index) => (cells[index] ?? '').trim()),
    })),
  };
}
