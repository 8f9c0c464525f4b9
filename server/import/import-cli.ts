// `npm run import -- <file.json|folder> [...]`: validates and loads dataset documents into the
// configured database (NEO4J_URI, or the embedded one, started for the import and stopped after).
import { statSync } from 'node:fs';
import { openDatabase } from '../database/connect.ts';
import { applySchema } from '../database/schema-setup.ts';
import { loadConfig } from '../shared/config.ts';
import { createLogger } from '../shared/logger.ts';
import { readDatasetFile, readDatasetFolder } from './dataset-files.ts';
import { DatasetInvalidError, importDocuments } from './dataset-loader.ts';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: npm run import -- <document.json | folder> [...]');
  process.exit(2);
}

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
let exitCode = 0;
const opened = await openDatabase(config, logger);
try {
  const inputs = paths.flatMap((path) =>
    statSync(path).isDirectory() ? readDatasetFolder(path) : [readDatasetFile(path)],
  );
  await applySchema(opened.db);
  const summary = await importDocuments(opened.db, inputs);
  console.log(
    `Imported ${inputs.length} document(s): ${summary.sources} source(s), ${summary.nodes} node(s), ${summary.relationships} relationship(s).`,
  );
} catch (error) {
  exitCode = 1;
  if (error instanceof DatasetInvalidError) {
    console.error('Nothing was imported:');
    for (const problem of error.errors) {
      console.error(`  ${problem.file}: ${problem.record}: ${problem.field}: ${problem.message}`);
    }
  } else {
    console.error(error instanceof Error ? error.message : String(error));
  }
} finally {
  await opened.close();
}
process.exit(exitCode);
