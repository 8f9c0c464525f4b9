// Where the curated dataset lives: one JSON document per press article, beside this module.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CURATED_DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');
