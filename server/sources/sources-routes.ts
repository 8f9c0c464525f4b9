// GET /api/sources and GET /api/sources/:id: the articles behind the graph and the facts each supports.
import { Router } from 'express';
import { sourceDetailsRequestSchema } from '../contract/api.ts';
import { nodeIdParam } from '../contract/common.ts';
import type { Database } from '../database/database.ts';
import { validate } from '../shared/http.ts';
import { listSources, sourceDetails } from './sources-service.ts';

export function sourcesRoutes(db: Database): Router {
  const router = Router();
  router.get('/sources', async (_req, res) => {
    res.json(await listSources(db));
  });
  router.get('/sources/:id', async (req, res) => {
    const id = validate(nodeIdParam, req.params.id, 'sources: id');
    res.json(await sourceDetails(db, id, validate(sourceDetailsRequestSchema, req.query, 'sources')));
  });
  return router;
}
