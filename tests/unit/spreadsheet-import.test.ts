// The spreadsheet import without a database: how a file's bytes become text, how its delimiter is
// found, and how mapped rows become import records (matched actors, new ones, row errors).
import { describe, expect, it } from 'vitest';
import { datasetDocumentSchema } from '../../seed/dataset-schema.ts';
import { type SpreadsheetMappingInput, spreadsheetMappingSchema } from '../../server/contract/spreadsheet.ts';
import { guessColumns } from '../../server/import/spreadsheet/column-guesses.ts';
import { detectDelimiter, parseCsv } from '../../server/import/spreadsheet/csv-table.ts';
import { buildNameIndex } from '../../server/import/spreadsheet/name-index.ts';
import { readTable } from '../../server/import/spreadsheet/read-table.ts';
import { isoDateOf } from '../../server/import/spreadsheet/row-values.ts';
import { rowsToDocuments } from '../../server/import/spreadsheet/rows-to-documents.ts';
import { decodeText } from '../../server/import/spreadsheet/text-decoding.ts';
import { xlsxWorkbook } from '../support/xlsx-fixture.ts';

/** "Région Occitanie;Préfecture de Kyoto;coopération" in Windows-1252: é = 0xE9, è = 0xE8, ç = 0xE7. */
const windows1252 = Buffer.from('R\xe9gion;pr\xe8s;fran\xe7ais\n', 'latin1');

describe('decodeText (encoding detection)', () => {
  it('reads a Windows-1252 buffer with é, è and ç as Windows-1252', () => {
    const decoded = decodeText(windows1252);
    expect(decoded).toEqual({ text: 'Région;près;français\n', encoding: 'windows-1252', detected: true });
  });
  it('reads valid UTF-8 as UTF-8 and drops its byte-order mark', () => {
    const decoded = decodeText(Buffer.from('\uFEFFRégion;près\n', 'utf8'));
    expect(decoded).toEqual({ text: 'Région;près\n', encoding: 'utf-8', detected: true });
  });
  it('reads 0x80 as the euro sign in Windows-1252 (not a C1 control, as Latin-1 would)', () => {
    expect(decodeText(Buffer.from([0x80, 0x20, 0x9c])).text).toBe('€ œ');
  });
  it('follows an explicit encoding and says it was not detected', () => {
    const decoded = decodeText(Buffer.from('Région', 'utf8'), 'windows-1252');
    expect(decoded.text).toBe('RÃ©gion');
    expect(decoded.detected).toBe(false);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1;2;3\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['nom;montant\n"Dupont, Jean";1,5\n"Martin, Paul";2,5\n', ';'],
    ['name,note\n"a; b",x\n"c; d",y\n', ','],
  ])('%j → %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
  it('keeps quoted fields, multi-line cells and file row numbers (blank lines skipped, not renumbered)', () => {
    const table = parseCsv('a;b\n"x;y";"line 1\nline 2"\n\n3;4\n');
    expect(table.headers).toEqual(['a', 'b']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['x;y', 'line 1\nline 2'] },
      { row: 4, cells: ['3', '4'] },
    ]);
  });
});

describe('isoDateOf', () => {
  it.each([
    ['2019', '2019'],
    ['2019-10', '2019-10'],
    ['2019-10-03', '2019-10-03'],
    ['03/10/2019', '2019-10-03'],
    ['3.10.2019', '2019-10-03'],
    ['10/2019', '2019-10'],
    ['31/02/2019', undefined],
    ['soon', undefined],
  ])('%j → %j', (text, expected) => {
    expect(isoDateOf(text)).toBe(expected);
  });
});

const index = () =>
  buildNameIndex([
    {
      id: 'dijon-metropole',
      label: 'Organisation',
      names: ['Dijon métropole', 'Dijon Métropole', 'métropole de Dijon'],
    },
    {
      id: 'kumamoto-prefecture',
      label: 'Organisation',
      names: ['Préfecture de Kumamoto', 'Kumamoto Prefecture', 'Kumamoto'],
    },
    { id: 'place-kumamoto', label: 'Place', names: ['Kumamoto', 'Kumamoto (city)'] },
    { id: 'place-japan', label: 'Place', names: ['Japon', 'Japan'] },
    { id: 'topic-tourism', label: 'Topic', names: ['tourisme', 'tourism'] },
    // Taken by another node: a new actor of that slug gets "-2".
    { id: 'region-normandie', label: 'Place', names: ['Normandie (territoire)'] },
  ]);

