// GET /api/health: 200 with the database's version when it answers, 503 with the reason when not.
import { Router } from 'express';
import type { Database } from '../database/database.ts';
import { databaseUnavailable } from '../shared/errors.ts';
import { problemBody } from '../shared/http.ts';

export function healthRoutes(db: Database): Router {
  const router = Router();
  router.get('/health', async (req, res) => {
    const health = await db.health();
    if (health.up) {
      res.json({ status: 'ok', database: { up: true, version: health.version, edition: health.edition } });
      return;
    }
    const problem = problemBody(databaseUnavailable(health.reason ?? 'no answer'), req.originalUrl);
    res
      .status(503)
      .type('application/problem+json')
      .json({ ...problem, status: 503, database: { up: false, reason: health.reason } });
  });
  return router;
}
