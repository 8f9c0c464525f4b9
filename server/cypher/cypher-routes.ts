// POST /api/cypher {query, params}: read-only analyst queries.
import { Router } from 'express';
import { cypherRequestSchema } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import type { Config } from '../shared/config.ts';
import { AppError, badRequest } from '../shared/errors.ts';
import { validate } from '../shared/http.ts';
import { runAnalystQuery } from './cypher-service.ts';

/** Nesting deeper than this in params is refused before validation walks it (recursion depth). */
const MAX_PARAMS_DEPTH = 32;

function depthOf(value: unknown, limit: number, depth = 0): number {
  if (depth > limit || value === null || typeof value !== 'object') return depth;
  let deepest = depth;
  for (const inner of Object.values(value)) {
    deepest = Math.max(deepest, depthOf(inner, limit, depth + 1));
    if (deepest > limit) break;
  }
  return deepest;
}

export function cypherRoutes(db: Database, config: Config): Router {
  const router = Router();
  // Each running query holds a worker thread and its connection; more at once answer 429, so a
  // burst of slow queries never queues up behind itself.
  const maxConcurrent = config.CYPHER_MAX_CONCURRENT;
  let running = 0;
  router.post('/cypher', async (req, res) => {
    if (depthOf(req.body, MAX_PARAMS_DEPTH) > MAX_PARAMS_DEPTH) {
      throw badRequest('invalid-request', `cypher: params may nest at most ${MAX_PARAMS_DEPTH} levels deep`);
    }
    const request = validate(cypherRequestSchema, req.body, 'cypher');
    if (running >= maxConcurrent) {
      res.setHeader('Retry-After', '1');
      throw new AppError(
        429,
        'too-many-queries',
        `At most ${maxConcurrent} analyst queries run at once; try again shortly.`,
      );
    }
    running += 1;
    // A client that goes away abandons its query: the slot and the database are released at once.
    const clientGone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) clientGone.abort();
    });
    try {
      res.json(await runAnalystQuery(db, config, request, clientGone.signal));
    } finally {
      running -= 1;
    }
  });
  return router;
}
