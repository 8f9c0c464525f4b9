// /api/views and /api/stories: save, list, open, change and delete named views and stories.
// Open to whoever may read (views are not facts); a write token, when sent, names who saved it.
import express, { type ErrorRequestHandler, type Request, Router } from 'express';
import {
  MAX_VIEW_BYTES,
  MAX_VIEW_NODES,
  shortIdParam,
  storyInputSchema,
  viewInputSchema,
} from '../contract/views.ts';
import type { Database } from '../database/database.ts';
import { bearerToken, tokenMatches } from '../shared/access.ts';
import type { Config } from '../shared/config.ts';
import { AppError } from '../shared/errors.ts';
import { validate } from '../shared/http.ts';
import { writerFor, writeTokens } from '../shared/write-access.ts';
import * as views from './views-service.ts';

const tooLarge: ErrorRequestHandler = (error, req, _res, next) => {
  const type = (error as { type?: string }).type;
  if (type !== 'entity.too.large') return next(error);
  next(
    new AppError(
      413,
      'request-too-large',
      `${req.method} ${req.baseUrl}${req.path}: the body is at most ${MAX_VIEW_BYTES / 1024} kB (a view with up to ${MAX_VIEW_NODES} node positions fits).`,
    ),
  );
};

/** Views' bodies are larger than the API's default limit: mount before the default JSON parser. */
export function viewsBodyParser(): Router {
  const router = Router();
  router.use(['/views', '/stories'], express.json({ limit: MAX_VIEW_BYTES }), tooLarge);
  return router;
}

export function viewsRoutes(db: Database, config: Config): Router {
  const router = Router();
  const tokens = writeTokens(config);
  // A bearer token that is neither a write token nor the read token is refused: the caller meant
  // to save under a name it does not have, and would otherwise get an anonymous view silently.
  const writer = (req: Request): string | undefined => {
    const given = bearerToken(req.get('authorization'));
    const name = writerFor(req.get('authorization'), tokens);
    if (given && name === undefined && !(config.READ_TOKEN && tokenMatches(given, config.READ_TOKEN))) {
      throw new AppError(
        401,
        'unauthorized',
        `${req.method} ${req.originalUrl}: the bearer token is neither a write token nor the read token; send a write token to save under its name, or none.`,
      );
    }
    return name;
  };
  const viewId = (req: Request) => validate(shortIdParam, req.params.id, 'views: id');
  const storyId = (req: Request) => validate(shortIdParam, req.params.id, 'stories: id');

  router.get('/views', async (_req, res) => {
    res.json(await views.listViews(db));
  });
  router.post('/views', async (req, res) => {
    const input = validate(viewInputSchema, req.body, 'views');
    res.status(201).json(await views.createView(db, input, writer(req)));
  });
  router.get('/views/:id', async (req, res) => {
    res.json(await views.getView(db, viewId(req)));
  });
  router.put('/views/:id', async (req, res) => {
    const id = viewId(req);
    const input = validate(viewInputSchema, req.body, 'views');
    res.json(await views.updateView(db, id, input, writer(req)));
  });
  router.delete('/views/:id', async (req, res) => {
    const id = viewId(req);
    await views.deleteView(db, id, writer(req));
    res.json({ deleted: id });
  });

  router.get('/stories', async (_req, res) => {
    res.json(await views.listStories(db));
  });
  router.post('/stories', async (req, res) => {
    const input = validate(storyInputSchema, req.body, 'stories');
    res.status(201).json(await views.createStory(db, input, writer(req)));
  });
  router.get('/stories/:id', async (req, res) => {
    res.json(await views.getStory(db, storyId(req)));
  });
  router.put('/stories/:id', async (req, res) => {
    const id = storyId(req);
    const input = validate(storyInputSchema, req.body, 'stories');
    res.json(await views.updateStory(db, id, input, writer(req)));
  });
  router.delete('/stories/:id', async (req, res) => {
    const id = storyId(req);
    await views.deleteStory(db, id, writer(req));
    res.json({ deleted: id });
  });
  return router;
}
