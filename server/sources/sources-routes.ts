// GET /api/sources, GET /api/sources/:id and /:id/text: the articles behind the graph, the facts each
// supports, and an article's full text (to show a quote in context).
import { Router } from 'express';
import { sourceDetailsRequestSchema } from '../contract/api.ts';
import { nodeIdParam } from '../contract/common.ts';
import type { Database } from '../database/database.ts';
import { validate } from '../shared/http.ts';
import { listSources, sourceDetails, sourceText } from './sources-service.ts';

export function sourcesRoutes(db: Database): Router {
  const router = Router();
  router.get('/sources', async (_req, res) => {
    res.json(await listSources(db));
  });
  router.get('/sources/:id/text', async (req, res) => {
    res.json(await sourceText(db, validate(nodeIdParam, req.params.id, 'sources: id')));
  });
  router.get('/sources/:id', async (req, res) => {
    const id = validate(nodeIdParam, req.params.id, 'sources: id');
    res.json(await sourceDetails(db, id, validate(sourceDetailsRequestSchema, req.query, 'sources')));
  });
  return router;
}
