// GET /api/partnerships, GET /api/partnerships/overview and GET /api/common-partners
import { Router } from 'express';
import {
  commonPartnersRequestSchema,
  overviewRequestSchema,
  partnershipsRequestSchema,
} from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { validate } from '../shared/http.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';
import { overview } from './overview-service.ts';
import { commonPartners, partnerships } from './partners-service.ts';

export function partnersRoutes(db: Database, catalog: SourceCatalog): Router {
  const router = Router();
  router.get('/partnerships/overview', async (req, res) => {
    res.json(await overview(db, validate(overviewRequestSchema, req.query, 'partnerships overview')));
  });
  router.get('/partnerships', async (req, res) => {
    res.json(await partnerships(db, catalog, validate(partnershipsRequestSchema, req.query, 'partnerships')));
  });
  router.get('/common-partners', async (req, res) => {
    res.json(
      await commonPartners(db, catalog, validate(commonPartnersRequestSchema, req.query, 'common-partners')),
    );
  });
  return router;
}
