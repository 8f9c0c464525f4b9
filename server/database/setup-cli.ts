// `npm run db:setup`: the one-off setup of the configured database (NEO4J_URI, or the embedded one,
// started for it and stopped after): constraints and indexes, then the curated dataset into an
// empty database (unless SEED_ON_START=never). Idempotent: a second run changes nothing. Then the
// same read-only checks as at start, so a database configured more loosely than needed is named.
import { loadConfigOrExit } from '../shared/config.ts';
import { createLogger } from '../shared/logger.ts';
import { openDatabase } from './connect.ts';
import { setUpDatabase } from './schema-setup.ts';
import { startupWarnings } from './startup-checks.ts';

const config = loadConfigOrExit();
const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
let exitCode = 0;
const opened = await openDatabase(config, logger).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
try {
  const setup = await setUpDatabase(opened.db, { seed: config.SEED_ON_START === 'auto' });
  console.log(`Schema applied on ${opened.uri} (${setup.statements} statements).`);
  console.log(
    setup.seeded
      ? `Loaded the curated dataset: ${setup.seeded.nodes} nodes, ${setup.seeded.relationships} relationships.`
      : config.SEED_ON_START === 'never'
        ? 'Seeding skipped (SEED_ON_START=never).'
        : 'The database already holds data: the curated dataset was not loaded again.',
  );
  const warnings = await startupWarnings(opened.db, config);
  for (const warning of warnings) console.warn(`warning: ${warning}`);
} catch (error) {
  exitCode = 1;
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  await opened.close();
}
process.exit(exitCode);
