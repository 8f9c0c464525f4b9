// The read-only checks of every start: schema items the queries need, and the settings the embedded
// database sets that an external one must set itself.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabase, createDriver, type Database } from '../../server/database/database.ts';
import { CYPHER_DIR, loadQueryRegistry } from '../../server/database/query-registry.ts';
import { checkSchema, schemaItemNames } from '../../server/database/schema-setup.ts';
import { checkDatabaseSettings, startupWarnings } from '../../server/database/startup-checks.ts';
import { testConfig } from '../support/test-app.ts';

const config = testConfig();
const uri = config.NEO4J_URI as string;
const opened: Database[] = [];
const folders: string[] = [];
function open(cypherDir = CYPHER_DIR): Database {
  const db = createDatabase(createDriver(uri, config), uri, loadQueryRegistry(cypherDir), config);
  opened.push(db);
  return db;
}
afterAll(async () => {
  for (const db of opened) await db.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('start-up checks', () => {
  it('find every schema item of cypher/schema-setup online on the set-up test database', async () => {
    const db = open();
    expect(schemaItemNames(db.queries)).toEqual(expect.arrayContaining(['entity_id', 'entity_names']));
    expect(await checkSchema(db)).toEqual({ missing: [], notOnline: [] });
  });

  it('name a schema item the database lacks', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cge-schema-check-'));
    folders.push(folder);
    cpSync(CYPHER_DIR, folder, { recursive: true });
    writeFileSync(
      path.join(folder, 'schema-setup', '500-not-applied.cypher'),
      '// Schema: an index no one applied.\nCREATE INDEX never_applied_index IF NOT EXISTS FOR (n:Agreement) ON (n.kind)\n',
    );
    const db = open(folder);
    expect((await checkSchema(db)).missing).toEqual(['never_applied_index']);
    const warnings = await startupWarnings(db, config);
    const schemaWarning = warnings.find((warning) => warning.includes('never_applied_index'));
    expect(schemaWarning).toMatch(/lacks 1 schema item.*npm run db:setup/);
  });

  it.runIf(inject('databaseKind') === 'embedded')(
    'find every required setting on the embedded database, so start-up warns of nothing',
    async () => {
      const db = open();
      expect(await checkDatabaseSettings(db, config)).toEqual({ findings: [] });
      expect(await startupWarnings(db, config)).toEqual([]);
    },
  );

  it.runIf(inject('databaseKind') === 'embedded')(
    'hold the database to the query timeout: with a shorter one, its 20 s timeout is too loose',
    async () => {
      // The test database runs with db.transaction.timeout=20s; an API timeout of 5 s allows at most 15 s.
      const db = open();
      const { findings } = await checkDatabaseSettings(db, { QUERY_TIMEOUT_MS: 5_000 });
      expect(findings).toEqual([
        expect.objectContaining({ name: 'db.transaction.timeout', problem: 'weaker', actual: '20s' }),
      ]);
    },
  );
});
