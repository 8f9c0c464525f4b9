// GET /api/nodes/:id and GET /api/nodes/:id/neighbours
import { Router } from 'express';
import { neighboursRequestSchema } from '../contract/api.ts';
import { nodeIdParam } from '../contract/common.ts';
import type { Database } from '../database/database.ts';
import { validate } from '../shared/http.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';
import { expandNeighbours, nodeDetails } from './graph-service.ts';

export function graphRoutes(db: Database, catalog: SourceCatalog): Router {
  const router = Router();
  router.get('/nodes/:id', async (req, res) => {
    const id = validate(nodeIdParam, req.params.id, 'nodes: id');
    res.json(await nodeDetails(db, catalog, id));
  });
  router.get('/nodes/:id/neighbours', async (req, res) => {
    const id = validate(nodeIdParam, req.params.id, 'neighbours: id');
    const request = validate(neighboursRequestSchema, req.query, 'neighbours');
    res.json(await expandNeighbours(db, id, request));
  });
  return router;
}
