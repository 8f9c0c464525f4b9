// GET /api/timeline?ids=&since=&until=&limit=: agreements and events in a date window.
import { Router } from 'express';
import { timelineRequestSchema } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { validate } from '../shared/http.ts';
import { timeline } from './timeline-service.ts';

export function timelineRoutes(db: Database): Router {
  const router = Router();
  router.get('/timeline', async (req, res) => {
    res.json(await timeline(db, validate(timelineRequestSchema, req.query, 'timeline')));
  });
  return router;
}
