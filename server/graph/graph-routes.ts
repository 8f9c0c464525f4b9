// GET /api/nodes/:id, GET /api/nodes/:id/neighbours and POST /api/subgraph
import { Router } from 'express';
import { neighboursRequestSchema, subgraphRequestSchema } from '../contract/api.ts';
import { nodeIdParam } from '../contract/common.ts';
import type { Database } from '../database/database.ts';
import { validate } from '../shared/http.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';
import { expandNeighbours, nodeDetails } from './graph-service.ts';
import { subgraph } from './subgraph-service.ts';

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
  router.post('/subgraph', async (req, res) => {
    res.json(await subgraph(db, validate(subgraphRequestSchema, req.body, 'subgraph')));
  });
  return router;
}
