// Builds the Express app from its dependencies; listening is the entry point's job (tests use port 0).
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { changesRoutes } from './changes/changes-routes.ts';
import { cypherRoutes } from './cypher/cypher-routes.ts';
import type { Database } from './database/database.ts';
import { draftsRoutes } from './drafts/drafts-routes.ts';
import { graphRoutes } from './graph/graph-routes.ts';
import { healthRoutes } from './health/health-routes.ts';
import { importRoutes } from './import/import-routes.ts';
import { buildOpenApiDocument } from './openapi/openapi-document.ts';
import { partnersRoutes } from './partners/partners-routes.ts';
import { pathsRoutes } from './paths/paths-routes.ts';
import { schemaRoutes } from './schema/schema-routes.ts';
import { searchRoutes } from './search/search-routes.ts';
import { allowedHostsOnly, requireReadToken } from './shared/access.ts';
import type { Config } from './shared/config.ts';
import { apiNotFound, problemHandler } from './shared/http.ts';
import type { Logger } from './shared/logger.ts';
import { requestLogging } from './shared/request-logging.ts';
import { securityHeaders } from './shared/security-headers.ts';
import { writeTokens } from './shared/write-access.ts';
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

export function createApp({ db, config, logger, clientDir }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  // No ETag on API answers: computing one hashes every body (milliseconds for the large ones),
  // and no client sends If-None-Match for them. Static files keep theirs (express.static's own).
  app.set('etag', false);
  app.set('query parser', 'extended');
  app.use(requestLogging(logger));
  app.use(securityHeaders());
  app.use(allowedHostsOnly(config));

  const catalog = new SourceCatalog(db);
  const openApi = buildOpenApiDocument();
  const api = express.Router();
  api.use(
    requireReadToken(
      config.READ_TOKEN,
      writeTokens(config).map((entry) => entry.token),
    ),
  );
  // Import reads its own, larger body, and only after checking its token.
  api.use(importRoutes(db, config, catalog));
  // Drafts too: an article (up to 500 kB) and behind write access.
  api.use(draftsRoutes(db, config, catalog));
  // A canvas's ids (up to 5,000 of up to 200 characters) exceed the default body limit.
  api.use('/subgraph', express.json({ limit: '1mb' }));
  api.use(express.json({ limit: '64kb' }));
  api.get('/openapi.json', (_req, res) => void res.json(openApi));
  api.use(healthRoutes(db));
  api.use(searchRoutes(db));
  api.use(graphRoutes(db, catalog));
  api.use(partnersRoutes(db, catalog));
  api.use(pathsRoutes(db, catalog));
  api.use(timelineRoutes(db));
  api.use(changesRoutes(db, catalog));
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
