// GET /api/schema: labels, relationship types and property keys with counts.
import { Router } from 'express';
import type { Database } from '../database/database.ts';
import { readSchema } from './schema-service.ts';

export function schemaRoutes(db: Database): Router {
  const router = Router();
  router.get('/schema', async (_req, res) => {
    res.json(await readSchema(db));
  });
  return router;
}
