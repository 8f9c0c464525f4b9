// Opens the database the configuration names: NEO4J_URI when set, else the embedded Neo4j,
// which is started here and stopped by close().
import type { Config } from '../shared/config.ts';
import type { Logger } from '../shared/logger.ts';
import { createDatabase, createDriver, type Database } from './database.ts';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from './embedded/embedded-neo4j.ts';
import { loadQueryRegistry } from './query-registry.ts';

export interface OpenDatabase {
  db: Database;
  uri: string;
  embedded?: EmbeddedNeo4j;
  close(): Promise<void>;
}

export async function openDatabase(config: Config, logger: Logger): Promise<OpenDatabase> {
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
      transactionTimeout: `${Math.ceil((config.QUERY_TIMEOUT_MS * 3) / 1000)}s`,
      log: (line) => logger.info(line),
    });
    uri = embedded.uri;
  }
  const db = createDatabase(createDriver(uri, config), uri, queries, config);
  await waitUntilUp(db, embedded ? 10_000 : 60_000);
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

/** An external database may still be starting (a fresh Docker container): wait for it a while. */
async function waitUntilUp(db: Database, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = await db.health();
    if (health.up) return;
    if (Date.now() > deadline) throw new Error(`Neo4j at ${health.uri} is not reachable: ${health.reason}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
