// GET /api/paths?from=&to=&mode=&k=&maxHops=&types=&avoid=&since=&until=
import { Router } from 'express';
import { pathsRequestSchema } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { validate } from '../shared/http.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';
import { findPaths } from './paths-service.ts';

export function pathsRoutes(db: Database, catalog: SourceCatalog): Router {
  const router = Router();
  router.get('/paths', async (req, res) => {
    res.json(await findPaths(db, catalog, validate(pathsRequestSchema, req.query, 'paths')));
  });
  return router;
}
