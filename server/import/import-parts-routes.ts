// The parts API (issue 10): POST /api/imports opens an import, PUT /api/imports/:id/parts/:n takes
// one document each, POST /api/imports/:id/commit writes them all or nothing in the background,
// GET /api/imports/:id tells its progress, DELETE abandons it. Same token as POST /api/import.
import express, { type RequestHandler, type Router } from 'express';
import { z } from 'zod';
import { AppError } from '../shared/errors.ts';
import { validate } from '../shared/http.ts';
import { writerName } from '../shared/write-access.ts';
import { type ImportParts, MAX_PARTS } from './import-parts.ts';

const partParams = z.object({
  importId: z.string().min(1),
  n: z.coerce
    .number()
    .int()
    .min(1, `part numbers start at 1`)
    .max(MAX_PARTS, `an import has at most ${MAX_PARTS} parts`),
});

/** A part is stored as sent; it must at least be a JSON object (the commit checks the rest). */
function jsonObjectOrRefuse(body: unknown, n: number): Buffer {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new AppError(
      400,
      'invalid-dataset',
      `part ${n}: the body is empty; send one dataset document as JSON.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new AppError(400, 'invalid-dataset', `part ${n}: not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new AppError(400, 'invalid-dataset', `part ${n}: expected one dataset document (a JSON object).`);
  }
  return body;
}

export function mountImportPartsRoutes(
  router: Router,
  parts: ImportParts,
  guard: RequestHandler[],
  jsonBodyOnly: RequestHandler,
): void {
  router.post('/imports', ...guard, (_req, res) => {
    res.status(201).json(parts.open());
  });
  router.put(
    '/imports/:importId/parts/:n',
    ...guard,
    jsonBodyOnly,
    express.raw({ type: 'application/json', limit: '5mb' }),
    (req, res) => {
      const { importId, n } = validate(partParams, req.params, 'import part');
      res.json(parts.putPart(importId, n, jsonObjectOrRefuse(req.body, n)));
    },
  );
  router.post('/imports/:importId/commit', ...guard, (req, res) => {
    res.status(202).json(parts.commit(String(req.params.importId), writerName(res)));
  });
  router.get('/imports/:importId', ...guard, (req, res) => {
    res.json(parts.status(String(req.params.importId)));
  });
  router.delete('/imports/:importId', ...guard, (req, res) => {
    res.json(parts.abandon(String(req.params.importId)));
  });
}
