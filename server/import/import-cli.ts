// `npm run import -- <file.json|folder> [...]`: checks and loads dataset documents into the
// configured database (NEO4J_URI, or the embedded one, started for the import and stopped after).
// Files are streamed; the write goes in batches with a progress line, and stays all or nothing:
// an import interrupted earlier (even killed) is undone first, by the recovery step.
// A spreadsheet (.csv, .tsv, .xlsx) goes with its column mapping: `-- file.csv --mapping m.json`.
import { existsSync } from 'node:fs';
import { openDatabase } from '../database/connect.ts';
import { applySchema } from '../database/schema-setup.ts';
import { loadConfigOrExit } from '../shared/config.ts';
import { createLogger } from '../shared/logger.ts';
import { datasetFileSources } from './dataset-files.ts';
import { DatasetInvalidError, importDatasets } from './dataset-loader.ts';
import { recoverInterruptedImports } from './import-journal.ts';
import { progressLine } from './progress-line.ts';
import {
  parseSpreadsheetArgs,
  runSpreadsheetImport,
  SPREADSHEET_FILE,
} from './spreadsheet/spreadsheet-cli.ts';

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: npm run import -- <document.json | folder> [...]');
  console.error(
    '       npm run import -- <file.csv | file.tsv | file.xlsx> --mapping <mapping.json> [--encoding utf-8|windows-1252] [--sheet <name>]',
  );
  process.exit(2);
}
const spreadsheet = args.some((arg) => SPREADSHEET_FILE.test(arg)) ? parseSpreadsheetArgs(args) : undefined;
if (typeof spreadsheet === 'string') {
  console.error(`Nothing was imported: ${spreadsheet}`);
  process.exit(2);
}
const paths = spreadsheet ? [spreadsheet.file, spreadsheet.mappingFile] : args;
const missing = paths.filter((p) => !existsSync(p));
if (missing.length > 0) {
  console.error(`Nothing was imported: no such file or folder: ${missing.join(', ')}`);
  process.exit(2);
}

const config = loadConfigOrExit();
const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
let exitCode = 0;
const opened = await openDatabase(config, logger);
const progress = progressLine(process.stderr);
try {
  await applySchema(opened.db);
  const recovered = await recoverInterruptedImports(opened.db);
  for (const id of recovered.undone)
    console.log(`Undid the interrupted import ${id}: the graph is as before it.`);
  if (spreadsheet) {
    const outcome = await runSpreadsheetImport(opened.db, spreadsheet, {
      batchSize: config.IMPORT_BATCH_SIZE,
      onProgress: progress.update,
      actor: 'cli',
    });
    progress.done();
    for (const line of outcome.lines) (outcome.ok ? console.log : console.error)(line);
    if (!outcome.ok) exitCode = 1;
  } else {
    const sources = datasetFileSources(paths);
    const summary = await importDatasets(opened.db, sources, {
      batchSize: config.IMPORT_BATCH_SIZE,
      onProgress: progress.update,
      actor: 'cli',
    });
    progress.done();
    console.log(
      `Imported ${sources.length} document(s): ${summary.sources} source(s), ${summary.nodes} node(s), ${summary.relationships} relationship(s).`,
    );
  }
} catch (error) {
  progress.done();
  exitCode = 1;
  if (error instanceof DatasetInvalidError) {
    console.error('Nothing was imported:');
    for (const problem of error.errors.slice(0, 200)) {
      console.error(`  ${problem.file}: ${problem.record}: ${problem.field}: ${problem.message}`);
    }
    if (error.errors.length > 200) console.error(`  … and ${error.errors.length - 200} more`);
  } else {
    console.error(`Nothing was imported: ${error instanceof Error ? error.message : String(error)}`);
  }
} finally {
  await opened.close();
}
process.exit(exitCode);
