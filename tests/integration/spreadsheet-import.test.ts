// The spreadsheet import over HTTP and through `npm run import`, against the real database: a
// Windows-1252 CSV with `;` whose names match curated actors, atomic refusal of a bad row (the graph
// unchanged, the row and column named), register rows citing themselves, and write access.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';
import { graphFingerprint, testDriver } from '../support/test-database.ts';

const TOKEN = 'test-spreadsheet-token-0123456789';
const run = randomUUID().slice(0, 8);
const driver = testDriver();
const auth = { authorization: `Bearer ${TOKEN}` };
let app: TestApp;

const HEADER = 'Collectivité;Partenaire;Pays;Type;Année;Statut;Thème;Source;Citation';
const columns = {
  frenchActor: 'Collectivité',
  partner: 'Partenaire',
  partnerCountry: 'Pays',
  linkType: 'Type',
  date: 'Année',
  status: 'Statut',
  topic: 'Thème',
  sourceTitle: 'Source',
  quote: 'Citation',
};
const mapping = (extra: Record<string, unknown> = {}) => ({
  shape: 'partnerships',
  columns,
  defaults: { publisher: 'Registre de tests', published: '2026-11', frenchCountry: 'France' },
  ...extra,
});

/** The rows of this run: a new French actor with curated partners, and a new partner of Vitagora. */
const agglomeration = `Communauté d’agglomération Essai ${run}`;
const university = `Université Essai ${run}`;
const rows = (
  statusOfSecond = 'en cours',
  quoteOfSecond = 'Vitagora et l’université coopèrent depuis 2025.',
) => [
  HEADER,
  `${agglomeration};Préfecture de Kumamoto;Japon;protocole d’entente;2026;signé;tourisme;Registre ${run};« L’agglomération et Kumamoto ont signé un protocole d’entente en 2026 »`,
  `Vitagora;${university};Japon;coopération;2025;${statusOfSecond};;Registre ${run};${quoteOfSecond}`,
];
/** A CSV as French Excel writes it: Windows-1252, `;`, CRLF. */
const windows1252Csv = (lines: string[]) =>
  Buffer.from(
    lines.join('\r\n').replace(/[’«»]/g, (c) => ({ '’': '\x92', '«': '\xab', '»': '\xbb' })[c] as string),
    'latin1',
  );

const body = (bytes: Buffer, mappingValue: unknown = mapping()) => ({
  fileName: `registre-${run}.csv`,
  content: bytes.toString('base64'),
  mapping: mappingValue,
});

const agglomerationId = `communaute-d-agglomeration-essai-${run}`;
const universityId = `universite-essai-${run}`;

beforeAll(async () => {
  app = await startTestApp({ config: testConfig({ IMPORT_TOKEN: TOKEN }) });
});
afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.id CONTAINS $run DETACH DELETE n', { run });
  await driver.executeQuery('MATCH (m:SpreadsheetMapping) WHERE m.name CONTAINS $run DELETE m', { run });
  await app.close();
  await driver.close();
});

