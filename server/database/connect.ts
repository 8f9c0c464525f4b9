// Opens the database the configuration names: NEO4J_URI when set, else the embedded Neo4j,
// which is started here and stopped by close().
import type { Config } from '../shared/config.ts';
import type { LevelLogger } from '../shared/logger.ts';
import { createDatabase, createDriver, type Database } from './database.ts';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from './embedded/embedded-neo4j.ts';
import { loadQueryRegistry } from './query-registry.ts';
import { EMBEDDED_TRANSACTION_MAX_MEMORY, embeddedTransactionTimeoutSeconds } from './required-settings.ts';

export interface OpenDatabase {
  db: Database;
  uri: string;
  embedded?: EmbeddedNeo4j;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The embedded database is gone for good (its supervisor gave up): the server cannot serve. */
  onDatabaseLost?: (reason: string) => void;
}

export async function openDatabase(
  config: Config,
  logger: LevelLogger,
  options: OpenOptions = {},
): Promise<OpenDatabase> {
  // Read the queries first: a missing file should stop start-up before a JVM is started.
  const queries = loadQueryRegistry();
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    logger.info(`Starting the embedded Neo4j (data in ${config.NEO4J_DATA_DIR})…`);
    embedded = await startEmbeddedNeo4j({
      dataDir: config.NEO4J_DATA_DIR,
      boltPort: config.NEO4J_BOLT_PORT,
      password: config.NEO4J_PASSWORD,
      heap: config.NEO4J_HEAP,
      transactionTimeout: `${embeddedTransactionTimeoutSeconds(config)}s`,
      transactionMaxMemory: EMBEDDED_TRANSACTION_MAX_MEMORY,
      log: (line) => logger.info(line),
      warn: (line) => logger.warn(line),
      onGiveUp: (reason) => {
        logger.error(`The embedded Neo4j is down for good: ${reason}`);
        options.onDatabaseLost?.(reason);
      },
    });
    uri = embedded.uri;
  }
  const db = createDatabase(createDriver(uri, config), uri, queries, config);
  await waitUntilUp(db, config.NEO4J_USER, embedded ? 10_000 : 60_000);
  return {
    db,
    uri,
    embedded,
    async close() {
      await db.close();
      await embedded?.stop();
    },
  };
}

/**
 * An external database may still be starting (a fresh Docker container): wait for it a while. But
 * a refused password is final: each retry would count as a failed login, and Neo4j locks the user
 * out after a few of them.
 */
async function waitUntilUp(db: Database, user: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = await db.health();
    if (health.up) return;
    if (health.credentialsRefused) {
      throw new Error(
        `Neo4j at ${health.uri} refused the password of user "${user}": set NEO4J_USER and NEO4J_PASSWORD to that database's credentials (stopped at the first refusal, so Neo4j does not lock the user out)`,
      );
    }
    if (Date.now() > deadline) throw new Error(`Neo4j at ${health.uri} is not reachable: ${health.reason}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
