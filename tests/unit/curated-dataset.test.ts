import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DatasetDocument, NodeLabel } from '../../seed/dataset-schema.ts';
import {
  type DatasetInput,
  findMisquotes,
  type MergedDataset,
  type MergedRelationship,
  mergeDocuments,
} from '../../seed/validate-dataset.ts';

// The curated dataset (seed/data/*.json): one document per press article, merged as `npm start` does.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.join(repoRoot, 'seed', 'data');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');

const inputs: DatasetInput[] = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((file) => ({ file, data: JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) }));
const documents = inputs.map(({ file, data }) => ({ file, doc: data as DatasetDocument }));
const result = mergeDocuments(inputs);
const dataset: MergedDataset = result.ok ? result.dataset : { sources: [], nodes: [], relationships: [] };

const node = (id: string) => dataset.nodes.find((n) => n.id === id);
const rels = (filter: Partial<Pick<MergedRelationship, 'type' | 'from' | 'to'>>) =>
  dataset.relationships.filter(
    (r) =>
      (!filter.type || r.type === filter.type) &&
      (!filter.from || r.from === filter.from) &&
      (!filter.to || r.to === filter.to),
  );
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Ids the API and its tests rely on, with their labels. */
const KEY_IDS: Record<NodeLabel, string[]> = {
  Organisation: [
    'dijon-metropole',
    'ville-de-dijon',
    'vitagora',
    'naro',
    'kumamoto-prefecture',
    'region-bourgogne-franche-comte',
    'region-occitanie',
    'kyoto-prefecture',
    'aichi-prefecture',
    'state-of-wisconsin',
    'bioforward',
    'aer-bfc',
    'kbcc',
    'habb',
    'clair-paris',
    'pole-vehicule-du-futur',
    'robotics-valley',
    'ccir-bfc',
    'suntory',
    'tippagral',
    'gilson',
    'asics',
    'panasonic',
    'vogo',
  ],
  Person: [
    'francois-rebsamen',
    'kazuo-kyuma',
    'oisin-morrin',
    'nicolas-soret',
    'patrick-molinoz',
    'nathalie-koenders',
    'marie-guite-dufay',
    'carole-delga',
    'nadia-pellefigue',
    'bertrand-fort',
    'nicolas-paris',
    'martine-abrahamse-pleux',
    'vice-governor-of-kumamoto',
    'governor-of-wisconsin',
    'mathilde-masson',
  ],
  Place: [
    'place-dijon',
    'place-besancon',
    'place-kumamoto-prefecture',
    'place-bourgogne-franche-comte',
    'place-wisconsin',
    'place-japan',
    'place-france',
    'place-united-states',
    'place-osaka',
    'place-kyoto-prefecture',
    'place-aichi-prefecture',
    'place-occitanie',
    'place-toulouse',
    'place-nagoya',
    'place-tokyo',
  ],
  Agreement: [
    'mou-dijon-naro-vitagora-2025',
    'mou-dijon-kumamoto-2023',
    'agreement-vitagora-kbcc-2010',
    'agreement-bioforward-aer-bfc-2024',
    'agreement-occitanie-kyoto-2015',
    'mou-occitanie-aichi-2018',
  ],
  Event: [
    'mission-bfc-expo-osaka-2025',
    'expo-2025-osaka',
    'mission-bfc-usa-2024',
    'wisconsin-delegation-bfc-2025',
    'kumamoto-delegation-dijon-2023',
    'mission-occitanie-japan-2018',
    'mission-occitanie-japan-2016',
  ],
  Programme: [],
  Topic: [],
  Source: [],
};

