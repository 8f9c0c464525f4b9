// Builds the Express app from its dependencies; listening is the entry point's job (tests use port 0).
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { Database } from './database/database.ts';
import { healthRoutes } from './health/health-routes.ts';
import type { Config } from './shared/config.ts';
import { apiNotFound, problemHandler } from './shared/http.ts';
import type { Logger } from './shared/logger.ts';

export interface AppDependencies {
  db: Database;
  config: Config;
  logger: Logger;
  /** The built client to serve at /, when there is one. */
  clientDir?: string;
}

export function createApp({ db, config, logger, clientDir }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'extended');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });

  const api = express.Router();
  api.use(express.json({ limit: '64kb' }));
  api.use(healthRoutes(db));
  api.use(apiNotFound);
  app.use('/api', api);

  if (clientDir && existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    // The view lives in the URL's query string, so every page path serves the single page.
    app.get('/{*path}', (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(problemHandler(logger));
  void config;
  return app;
}