describe('POST /api/imports/spreadsheet', () => {
  it('answers 401 without a write token, for the preview and the import alike', async () => {
    const request = body(windows1252Csv(rows()));
    expect((await app.post('/api/imports/spreadsheet/preview', request)).status).toBe(401);
    expect((await app.post('/api/imports/spreadsheet', request)).status).toBe(401);
  });

  it('previews a Windows-1252 `;` CSV: encoding said, curated actors matched, new ones listed, nothing written', async () => {
    const before = await graphFingerprint(driver);
    const response = await app.post('/api/imports/spreadsheet/preview', body(windows1252Csv(rows())), auth);
    expect(response.status).toBe(200);
    const preview = response.body;
    expect(preview).toMatchObject({
      format: 'csv',
      encoding: 'windows-1252',
      encodingDetected: true,
      delimiter: ';',
      rowCount: 2,
    });
    expect(preview.errors).toEqual([]);
    expect(preview.headers[0]).toBe('Collectivité');
    expect(preview.matched.map((m: { id: string }) => m.id).sort()).toEqual([
      'kumamoto-prefecture',
      'place-france',
      'place-japan',
      'topic-tourism',
      'vitagora',
    ]);
    expect(preview.created.map((c: { id: string }) => c.id).sort()).toEqual([agglomerationId, universityId]);
    expect(preview.rows[0].values.frenchActor).toBe(agglomeration);
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('refuses a file with one bad row with 422 naming its row and column, and writes nothing', async () => {
    const before = await graphFingerprint(driver);
    const badStatus = await app.post(
      '/api/imports/spreadsheet',
      body(windows1252Csv(rows('peut-être'))),
      auth,
    );
    expect(badStatus.status).toBe(422);
    expect(badStatus.contentType).toContain('application/problem+json');
    expect(badStatus.body.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'Statut', field: 'status' }),
    ]);
    expect(badStatus.body.detail).toContain('row 3, column "Statut"');
    const noQuote = await app.post(
      '/api/imports/spreadsheet',
      body(windows1252Csv(rows('en cours', ''))),
      auth,
    );
    expect(noQuote.status).toBe(422);
    expect(noQuote.body.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'Citation', field: 'quote' }),
    ]);
    expect(noQuote.body.errors[0].message).toMatch(/register/);
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('imports the rows: new actors created, curated ids linked, every fact citing its row’s quote', async () => {
    const response = await app.post('/api/imports/spreadsheet', body(windows1252Csv(rows())), auth);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ sources: 1, rowCount: 2 });
    expect(response.body.nodeIds).toEqual(
      expect.arrayContaining([agglomerationId, 'kumamoto-prefecture', universityId]),
    );
    const parties = await driver.executeQuery(
      `MATCH (o:Organisation)-[r:PARTY_TO]->(a:Agreement {id: $agreement})
       RETURN o.id AS id, r.quotes AS quotes, a.status AS status, a.date AS date ORDER BY id`,
      { agreement: `mou-${agglomerationId}-kumamoto-prefecture-2026` },
    );
    expect(parties.records.map((r) => r.get('id'))).toEqual([agglomerationId, 'kumamoto-prefecture']);
    for (const record of parties.records) {
      expect(record.get('quotes')).toEqual([
        '« L’agglomération et Kumamoto ont signé un protocole d’entente en 2026 »',
      ]);
      expect(record.get('status')).toBe('signed');
    }
    const cooperation = await driver.executeQuery(
      'MATCH (:Organisation {id: "vitagora"})-[r:COOPERATES_WITH]->(u {id: $id}) RETURN r.quotes AS quotes, r.since AS since, r.status AS status',
      { id: universityId },
    );
    expect(cooperation.records[0]?.get('quotes')).toEqual([
      'Vitagora et l’université coopèrent depuis 2025.',
    ]);
    expect(cooperation.records[0]?.get('status')).toBe('done');
    const located = await driver.executeQuery(
      'MATCH (o {id: $id})-[:LOCATED_IN]->(p:Place) RETURN p.id AS place',
      { id: agglomerationId },
    );
    expect(located.records.map((r) => r.get('place'))).toEqual(['place-france']);
  });

  it('in a register, a row without a quote cites the row itself and its source says it is a register', async () => {
    const lines = [
      'Collectivité;Partenaire;Type;Année;Statut',
      `Région Essai ${run};Préfecture de Kumamoto;jumelage;2019;signé`,
    ];
    const registerMapping = {
      shape: 'partnerships',
      columns: {
        frenchActor: 'Collectivité',
        partner: 'Partenaire',
        linkType: 'Type',
        date: 'Année',
        status: 'Statut',
      },
      register: true,
      defaults: { sourceTitle: `Registre des jumelages ${run}`, publisher: 'Tests', published: '2026' },
    };
    const response = await app.post(
      '/api/imports/spreadsheet',
      {
        fileName: 'jumelages.csv',
        content: Buffer.from(lines.join('\n')).toString('base64'),
        mapping: registerMapping,
      },
      auth,
    );
    expect(response.status).toBe(201);
    const result = await driver.executeQuery(
      `MATCH (o {id: $id})-[r:PARTY_TO]->(:Agreement) MATCH (s:Source) WHERE s.id IN r.sources
       RETURN r.quotes AS quotes, s.kind AS kind, s.title AS title`,
      { id: `region-essai-${run}` },
    );
    expect(result.records).toHaveLength(1);
    expect(result.records[0]?.get('quotes')).toEqual([
      `Row 2: Région Essai ${run} — Préfecture de Kumamoto, jumelage, 2019, signé`,
    ]);
    expect(result.records[0]?.get('kind')).toBe('register');
    expect(result.records[0]?.get('title')).toBe(`Registre des jumelages ${run}`);
  });
});

