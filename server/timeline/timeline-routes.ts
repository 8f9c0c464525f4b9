// GET /api/timeline?ids=&since=&until=&limit=: agreements and events in a date window.

import { Router } from 'express';
import neo4j, { type Node } from 'neo4j-driver';
import { timelineRequestSchema } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { nodeToWire } from '../shared/graph-mapper.ts';
import { validate } from '../shared/http.ts';

export function timelineRoutes(db: Database): Router {
  const router = Router();
  router.get('/timeline', async (req, res) => {
    const request = validate(timelineRequestSchema, req.query, 'timeline');
    const result = await db.read<{ node: Node; date: string; end: string | null; actorIds: string[] }>(
      'timeline',
      {
        ids: request.ids ?? [],
        since: request.since ?? null,
        until: request.until ?? null,
        limit: neo4j.int(request.limit),
      },
    );
    res.json({
      items: result.records.map((record) => ({
        node: nodeToWire(record.get('node')),
        date: record.get('date'),
        end: record.get('end'),
        actorIds: record.get('actorIds'),
      })),
    });
  });
  return router;
}
