// The explorer as `npm start` serves it (API + built client) on a throw-away embedded Neo4j holding
// the curated dataset, for the browser bench and the README screenshot. stop() removes everything.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../../server/app.ts';
import { createDatabase, createDriver } from '../../../server/database/database.ts';
import { startEmbeddedNeo4j } from '../../../server/database/embedded/embedded-neo4j.ts';
import { loadQueryRegistry } from '../../../server/database/query-registry.ts';
import { applySchema } from '../../../server/database/schema-setup.ts';
import { readDatasetFolder } from '../../../server/import/dataset-files.ts';
import { importDocuments } from '../../../server/import/dataset-loader.ts';
import { loadConfig, REPO_ROOT } from '../../../server/shared/config.ts';
import { createLogger } from '../../../server/shared/logger.ts';

const PASSWORD = 'bench-password-1';

export interface CuratedApp {
  baseUrl: string;
  neo4jVersion: string;
  stop(): Promise<void>;
}

export async function startCuratedApp(): Promise<CuratedApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cge-desk-'));
  const embedded = await startEmbeddedNeo4j({ dataDir, boltPort: 0, password: PASSWORD, heap: '1g' });
  const config = loadConfig({ NEO4J_URI: embedded.uri, NEO4J_PASSWORD: PASSWORD, LOG_LEVEL: 'silent' });
  const db = createDatabase(createDriver(embedded.uri, config), embedded.uri, loadQueryRegistry(), config);
  await applySchema(db);
  await importDocuments(db, readDatasetFolder());
  const app = createApp({
    db,
    config,
    logger: createLogger('silent'),
    clientDir: path.join(REPO_ROOT, 'client/dist'),
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    neo4jVersion: embedded.version,
    async stop() {
      server.closeAllConnections();
      server.close();
      await db.close();
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
