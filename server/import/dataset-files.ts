// Reads import documents from disk (the curated dataset by default) for the loader.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CURATED_DATA_DIR } from '../../seed/curated-data.ts';
import type { DatasetInput } from '../../seed/validate-dataset.ts';
import { DatasetInvalidError } from './dataset-loader.ts';

/** Reads the JSON documents of a folder (the curated dataset by default). */
export function readDatasetFolder(dir: string = CURATED_DATA_DIR): DatasetInput[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readDatasetFile(path.join(dir, name)));
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
