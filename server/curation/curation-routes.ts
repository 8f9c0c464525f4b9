// PATCH and DELETE /api/elements/:id, POST /api/sources/:id/retract: an analyst's corrections, each
// behind a write token, validated here and recorded in the audit trail by the service.
import { Router } from 'express';
import { nodeIdParam } from '../contract/common.ts';
import { editElementRequestSchema, reasonRequestSchema, retractRequestSchema } from '../contract/curation.ts';
import type { Database } from '../database/database.ts';
import type { Config } from '../shared/config.ts';
import { validate } from '../shared/http.ts';
import { requireWriteAccess, writerName } from '../shared/write-access.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';
import { deleteElement, editElement, retractSource } from './curation-service.ts';

export function curationRoutes(db: Database, config: Config, catalog: SourceCatalog): Router {
  const router = Router();
  const writer = requireWriteAccess(config);
  router.patch('/elements/:id', writer, async (req, res) => {
    const id = validate(nodeIdParam, req.params.id, 'edit: id');
    const body = validate(editElementRequestSchema, req.body ?? {}, 'edit');
    res.json(await editElement(db, id, body.properties, body.reason, writerName(res)));
  });
  router.delete('/elements/:id', writer, async (req, res) => {
    const id = validate(nodeIdParam, req.params.id, 'delete: id');
    const body = validate(reasonRequestSchema, req.body ?? {}, 'delete');
    const answer = await deleteElement(db, id, body.reason, writerName(res));
    catalog.invalidate();
    res.json(answer);
  });
  router.post('/sources/:id/retract', writer, async (req, res) => {
    const id = validate(nodeIdParam, req.params.id, 'retract: id');
    const body = validate(retractRequestSchema, req.body ?? {}, 'retract');
    const answer = await retractSource(db, id, {
      reason: body.reason,
      actor: writerName(res),
      dryRun: body.dryRun,
    });
    if (!body.dryRun) catalog.invalidate();
    res.json(answer);
  });
  return router;
}
