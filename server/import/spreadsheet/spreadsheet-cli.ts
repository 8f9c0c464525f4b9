// `npm run import -- register.csv --mapping mapping.json [--encoding windows-1252] [--sheet Name]`:
// the arguments of a spreadsheet import, and its run through the same service as the API.
import { readFileSync } from 'node:fs';
import { ENCODINGS, type Encoding, spreadsheetMappingSchema } from '../../contract/spreadsheet.ts';
import type { Database } from '../../database/database.ts';
import type { ImportOptions } from '../dataset-loader.ts';
import { describeRowError, importSpreadsheet, SpreadsheetRowsInvalidError } from './spreadsheet-service.ts';

export const SPREADSHEET_FILE = /\.(csv|tsv|xlsx)$/i;

export interface SpreadsheetArgs {
  file: string;
  mappingFile: string;
  encoding?: Encoding;
  sheet?: string;
}

/** The spreadsheet arguments, or a usage problem in words. */
export function parseSpreadsheetArgs(args: string[]): SpreadsheetArgs | string {
  const files: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith('--')) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      options[arg.slice(2)] = value;
      i++;
    } else files.push(arg);
  }
  const unknown = Object.keys(options).filter((key) => !['mapping', 'encoding', 'sheet'].includes(key));
  if (unknown.length > 0) return `unknown option(s): ${unknown.map((k) => `--${k}`).join(', ')}`;
  if (files.length !== 1) return 'give exactly one spreadsheet file';
  if (!options.mapping) return 'a spreadsheet needs its column mapping: --mapping mapping.json';
  const encoding = options.encoding;
  if (encoding !== undefined && !(ENCODINGS as readonly string[]).includes(encoding))
    return `--encoding must be one of ${ENCODINGS.join(', ')}, got "${encoding}"`;
  return {
    file: files[0] as string,
    mappingFile: options.mapping,
    encoding: encoding as Encoding | undefined,
    sheet: options.sheet,
  };
}

/** Imports the file; returns the lines to print and whether it succeeded. */
export async function runSpreadsheetImport(
  db: Database,
  args: SpreadsheetArgs,
  options: ImportOptions,
): Promise<{ ok: boolean; lines: string[] }> {
  let mappingJson: unknown;
  try {
    mappingJson = JSON.parse(readFileSync(args.mappingFile, 'utf8'));
  } catch (error) {
    return {
      ok: false,
      lines: [`Nothing was imported: ${args.mappingFile} is not readable JSON: ${(error as Error).message}`],
    };
  }
  const mapping = spreadsheetMappingSchema.safeParse(mappingJson);
  if (!mapping.success)
    return {
      ok: false,
      lines: [
        `Nothing was imported: ${args.mappingFile} is not a column mapping:`,
        ...mapping.error.issues.map((issue) => `  ${issue.path.join('.') || '(mapping)'}: ${issue.message}`),
      ],
    };
  try {
    const fileName = args.file.split(/[\\/]/).pop() as string;
    const summary = await importSpreadsheet(
      db,
      {
        fileName,
        bytes: readFileSync(args.file),
        mapping: mapping.data,
        encoding: args.encoding,
        sheet: args.sheet,
      },
      options,
    );
    return {
      ok: true,
      lines: [
        `Imported ${summary.rowCount} row(s) of ${fileName}: ${summary.sources} source(s), ${summary.nodes} node(s), ${summary.relationships} relationship(s).`,
      ],
    };
  } catch (error) {
    if (!(error instanceof SpreadsheetRowsInvalidError)) throw error;
    const errors = (error.extra.errors ?? []) as Parameters<typeof describeRowError>[0][];
    return {
      ok: false,
      lines: ['Nothing was imported:', ...errors.slice(0, 200).map((e) => `  ${describeRowError(e)}`)],
    };
  }
}