const partnerships = (overrides: Partial<SpreadsheetMappingInput> = {}) =>
  spreadsheetMappingSchema.parse({
    shape: 'partnerships',
    columns: {
      frenchActor: 'Collectivité',
      partner: 'Partenaire',
      partnerCountry: 'Pays',
      linkType: 'Type',
      date: 'Année',
      status: 'Statut',
      topic: 'Thème',
      quote: 'Citation',
    },
    defaults: {
      sourceTitle: 'Registre des partenariats',
      publisher: 'Tests',
      published: '2026-11',
      frenchCountry: 'France',
    },
    ...overrides,
  });

const table = (rows: string[][]) => ({
  headers: ['Collectivité', 'Partenaire', 'Pays', 'Type', 'Année', 'Statut', 'Thème', 'Citation'],
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});

describe('rowsToDocuments (mapping → records)', () => {
  it('matches known actors by folded name, creates new ones with slugs and cites the quote', () => {
    const result = rowsToDocuments(
      table([
        [
          'metropole de dijon',
          'Kumamoto',
          'Japon',
          'protocole d’entente',
          '2023',
          'signé',
          'Tourisme',
          'Dijon et Kumamoto ont signé un protocole',
        ],
        [
          'Région Normandie',
          'Préfecture de Tottori',
          'Japon',
          '',
          '2019',
          '',
          '',
          'La Normandie coopère avec Tottori',
        ],
      ]),
      partnerships(),
      index(),
      'registre.csv',
    );
    expect(result.errors).toEqual([]);
    expect(result.documents).toHaveLength(1);
    const doc = datasetDocumentSchema.parse(result.documents[0]);
    expect(result.matched.map((m) => m.id).sort()).toEqual([
      'dijon-metropole',
      'kumamoto-prefecture',
      'place-japan',
      'topic-tourism',
    ]);
    expect(result.created.map((c) => c.id).sort()).toEqual([
      'place-france',
      'prefecture-de-tottori',
      'region-normandie-2',
    ]);
    const agreement = doc.nodes.find((n) => n.label === 'Agreement');
    expect(agreement).toMatchObject({
      id: 'mou-dijon-metropole-kumamoto-prefecture-2023',
      name: 'Protocole d’entente Dijon métropole – Préfecture de Kumamoto',
      props: { status: 'signed', date: '2023' },
      quote: 'Dijon et Kumamoto ont signé un protocole',
    });
    const facts = doc.relationships.map((r) => `${r.type} ${r.from} ${r.to} ${r.props?.status ?? ''}`.trim());
    expect(facts).toEqual([
      'PARTY_TO dijon-metropole mou-dijon-metropole-kumamoto-prefecture-2023 done',
      'PARTY_TO kumamoto-prefecture mou-dijon-metropole-kumamoto-prefecture-2023 done',
      'CONCERNS mou-dijon-metropole-kumamoto-prefecture-2023 topic-tourism',
      'LOCATED_IN region-normandie-2 place-france',
      'LOCATED_IN prefecture-de-tottori place-japan',
      'COOPERATES_WITH region-normandie-2 prefecture-de-tottori',
    ]);
    expect(doc.relationships.find((r) => r.type === 'COOPERATES_WITH')?.props).toEqual({ since: '2019' });
  });

  it.each([
    [
      ['Dijon métropole', 'Kumamoto', '', 'accord', '2023', 'peut-être', '', 'une phrase de la source'],
      'Statut',
      /not a status of an agreement/,
    ],
    [
      ['Dijon métropole', 'Kumamoto', '', 'accord', '2023', '', '', 'une phrase de la source'],
      'Statut',
      /must say its status/,
    ],
    [
      ['Dijon métropole', 'Kumamoto', '', 'pacte secret', '2023', 'signé', '', 'une phrase de la source'],
      'Type',
      /not a known link type/,
    ],
    [
      ['Dijon métropole', 'Kumamoto', '', '', 'bientôt', '', '', 'une phrase de la source'],
      'Année',
      /not a date/,
    ],
    [
      ['Dijon métropole', '', '', '', '2023', '', '', 'une phrase de la source'],
      'Partenaire',
      /names both actors/,
    ],
    [['Dijon métropole', 'Kumamoto', '', '', '2023', '', '', ''], 'Citation', /no quote/],
    [['Dijon métropole', 'Kumamoto', '', '', '2023', '', '', 'court'], 'Citation', /at least a few words/],
  ])('refuses %j on column %s', (cells, column, message) => {
    const result = rowsToDocuments(table([cells]), partnerships(), index(), 'registre.csv');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ row: 2, column });
    expect(result.errors[0]?.message).toMatch(message);
    expect(result.documents).toEqual([]);
  });

  it('in a register, a row without a quote cites itself and the source says it is a register', () => {
    const result = rowsToDocuments(
      table([['Région Occitanie', 'Kumamoto', '', 'jumelage', '2019', 'signed', '', '']]),
      partnerships({ register: true }),
      index(),
      'registre.csv',
    );
    expect(result.errors).toEqual([]);
    const doc = result.documents[0];
    expect(doc?.source.kind).toBe('register');
    expect(doc?.relationships[0]?.quote).toBe('Row 2: Région Occitanie — Kumamoto, jumelage, 2019, signed');
  });

  it('names a mapped column the file does not have, on row 1', () => {
    const mapping = partnerships();
    mapping.columns.topic = 'Domaine';
    const result = rowsToDocuments(table([]), mapping, index(), 'registre.csv');
    expect(result.errors[0]).toMatchObject({ row: 1, column: 'Domaine', field: 'topic' });
  });

  it('an actor row adds aliases to a matched node and creates an unknown one', () => {
    const mapping = spreadsheetMappingSchema.parse({
      shape: 'actors',
      columns: { name: 'Nom', kind: 'Type', country: 'Pays', aliases: 'Alias' },
      register: true,
      defaults: { publisher: 'Tests', published: '2026' },
    });
    const result = rowsToDocuments(
      {
        headers: ['Nom', 'Type', 'Pays', 'Alias'],
        rows: [
          { row: 2, cells: ['Dijon Metropole', 'métropole', 'France', 'DM'] },
          { row: 3, cells: ['Université de Kumamoto', 'université', 'Japon', ''] },
        ],
      },
      mapping,
      index(),
      'acteurs.xlsx',
    );
    expect(result.errors).toEqual([]);
    const nodes = result.documents[0]?.nodes ?? [];
    expect(nodes.find((n) => n.id === 'dijon-metropole')).toMatchObject({
      name: 'Dijon métropole',
      aliases: ['Dijon Metropole', 'DM'],
    });
    expect(nodes.find((n) => n.id === 'universite-de-kumamoto')).toMatchObject({
      kind: 'university',
      label: 'Organisation',
    });
    expect(result.documents[0]?.source.title).toBe('acteurs.xlsx');
  });
});

