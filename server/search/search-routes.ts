// GET /api/search?q=&labels=&limit=
import { Router } from 'express';
import { searchRequestSchema } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { validate } from '../shared/http.ts';
import { searchNodes } from './search-service.ts';

export function searchRoutes(db: Database): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const request = validate(searchRequestSchema, req.query, 'search');
    res.json(await searchNodes(db, request));
  });
  return router;
}
