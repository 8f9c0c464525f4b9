// POST /api/imports/spreadsheet/preview and /api/imports/spreadsheet: a CSV, TSV or XLSX file
// (base64 in a JSON body) with a column mapping; GET/PUT …/mappings: the saved mappings. Every one
// needs write access, checked before the body is read.
import express, { Router } from 'express';
import { z } from 'zod';
import {
  mappingNameSchema,
  spreadsheetMappingSchema,
  spreadsheetPreviewRequestSchema,
  spreadsheetRequestSchema,
} from '../../contract/spreadsheet.ts';
import type { Database } from '../../database/database.ts';
import type { Config } from '../../shared/config.ts';
import { validate } from '../../shared/http.ts';
import { requireWriteAccess, writerName } from '../../shared/write-access.ts';
import type { SourceCatalog } from '../../sources/source-catalog.ts';
import { findMapping, listMappings, saveMapping } from './mapping-store.ts';
import { MAX_FILE_BYTES } from './spreadsheet-limits.ts';
import {
  convertSpreadsheet,
  describePreview,
  importSpreadsheet,
  readSpreadsheet,
  type SpreadsheetInput,
} from './spreadsheet-service.ts';

/** base64 is 4/3 of the file, plus the mapping. */
const BODY_LIMIT = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 256 * 1024;

const saveMappingSchema = z.object({ mapping: spreadsheetMappingSchema }).strict();

export function spreadsheetRoutes(
  db: Database,
  config: Config,
  catalog: SourceCatalog,
  jsonBodyOnly: express.RequestHandler,
): Router {
  const router = Router();
  const writers = requireWriteAccess(config);
  const body = [writers, jsonBodyOnly, express.json({ limit: BODY_LIMIT })];

  async function inputOf(request: z.infer<typeof spreadsheetPreviewRequestSchema>) {
    const mapping =
      request.mapping ?? (request.mappingName ? await findMapping(db, request.mappingName) : undefined);
    return {
      fileName: request.fileName,
      bytes: Buffer.from(request.content, 'base64'),
      mapping,
      encoding: request.encoding,
      sheet: request.sheet,
    };
  }

  router.post('/imports/spreadsheet/preview', ...body, async (req, res) => {
    const input = await inputOf(validate(spreadsheetPreviewRequestSchema, req.body, 'spreadsheet preview'));
    const { mapping } = input;
    const converted = mapping
      ? await convertSpreadsheet(db, { ...input, mapping })
      : await readSpreadsheet(input);
    res.json(describePreview(input.fileName, converted));
  });
  router.post('/imports/spreadsheet', ...body, async (req, res) => {
    const input = (await inputOf(
      validate(spreadsheetRequestSchema, req.body, 'spreadsheet import'),
    )) as SpreadsheetInput;
    const summary = await importSpreadsheet(db, input, {
      batchSize: config.IMPORT_BATCH_SIZE,
      actor: writerName(res),
    });
    catalog.invalidate();
    res.status(201).json(summary);
  });
  router.get('/imports/spreadsheet/mappings', writers, async (_req, res) => {
    res.json({ mappings: await listMappings(db) });
  });
  router.put(
    '/imports/spreadsheet/mappings/:name',
    writers,
    jsonBodyOnly,
    express.json({ limit: '64kb' }),
    async (req, res) => {
      const name = validate(mappingNameSchema, req.params.name, 'mapping name');
      const { mapping } = validate(saveMappingSchema, req.body, 'save mapping');
      res.json(await saveMapping(db, name, mapping, writerName(res)));
    },
  );
  return router;
}
