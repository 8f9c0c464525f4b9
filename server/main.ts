// `npm start`: starts (or connects to) Neo4j, applies the schema, loads the curated dataset into an
// empty database, builds the client when needed, and serves API and client on one port.
// SIGINT/SIGTERM stop the web server and the database cleanly.
import type { Server } from 'node:http';
import { createApp } from './app.ts';
import { type OpenDatabase, openDatabase } from './database/connect.ts';
import { applySchema, seedIfEmpty } from './database/schema-setup.ts';
import { recoverInterruptedImports } from './import/import-journal.ts';
import { describeExposure } from './shared/access.ts';
import { CLIENT_DIST, ensureClientBuilt } from './shared/client-build.ts';
import { ConfigError, loadConfig } from './shared/config.ts';
import { startHttpServer } from './shared/http-server.ts';
import { createLogger } from './shared/logger.ts';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const logger = createLogger(config.LOG_LEVEL);
let opened: OpenDatabase | undefined;
let server: Server | undefined;
let stopping = false;

async function stop(signal: string, exitCode = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: stopping…`);
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server?.closeAllConnections();
  await opened?.close();
  logger.info('Stopped.');
  process.exit(exitCode);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

try {
  const started = Date.now();
  // Without its supervised database the server can only answer 503: stop, loudly, so that
  // whoever runs it sees the failure (the reason is logged just before).
  opened = await openDatabase(config, logger, { onDatabaseLost: () => void stop('database lost', 1) });
  const statements = await applySchema(opened.db);
  logger.info(`Schema applied (${statements} statements).`);
  // An import interrupted by a crash or a kill is undone (or, if published, finished) before serving.
  const recovered = await recoverInterruptedImports(opened.db);
  for (const id of recovered.undone) logger.warn(`Undid the interrupted import ${id}.`);
  if (config.SEED_ON_START === 'auto') {
    const seeded = await seedIfEmpty(opened.db);
    if (seeded) {
      logger.info(
        `Loaded the curated dataset: ${seeded.nodes} nodes, ${seeded.relationships} relationships.`,
      );
    }
  }
  await ensureClientBuilt(logger);
  const app = createApp({ db: opened.db, config, logger, clientDir: CLIENT_DIST });
  server = await startHttpServer(app, config, logger).then(
    (started) => started.server,
    (error: Error) => {
      throw new Error(
        `The web server could not listen on ${config.HOST}:${config.PORT}: ${error.message} (set PORT)`,
      );
    },
  );
  const exposure = describeExposure(config);
  logger[exposure.level](exposure.message);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `Cooperation Graph Explorer is ready at http://${config.HOST}:${config.PORT} (in ${seconds} s)`,
  );
} catch (error) {
  logger.error(error instanceof Error ? error.message : String(error));
  await opened?.close();
  process.exit(1);
}
