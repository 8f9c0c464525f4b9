// GET /api/audit, /api/elements/:id/history, /api/sources/:id/history: the audit trail, newest
// first, a page at a time. Reading it needs no write token (it is as public as the graph).
import { Router } from 'express';
import { nodeIdParam } from '../contract/common.ts';
import { auditPageRequestSchema } from '../contract/curation.ts';
import type { Database } from '../database/database.ts';
import { validate } from '../shared/http.ts';
import { auditPage } from './audit-log.ts';

export function auditRoutes(db: Database): Router {
  const router = Router();
  router.get('/audit', async (req, res) => {
    res.json(await auditPage(db, { scope: 'all' }, validate(auditPageRequestSchema, req.query, 'audit')));
  });
  router.get('/elements/:id/history', async (req, res) => {
    const id = validate(nodeIdParam, req.params.id, 'history: id');
    const page = validate(auditPageRequestSchema, req.query, 'history');
    res.json(await auditPage(db, { scope: 'element', id }, page));
  });
  router.get('/sources/:id/history', async (req, res) => {
    const sourceId = validate(nodeIdParam, req.params.id, 'history: id');
    const page = validate(auditPageRequestSchema, req.query, 'history');
    res.json(await auditPage(db, { scope: 'source', sourceId }, page));
  });
  return router;
}
