// GET /api/as-of?date=&status= (the partnership network as it stood at a date) and
// GET /api/changes?since=&until= (what was signed, renewed, announced, ended… in between).
import { Router } from 'express';
import { asOfRequestSchema, changesRequestSchema } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { validate } from '../shared/http.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';
import { asOf } from './as-of-service.ts';
import { changes } from './changes-service.ts';

export function changesRoutes(db: Database, catalog: SourceCatalog): Router {
  const router = Router();
  router.get('/as-of', async (req, res) => {
    res.json(await asOf(db, catalog, validate(asOfRequestSchema, req.query, 'as-of')));
  });
  router.get('/changes', async (req, res) => {
    res.json(await changes(db, catalog, validate(changesRequestSchema, req.query, 'changes')));
  });
  return router;
}
