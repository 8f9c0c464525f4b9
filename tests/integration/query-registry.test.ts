import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CYPHER_DIR,
  listCypherFiles,
  loadQueryRegistry,
  QUERY_FILES,
  type QueryName,
  stripComments,
} from '../../server/database/query-registry.ts';
import { testDriver } from '../support/test-database.ts';

const driver = testDriver();
afterAll(() => driver.close());
const registry = loadQueryRegistry();

describe('the Cypher query registry', () => {
  it('registers every .cypher file, and every registered name has a file', () => {
    const onDisk = listCypherFiles(CYPHER_DIR).map((file) =>
      path.relative(CYPHER_DIR, file).replace(/\.cypher$/, ''),
    );
    const registered = [
      // Several names may share one file (the path queries).
      ...new Set(Object.values(QUERY_FILES)),
      ...registry.schemaStatements().map((s) => s.file.replace(/\.cypher$/, '')),
    ];
    expect(onDisk.sort()).toEqual(registered.sort());
  });

  it('gives every file a header comment before the query', () => {
    for (const file of listCypherFiles(CYPHER_DIR)) {
      const text =
        registry.schemaStatements().find((s) => file.endsWith(s.file))?.text ??
        registry.get(
          (Object.entries(QUERY_FILES).find(([, f]) => file.endsWith(`${f}.cypher`)) ?? [''])[0] as QueryName,
        );
      expect(text.startsWith('//'), file).toBe(true);
      expect(stripComments(text).length, file).toBeGreaterThan(0);
    }
  });

  // Under import/, the reference check (which ids exist already), the existing links and the journal's
  // listings only read.
  const READS_UNDER_IMPORT = new Set<QueryName>([
    'existingNodeLabels',
    'existingMentions',
    'snapshotNodes',
    'snapshotRelationships',
    'importRuns',
    'importBatches',
  ]);
  // Writes outside import/: the audit trail and the corrections (not their look-ups and listings),
  // saving a spreadsheet column mapping, the drafts under review, and saved views and stories (create, update, delete).
  const WRITES_ELSEWHERE = new Set<QueryName>([
    'recordAuditEntry',
    'updateElementProperties',
    'deleteRelationships',
    'deleteNodes',
    'deleteSource',
    'saveSpreadsheetMapping',
    'createDraft',
    'updateDraft',
    'deleteDraft',
  ]);
  const VIEW_WRITES = /^views\/(create|update|delete)-/;
  const writes = (name: QueryName) =>
    WRITES_ELSEWHERE.has(name) ||
    VIEW_WRITES.test(QUERY_FILES[name]) ||
    (QUERY_FILES[name].startsWith('import/') && !READS_UNDER_IMPORT.has(name));
  // The health ping calls dbms.components, which Neo4j runs in DBMS mode: typed `s` though it only reads.
  const expectedReadType = (name: QueryName) => (name === 'ping' ? 's' : 'r');

  it.each(Object.keys(QUERY_FILES) as QueryName[])(
    '%s parses (EXPLAIN) with the expected query type',
    async (name) => {
      const result = await driver.executeQuery(`EXPLAIN ${registry.get(name)}`);
      if (writes(name)) expect(['w', 'rw']).toContain(result.summary.queryType);
      else expect(result.summary.queryType).toBe(expectedReadType(name));
    },
  );

  it('has write queries for the import, the rest read', () => {
    const names = Object.keys(QUERY_FILES) as QueryName[];
    expect(names.filter(writes).length).toBeGreaterThanOrEqual(4);
    expect(names.filter((name) => !writes(name)).length).toBeGreaterThan(10);
  });

  it('stops start-up when a query file is missing', () => {
    expect(() => loadQueryRegistry(path.join(CYPHER_DIR, 'no-such-folder'))).toThrow(/is missing/);
  });
});
