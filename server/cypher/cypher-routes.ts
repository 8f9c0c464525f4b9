// POST /api/cypher {query, params}: read-only analyst queries.
import { Router } from 'express';
import { cypherRequestSchema } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import type { Config } from '../shared/config.ts';
import { validate } from '../shared/http.ts';
import { runAnalystQuery } from './cypher-service.ts';

export function cypherRoutes(db: Database, config: Config): Router {
  const router = Router();
  router.post('/cypher', async (req, res) => {
    const request = validate(cypherRequestSchema, req.body, 'cypher');
    res.json(await runAnalystQuery(db, config, request));
  });
  return router;
}
