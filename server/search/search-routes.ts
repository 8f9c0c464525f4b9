// GET /api/search?q=&labels=&limit= and GET /api/search/evidence?q=&limit=&cursor=
import { Router } from 'express';
import { evidenceSearchRequestSchema, searchRequestSchema } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { validate } from '../shared/http.ts';
import { searchEvidence } from './evidence-search-service.ts';
import { searchNodes } from './search-service.ts';

export function searchRoutes(db: Database): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const request = validate(searchRequestSchema, req.query, 'search');
    res.json(await searchNodes(db, request));
  });
  router.get('/search/evidence', async (req, res) => {
    const request = validate(evidenceSearchRequestSchema, req.query, 'search/evidence');
    res.json(await searchEvidence(db, request));
  });
  return router;
}