describe('saved mappings', () => {
  it('saves a mapping under a name, lists it, and previews with it by name', async () => {
    const name = `Registre ${run}`;
    const put = (payload: unknown) =>
      fetch(`${app.baseUrl}/api/imports/spreadsheet/mappings/${encodeURIComponent(name)}`, {
        method: 'PUT',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
    const refused = await put({ mapping: { shape: 'partnerships', columns: { partner: 'P' } } });
    expect(refused.status).toBe(400);
    expect((await refused.json()).detail).toContain('frenchActor');
    const saved = await put({ mapping: mapping() });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ name, savedBy: 'import' });
    const list = await fetch(`${app.baseUrl}/api/imports/spreadsheet/mappings`, { headers: auth });
    const mappings = (await list.json()).mappings as { name: string; mapping: { columns: object } }[];
    expect(mappings.find((m) => m.name === name)?.mapping.columns).toEqual(columns);
    const schema = await app.get('/api/schema');
    expect(JSON.stringify(schema.body)).not.toContain('SpreadsheetMapping');
    const preview = await app.post(
      '/api/imports/spreadsheet/preview',
      { fileName: 'r.csv', content: windows1252Csv(rows()).toString('base64'), mappingName: name },
      auth,
    );
    expect(preview.status).toBe(200);
    expect(preview.body.counts.rowsWithErrors).toBe(0);
  });
});

describe('npm run import -- file.csv --mapping mapping.json', () => {
  it('imports the same CSV with a mapping file, and names the bad row when one is bad', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cge-sheet-'));
    const cliRun = `${run}-cli`;
    const csv = path.join(dir, 'registre.csv');
    const bad = path.join(dir, 'bad.csv');
    const mappingFile = path.join(dir, 'mapping.json');
    const cliRows = [
      HEADER,
      `Ville Essai ${cliRun};Vitagora;France;accord;2024;signé;;Registre ${cliRun};La ville et Vitagora ont signé un accord.`,
    ];
    writeFileSync(csv, windows1252Csv(cliRows));
    writeFileSync(bad, windows1252Csv([HEADER, cliRows[1]?.replace(';signé;', ';bientôt;') as string]));
    writeFileSync(mappingFile, JSON.stringify(mapping()));
    const env = {
      ...process.env,
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USER: inject('neo4jUser'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
    };
    const exec = promisify(execFile);
    try {
      const failed = await exec(
        'npx',
        ['tsx', 'server/import/import-cli.ts', bad, '--mapping', mappingFile],
        { env },
      ).catch((error) => error);
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain('row 2, column "Statut"');
      const ok = await exec('npx', ['tsx', 'server/import/import-cli.ts', csv, '--mapping', mappingFile], {
        env,
      });
      expect(ok.stdout).toContain('Imported 1 row(s) of registre.csv');
      const result = await driver.executeQuery(
        'MATCH (o {id: $id})-[r:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(v {id: "vitagora"}) RETURN r.quotes AS quotes',
        { id: `ville-essai-${cliRun}` },
      );
      expect(result.records[0]?.get('quotes')).toEqual(['La ville et Vitagora ont signé un accord.']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