describe('curated dataset (seed/data)', () => {
  it('has one document per seed article', () => {
    expect(inputs.map((i) => i.file)).toEqual([
      '000-dijon-naro-vitagora.json',
      '001-bfc-expo-osaka.json',
      '002-dijon-kumamoto.json',
      '003-bfc-wisconsin.json',
      '004-occitanie-kyoto-aichi.json',
    ]);
  });

  it('merges with no errors', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  describe('sources', () => {
    it('name their seed file and are named after their document (src-<file name>)', () => {
      for (const { file, doc } of documents) {
        expect(doc.source.file, file).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
        expect(doc.source.id, file).toBe(`src-${file.replace(/\.json$/, '')}`);
      }
    });

    it('explain an inferred publication date in a note', () => {
      for (const { file, doc } of documents) {
        if (doc.source.publishedInferred) expect(doc.source.note, file).toBeTruthy();
      }
    });

    // The seed texts live beside the checkout (../shared/seeds), not in it: a developer without them
    // skips this check, but CI must not pass without having run it.
    it.skipIf(!existsSync(seedsDir) && !process.env.CI)(
      'are quoted verbatim: every quote occurs in the seed text',
      () => {
        expect(existsSync(seedsDir), `the seed texts are needed for this check under CI: ${seedsDir}`).toBe(
          true,
        );
        expect(documents.length).toBeGreaterThan(0);
        for (const { file, doc } of documents) {
          const text = readFileSync(path.join(seedsDir, doc.source.file as string), 'utf8');
          expect(findMisquotes(doc, text, file)).toEqual([]);
        }
      },
    );
  });

  describe('records', () => {
    it('cite at least one source each, with sources and quotes as parallel lists', () => {
      for (const record of [...dataset.nodes, ...dataset.relationships]) {
        const sources = list(record.properties.sources);
        expect(sources.length, record.id).toBeGreaterThanOrEqual(1);
        expect(list(record.properties.quotes).length, record.id).toBe(sources.length);
      }
    });

    it('keep quotes short (at most 300 characters)', () => {
      for (const record of [...dataset.nodes, ...dataset.relationships]) {
        for (const quote of list(record.properties.quotes))
          expect(String(quote).length, record.id).toBeLessThanOrEqual(300);
      }
    });

    it('give every node a name', () => {
      for (const n of dataset.nodes)
        expect(typeof n.properties.name === 'string' && n.properties.name.length > 0, n.id).toBe(true);
    });

    it('only link nodes declared in the same document, so each article file stands alone', () => {
      for (const { file, doc } of documents) {
        const ids = new Set(doc.nodes.map((n) => n.id));
        const dangling = doc.relationships.flatMap((r) => [r.from, r.to]).filter((id) => !ids.has(id));
        expect(dangling, file).toEqual([]);
      }
    });

    it('explain every inferred date in a note', () => {
      for (const { file, doc } of documents) {
        for (const record of [...doc.nodes, ...doc.relationships]) {
          const props = record.props ?? {};
          const inferred = Object.keys(props).filter(
            (key) => key.endsWith('Inferred') && props[key] === true,
          );
          if (inferred.length > 0)
            expect(props.note, `${file}: ${JSON.stringify(record).slice(0, 80)}`).toBeTruthy();
        }
      }
    });
  });

  describe('coverage', () => {
    it.each(Object.entries(KEY_IDS).flatMap(([label, ids]) => ids.map((id) => [id, label])))(
      'has %s as %s',
      (id, label) => {
        expect(node(id)?.label).toBe(label);
      },
    );

    it('places every Place on the map', () => {
      for (const place of dataset.nodes.filter((n) => n.label === 'Place')) {
        expect(typeof place.properties.lat, place.id).toBe('number');
        expect(typeof place.properties.lon, place.id).toBe('number');
      }
    });

    it('has local authorities govern the place of the same name', () => {
      const governs = rels({ type: 'GOVERNS' }).map((r) => `${r.from}>${r.to}`);
      expect(governs).toEqual(
        expect.arrayContaining([
          'kumamoto-prefecture>place-kumamoto-prefecture',
          'region-bourgogne-franche-comte>place-bourgogne-franche-comte',
          'region-occitanie>place-occitanie',
          'state-of-wisconsin>place-wisconsin',
          'ville-de-dijon>place-dijon',
        ]),
      );
    });
  });

  describe('key facts', () => {
    it('the 2025 Dijon–NARO–Vitagora MoU has three parties, three signatories and date 2025-11-20', () => {
      const id = 'mou-dijon-naro-vitagora-2025';
      expect(node(id)?.properties).toMatchObject({ date: '2025-11-20', status: 'signed' });
      expect(rels({ type: 'PARTY_TO', to: id }).map((r) => r.from)).toEqual([
        'dijon-metropole',
        'naro',
        'vitagora',
      ]);
      expect(rels({ type: 'SIGNED', to: id })).toHaveLength(3);
    });

    it('keeps both member counts of Vitagora, each with the source that gave it', () => {
      const vitagora = node('vitagora')?.properties;
      expect(vitagora?.members).toEqual([680, 670]);
      expect(vitagora?.membersSources).toEqual(['src-000-dijon-naro-vitagora', 'src-001-bfc-expo-osaka']);
    });

    it('dates the Dijon–Kumamoto MoU 2023-10 and gives it both parties, cited by two articles', () => {
      const id = 'mou-dijon-kumamoto-2023';
      expect(node(id)?.properties.date).toBe('2023-10');
      expect(rels({ type: 'PARTY_TO', to: id }).map((r) => r.from)).toEqual([
        'dijon-metropole',
        'kumamoto-prefecture',
      ]);
      expect(list(node(id)?.properties.sources)).toHaveLength(2);
      expect(rels({ type: 'FACILITATED', to: id }).map((r) => r.from)).toContain('clair-paris');
    });

    it('connects the Wisconsin delegation to the state of Wisconsin and its governor', () => {
      const id = 'wisconsin-delegation-bfc-2025';
      const linked = dataset.relationships
        .filter((r) => r.to === id || r.from === id)
        .map((r) => `${r.from}>${r.to}`);
      expect(linked).toContain(`state-of-wisconsin>${id}`);
      expect(rels({ type: 'LED', to: id }).map((r) => r.from)).toEqual(['governor-of-wisconsin']);
      expect(node(id)?.properties).toMatchObject({ start: '2025-04-03', end: '2025-04-04' });
    });

    it('models the renewed Kyoto accord and the announced Aichi MoU', () => {
      expect(node('agreement-occitanie-kyoto-2015')?.properties).toMatchObject({
        date: '2015-06',
        status: 'renewed',
        renewed: '2016-12',
      });
      expect(node('mou-occitanie-aichi-2018')?.properties.status).toBe('announced');
    });

    it('names people known only by title after their title, with a note', () => {
      for (const id of ['vice-governor-of-kumamoto', 'governor-of-wisconsin']) {
        expect(node(id)?.properties.note, id).toBeTruthy();
        expect(rels({ type: 'HOLDS_ROLE', from: id })).toHaveLength(1);
      }
    });
  });
});
