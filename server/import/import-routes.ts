// POST /api/import: the dataset loader over HTTP, behind a bearer token from IMPORT_TOKEN.
// The token is checked before the body is read; it grants this endpoint and nothing else.
import { timingSafeEqual } from 'node:crypto';
import express, { type RequestHandler, Router } from 'express';
import { z } from 'zod';
import type { Database } from '../database/database.ts';
import type { Config } from '../shared/config.ts';
import { AppError } from '../shared/errors.ts';
import { validate } from '../shared/http.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';
import { importDocuments } from './dataset-loader.ts';

/** One document, or several under `documents` (each validated in full by the loader). */
const importBodySchema = z.union([
  z
    .object({
      documents: z
        .array(z.object({ source: z.unknown() }).loose())
        .min(1)
        .max(100),
    })
    .strict(),
  z.object({ source: z.unknown(), nodes: z.unknown(), relationships: z.unknown() }).loose(),
]);

function requireToken(token: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (!token) {
      next(
        new AppError(
          403,
          'import-disabled',
          'Import over HTTP is disabled: set IMPORT_TOKEN on the server to enable it.',
        ),
      );
      return;
    }
    const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '';
    const expected = Buffer.from(token);
    const actual = Buffer.from(given);
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="import"');
      next(
        new AppError(401, 'unauthorized', 'POST /api/import needs "Authorization: Bearer <IMPORT_TOKEN>".'),
      );
      return;
    }
    next();
  };
}

export function importRoutes(db: Database, config: Config, catalog: SourceCatalog): Router {
  const router = Router();
  router.post(
    '/import',
    requireToken(config.IMPORT_TOKEN),
    express.json({ limit: '5mb' }),
    async (req, res) => {
      const body = validate(importBodySchema, req.body, 'import');
      const documents: unknown[] =
        'documents' in body && Array.isArray(body.documents) ? body.documents : [body];
      const inputs = documents.map((data, index) => ({ file: `documents[${index}]`, data }));
      const summary = await importDocuments(db, inputs);
      catalog.invalidate();
      res.status(201).json(summary);
    },
  );
  return router;
}
