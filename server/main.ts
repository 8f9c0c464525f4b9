// `npm start`: starts (or connects to) Neo4j; on the embedded default applies the schema and loads
// the curated dataset into an empty database (an external one is set up once by `npm run db:setup`);
// checks schema and database settings read-only and warns; builds the client when needed, and
// serves API and client on one port.
// SIGINT/SIGTERM stop the web server and the database cleanly.
import type { Server } from 'node:http';
import { createApp } from './app.ts';
import { type OpenDatabase, openDatabase } from './database/connect.ts';
import { setsUpAtStart, setUpDatabase } from './database/schema-setup.ts';
import { startupWarnings } from './database/startup-checks.ts';
import { recoverInterruptedImports } from './import/import-journal.ts';
import { describeExposure } from './shared/access.ts';
import { CLIENT_DIST, ensureClientBuilt } from './shared/client-build.ts';
import { loadConfigOrExit } from './shared/config.ts';
import { startHttpServer } from './shared/http-server.ts';
import { createLogger } from './shared/logger.ts';

const config = loadConfigOrExit();
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
  // An import interrupted by a crash or a kill is undone (or, if published, finished) before serving,
  // whatever SETUP_ON_START says: it only ever touches the elements that import wrote. An import
  // that another instance is still running (its heartbeat is fresh) is left alone.
  const recovered = await recoverInterruptedImports(opened.db);
  for (const id of recovered.undone) logger.warn(`Undid the interrupted import ${id}.`);
  if (setsUpAtStart(config)) {
    const setup = await setUpDatabase(opened.db, { seed: config.SEED_ON_START === 'auto' });
    logger.info(`Schema applied (${setup.statements} statements).`);
    if (setup.seeded) {
      logger.info(
        `Loaded the curated dataset: ${setup.seeded.nodes} nodes, ${setup.seeded.relationships} relationships.`,
      );
    }
  }
  // Read-only: an external database is never written to here unless SETUP_ON_START says so.
  for (const warning of await startupWarnings(opened.db, config)) logger.warn(warning);
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
