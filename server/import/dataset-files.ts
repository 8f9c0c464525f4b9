// Reads import documents from disk for the loader: the curated dataset (small, parsed whole) and the
// files or folders given to `npm run import` (streamed, however large).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CURATED_DATA_DIR } from '../../seed/curated-data.ts';
import type { DatasetInput } from '../../seed/validate-dataset.ts';
import { DatasetInvalidError } from './dataset-loader.ts';
import { type DatasetSource, fileSource } from './dataset-reader.ts';

const jsonFilesOf = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(dir, name));

/** Reads the JSON documents of a folder (the curated dataset by default). */
export function readDatasetFolder(dir: string = CURATED_DATA_DIR): DatasetInput[] {
  return jsonFilesOf(dir).map(readDatasetFile);
}

/** Files and the JSON files of folders, each streamed when the loader reads it. */
export function datasetFileSources(paths: string[]): DatasetSource[] {
  return paths.flatMap((p) => (statSync(p).isDirectory() ? jsonFilesOf(p) : [p])).map(fileSource);
}

export function readDatasetFile(file: string): DatasetInput {
  const name = path.basename(file);
  const text = readFileSync(file, 'utf8');
  try {
    return { file: name, data: JSON.parse(text) };
  } catch (error) {
    throw new DatasetInvalidError([
      {
        file: name,
        record: '(file)',
        field: '(json)',
        message: `not valid JSON: ${(error as Error).message}`,
      },
    ]);
  }
}
