// A spreadsheet file → its table, whatever its type: CSV/TSV decoded (UTF-8 or Windows-1252) and
// parsed, XLSX read from its first (or named) sheet. Says how it read the file, for the preview.
import type { Encoding } from '../../contract/spreadsheet.ts';
import { AppError } from '../../shared/errors.ts';
import { type Delimiter, detectDelimiter, parseCsv, type Table } from './csv-table.ts';
import { MAX_FILE_BYTES } from './spreadsheet-limits.ts';
import { decodeText } from './text-decoding.ts';
import { parseXlsx } from './xlsx-table.ts';

export interface ReadTable extends Table {
  format: 'csv' | 'tsv' | 'xlsx';
  encoding?: Encoding;
  encodingDetected?: boolean;
  delimiter?: Delimiter;
  sheet?: string;
}

export interface ReadOptions {
  encoding?: Encoding;
  sheet?: string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function readTable(
  fileName: string,
  bytes: Buffer,
  options: ReadOptions = {},
): Promise<ReadTable> {
  if (bytes.length > MAX_FILE_BYTES)
    throw new AppError(
      413,
      'file-too-large',
      `${fileName} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; spreadsheets of at most ${MAX_FILE_BYTES / 1024 / 1024} MB are accepted.`,
    );
  if (bytes.length === 0) throw new AppError(400, 'empty-spreadsheet', `${fileName} is empty.`);
  const extension = fileName.toLowerCase().split('.').pop();
  const isZip = ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
  if (extension === 'xlsx') {
    if (!isZip)
      throw new AppError(
        400,
        'unreadable-spreadsheet',
        `${fileName} is named .xlsx but is not an Excel workbook.`,
      );
    return { ...(await parseXlsx(bytes, options.sheet)), format: 'xlsx', sheet: options.sheet };
  }
  if (isZip)
    throw new AppError(
      415,
      'unsupported-file-type',
      `${fileName} is a zip archive (an Excel workbook?), not a text CSV: name it .xlsx, or export it as CSV.`,
    );
  if (extension !== 'csv' && extension !== 'tsv' && extension !== 'txt')
    throw new AppError(415, 'unsupported-file-type', `${fileName}: expected a .csv, .tsv or .xlsx file.`);
  const decoded = decodeText(bytes, options.encoding);
  const delimiter = extension === 'tsv' ? '\t' : detectDelimiter(decoded.text);
  return {
    ...parseCsv(decoded.text, delimiter),
    format: delimiter === '\t' ? 'tsv' : 'csv',
    encoding: decoded.encoding,
    encodingDetected: decoded.detected,
    delimiter,
  };
}
