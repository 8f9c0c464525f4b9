// Starts the database the tests use, once per run, and hands its URI to the test files:
// 1. NEO4J_URI when set (its data is left in place; tests only add uniquely-keyed data),
// 2. else a Neo4j container when a Docker engine answers (testcontainers 11),
// 3. else the embedded launcher on a fresh store in a temporary folder.
// Then it applies the schema and loads the curated dataset, as `npm start` does.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDatabase, createDriver } from '../../server/database/database.ts';
import { startEmbeddedNeo4j } from '../../server/database/embedded/embedded-neo4j.ts';
import { loadQueryRegistry } from '../../server/database/query-registry.ts';
import { applySchema } from '../../server/database/schema-setup.ts';
import { readDatasetFolder } from '../../server/import/dataset-files.ts';
import { importDocuments } from '../../server/import/dataset-loader.ts';
import { loadConfig } from '../../server/shared/config.ts';
import { dockerEngineAnswers } from './docker-engine.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    databaseKind: 'external' | 'container' | 'embedded';
  }
}

const TEST_PASSWORD = 'test-password-123';

export default async function setup(project: TestProject) {
  const config = loadConfig();
  const cleanups: (() => Promise<void>)[] = [];
  let uri: string;
  let user = config.NEO4J_USER;
  let password = config.NEO4J_PASSWORD;
  let kind: 'external' | 'container' | 'embedded';

  if (config.NEO4J_URI) {
    uri = config.NEO4J_URI;
    kind = 'external';
  } else if (await dockerEngineAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword(TEST_PASSWORD).start();
    cleanups.push(async () => void (await container.stop()));
    uri = container.getBoltUri();
    user = container.getUsername();
    password = container.getPassword();
    kind = 'container';
  } else {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cge-test-neo4j-'));
    const embedded = await startEmbeddedNeo4j({
      dataDir,
      boltPort: 0,
      password: TEST_PASSWORD,
      heap: '1g',
      // Short, so the runaway-query test sees the server stop a query that sent no timeout of its own.
      transactionTimeout: '20s',
    });
    cleanups.push(async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });
    uri = embedded.uri;
    user = 'neo4j';
    password = TEST_PASSWORD;
    kind = 'embedded';
  }

  const settings = { ...config, NEO4J_USER: user, NEO4J_PASSWORD: password };
  const db = createDatabase(createDriver(uri, settings), uri, loadQueryRegistry(), settings);
  try {
    await applySchema(db);
    await importDocuments(db, readDatasetFolder());
  } finally {
    await db.close();
  }

  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', user);
  project.provide('neo4jPassword', password);
  project.provide('databaseKind', kind);

  return async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
}
