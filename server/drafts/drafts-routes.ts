// /api/drafts: draft an article, list and read drafts, review (PUT), commit, discard. Every route,
// reading included, needs write access: a draft holds an unpublished article and its review.
import express, { type ErrorRequestHandler, Router } from 'express';
import {
  createDraftRequestSchema,
  DRAFT_TEXT_MAX_CHARS,
  draftIdParamsSchema,
  updateDraftRequestSchema,
} from '../contract/drafts.ts';
import type { Database } from '../database/database.ts';
import type { Config } from '../shared/config.ts';
import { AppError } from '../shared/errors.ts';
import { validate } from '../shared/http.ts';
import { requireWriteAccess, writerName } from '../shared/write-access.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';
import {
  commitDraft,
  createDraft,
  type DraftServices,
  discardDraft,
  readDraft,
  updateDraft,
} from './draft-service.ts';
import { listDrafts } from './draft-store.ts';
import { NameIndex } from './name-index.ts';

/** 500,000 characters of text, JSON-escaped (accents, quotes, line breaks) fit in this. */
const BODY_LIMIT = '4mb';

/** The body parser's "too large" says what the limit is about. */
const tooLarge: ErrorRequestHandler = (error, _req, _res, next) => {
  if ((error as { type?: string })?.type === 'entity.too.large') {
    next(
      new AppError(
        413,
        'article-too-large',
        `An article is at most ${DRAFT_TEXT_MAX_CHARS} characters (500 kB); this request is larger.`,
      ),
    );
    return;
  }
  next(error);
};

export function draftsRoutes(db: Database, config: Config, catalog: SourceCatalog): Router {
  const services: DraftServices = { db, catalog, names: new NameIndex(db, catalog) };
  const router = Router();
  const writers = requireWriteAccess(config);
  // Before the API's 64 kB body parser: an article is larger, and only writers may send one.
  router.use('/drafts', writers, express.json({ limit: BODY_LIMIT }), tooLarge);
  router.post('/drafts', async (req, res) => {
    const request = validate(createDraftRequestSchema, req.body, 'drafts');
    res.status(201).json(await createDraft(services, request, writerName(res)));
  });
  router.get('/drafts', async (_req, res) => {
    res.json({ drafts: await listDrafts(db) });
  });
  router.get('/drafts/:id', async (req, res) => {
    const { id } = validate(draftIdParamsSchema, req.params, 'drafts');
    res.json(await readDraft(services, id));
  });
  router.put('/drafts/:id', async (req, res) => {
    const { id } = validate(draftIdParamsSchema, req.params, 'drafts');
    res.json(await updateDraft(services, id, validate(updateDraftRequestSchema, req.body, 'drafts')));
  });
  router.post('/drafts/:id/commit', async (req, res) => {
    const { id } = validate(draftIdParamsSchema, req.params, 'drafts');
    res.status(201).json(await commitDraft(services, id, writerName(res)));
  });
  router.delete('/drafts/:id', async (req, res) => {
    const { id } = validate(draftIdParamsSchema, req.params, 'drafts');
    await discardDraft(services, id);
    res.status(204).end();
  });
  return router;
}
