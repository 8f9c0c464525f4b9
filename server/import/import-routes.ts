// POST /api/import: the dataset loader over HTTP, behind a write token (WRITE_TOKENS or IMPORT_TOKEN).
// The token is checked before the body is read; it grants this endpoint and nothing else.
import express, { type RequestHandler, Router } from 'express';
import { z } from 'zod';
import type { Database } from '../database/database.ts';
import type { Config } from '../shared/config.ts';
import { AppError } from '../shared/errors.ts';
import { validate } from '../shared/http.ts';
import { requireWriteAccess, writerName } from '../shared/write-access.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';
import { importDocuments } from './dataset-loader.ts';
import { createImportParts } from './import-parts.ts';
import { mountImportPartsRoutes } from './import-parts-routes.ts';
import { spreadsheetRoutes } from './spreadsheet/spreadsheet-routes.ts';

/** A member the loader validates in full; here it only has to be there, and the message names it. */
const required = (what: string) =>
  z.custom<unknown>((value) => value !== undefined && value !== null, { error: `required: ${what}` });

const documentSchema = z
  .object({
    source: required('the article the facts cite (an object with id, title, publisher, published, language)'),
    nodes: required('the list of nodes'),
    relationships: required('the list of relationships'),
  })
  .loose();

/**
 * One document, or several under `documents`. The shape is chosen by that key rather than by a
 * z.union, whose failure is a single "Invalid input" that names no field.
 */
const batchSchema = z.object({ documents: z.array(documentSchema).min(1).max(100) }).strict();

const hasDocumentsKey = (body: unknown) => typeof body === 'object' && body !== null && 'documents' in body;

/** express.json() silently skips other types, which would then read as an empty document. */
const jsonBodyOnly: RequestHandler = (req, _res, next) => {
  if (req.is('application/json')) {
    next();
    return;
  }
  next(
    new AppError(
      415,
      'unsupported-media-type',
      `${req.method} ${req.originalUrl.split('?')[0]} takes a JSON body: send "Content-Type: application/json", not "${req.get('content-type') ?? 'none'}".`,
    ),
  );
};

export function importRoutes(db: Database, config: Config, catalog: SourceCatalog): Router {
  const router = Router();
  router.post(
    '/import',
    requireWriteAccess(config),
    jsonBodyOnly,
    express.json({ limit: '5mb' }),
    async (req, res) => {
      const documents: unknown[] = hasDocumentsKey(req.body)
        ? validate(batchSchema, req.body, 'import').documents
        : [validate(documentSchema, req.body, 'import')];
      const inputs = documents.map((data, index) => ({ file: `documents[${index}]`, data }));
      const summary = await importDocuments(db, inputs, {
        batchSize: config.IMPORT_BATCH_SIZE,
        actor: writerName(res),
      });
      catalog.invalidate();
      res.status(201).json(summary);
    },
  );
  // Before the parts' /imports/:importId, which would take "spreadsheet" for an import id.
  router.use(spreadsheetRoutes(db, config, catalog, jsonBodyOnly));
  const parts = createImportParts(db, {
    dir: config.IMPORT_PARTS_DIR,
    batchSize: config.IMPORT_BATCH_SIZE,
    onPublished: () => catalog.invalidate(),
  });
  mountImportPartsRoutes(router, parts, [requireWriteAccess(config)], jsonBodyOnly);
  return router;
}