describe('guessColumns (the mapping form starts filled in)', () => {
  it('maps French and English headers to fields, each header once', () => {
    expect(
      guessColumns(
        [
          'Collectivité',
          'Partenaire étranger',
          'Pays du partenaire',
          'Type d’accord',
          'Année',
          'Statut',
          'Thématique',
          'Citation',
        ],
        'partnerships',
      ),
    ).toEqual({
      frenchActor: 'Collectivité',
      partner: 'Partenaire étranger',
      partnerCountry: 'Pays du partenaire',
      linkType: 'Type d’accord',
      date: 'Année',
      status: 'Statut',
      topic: 'Thématique',
      quote: 'Citation',
    });
    expect(guessColumns(['Name', 'Kind', 'Country', 'Acronym', 'Website'], 'actors')).toEqual({
      name: 'Name',
      kind: 'Kind',
      country: 'Country',
      aliases: 'Acronym',
      url: 'Website',
    });
  });
});

describe('readTable', () => {
  it('reads the first sheet of an .xlsx, or a named one, and refuses an unknown sheet by name', async () => {
    const workbook = xlsxWorkbook(
      [
        ['Nom', 'Pays'],
        ['Université de Kumamoto', 'Japon'],
      ],
      'Acteurs',
    );
    const table = await readTable('acteurs.xlsx', workbook);
    expect(table).toMatchObject({ format: 'xlsx', headers: ['Nom', 'Pays'] });
    expect(table.rows).toEqual([{ row: 2, cells: ['Université de Kumamoto', 'Japon'] }]);
    expect((await readTable('acteurs.xlsx', workbook, { sheet: 'Acteurs' })).rows).toHaveLength(1);
    await expect(readTable('acteurs.xlsx', workbook, { sheet: 'Partenaires' })).rejects.toThrow(
      'no sheet named "Partenaires"',
    );
  });

  it('refuses other file types, a workbook named .csv, and files over the size limit', async () => {
    await expect(readTable('notes.pdf', Buffer.from('%PDF-1.4'))).rejects.toMatchObject({ status: 415 });
    await expect(readTable('export.csv', xlsxWorkbook([['a']]))).rejects.toMatchObject({ status: 415 });
    await expect(readTable('big.csv', Buffer.alloc(11 * 1024 * 1024, 0x61))).rejects.toMatchObject({
      status: 413,
      code: 'file-too-large',
    });
  });

  it('says how a text file was read: Windows-1252, `;`', async () => {
    const table = await readTable('r.csv', Buffer.from('Nom;Pays\nR\xe9gion;France\n', 'latin1'));
    expect(table).toMatchObject({
      format: 'csv',
      encoding: 'windows-1252',
      encodingDetected: true,
      delimiter: ';',
    });
    expect(table.rows[0]?.cells).toEqual(['Région', 'France']);
  });
});
