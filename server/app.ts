// Builds the Express app from its dependencies; listening is the entry point's job (tests use port 0).
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import { cypherRoutes } from './cypher/cypher-routes.ts';
import type { Database } from './database/database.ts';
import { graphRoutes } from './graph/graph-routes.ts';
import { healthRoutes } from './health/health-routes.ts';
import { importRoutes } from './import/import-routes.ts';
import { buildOpenApiDocument } from './openapi/openapi-document.ts';
import { partnersRoutes } from './partners/partners-routes.ts';
import { pathsRoutes } from './paths/paths-routes.ts';
import { schemaRoutes } from './schema/schema-routes.ts';
import { searchRoutes } from './search/search-routes.ts';
import type { Config } from './shared/config.ts';
import { AppError } from './shared/errors.ts';
import { apiNotFound, problemHandler } from './shared/http.ts';
import type { Logger } from './shared/logger.ts';
import { SourceCatalog } from './sources/source-catalog.ts';
import { sourcesRoutes } from './sources/sources-routes.ts';
import { timelineRoutes } from './timeline/timeline-routes.ts';

export interface AppDependencies {
  db: Database;
  config: Config;
  logger: Logger;
  /** The built client to serve at /, when there is one. */
  clientDir?: string;
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * A page on another site can point a DNS name at 127.0.0.1 ("DNS rebinding") and then call this API
 * from the analyst's browser. Its requests carry that other name in Host, so only the names this
 * server is meant to be reached by are answered. Binding to all interfaces turns the check off.
 */
function allowedHostsOnly(host: string): RequestHandler {
  const anyInterface = host === '0.0.0.0' || host === '::';
  return (req, _res, next) => {
    const name = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (anyInterface || LOOPBACK_NAMES.has(name) || name === host.toLowerCase()) {
      next();
      return;
    }
    next(
      new AppError(
        403,
        'host-not-allowed',
        `This server answers requests for ${host} or localhost, not "${name}".`,
      ),
    );
  };
}

export function createApp({ db, config, logger, clientDir }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'extended');
  app.use(allowedHostsOnly(config.HOST));
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });

  const catalog = new SourceCatalog(db);
  const openApi = buildOpenApiDocument();
  const api = express.Router();
  // Import reads its own, larger body, and only after checking its token.
  api.use(importRoutes(db, config, catalog));
  api.use(express.json({ limit: '64kb' }));
  api.get('/openapi.json', (_req, res) => void res.json(openApi));
  api.use(healthRoutes(db));
  api.use(searchRoutes(db));
  api.use(graphRoutes(db, catalog));
  api.use(partnersRoutes(db, catalog));
  api.use(pathsRoutes(db, catalog));
  api.use(timelineRoutes(db));
  api.use(schemaRoutes(db));
  api.use(sourcesRoutes(db));
  api.use(cypherRoutes(db, config));
  api.use(apiNotFound);
  app.use('/api', api);

  if (clientDir && existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    // The view lives in the URL's query string, so every page path serves the single page.
    app.get('/{*path}', (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(problemHandler(logger));
  return app;
}
