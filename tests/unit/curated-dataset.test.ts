import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DatasetDocument, NodeLabel } from '../../seed/dataset-schema.ts';
import { ACT_RELATIONSHIP_TYPES, ACT_STATUSES, NODE_STATUS_VOCABULARY } from '../../seed/model/statuses.ts';
import {
  collapseWhitespace,
  type DatasetInput,
  findMisquotes,
  type MergedDataset,
  type MergedRelationship,
  mergeDocuments,
} from '../../seed/validate-dataset.ts';

// The curated dataset (seed/data/*.json): one document per press article, merged as `npm start` does.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.join(repoRoot, 'seed', 'data');
// The articles are not in the repository (only short quotes may be): beside the checkout, or where
// SEEDS_DIR says, or where this project's machines keep them.
const SEED_PLACES = [process.env.SEEDS_DIR, path.resolve(repoRoot, '../shared/seeds'), '/work/shared/seeds'];
const seedsDir =
  SEED_PLACES.find((place): place is string => !!place && existsSync(place)) ??
  path.resolve(repoRoot, '../shared/seeds');

const VERIFIED_FILE = path.join(repoRoot, 'seed', 'quotes-verified.json');
const VERIFIED_ABOUT =
  'SHA-256 (first 24 hex) of "<article file>\\n<quote, whitespace collapsed>" for every quote found verbatim in its article; written by tests/unit/curated-dataset.test.ts with UPDATE_QUOTE_CHECKS=1.';
const quoteKey = (file: string, quote: string) =>
  createHash('sha256')
    .update(`${file}\n${collapseWhitespace(quote).trim()}`)
    .digest('hex')
    .slice(0, 24);
const readVerified = (): string[] =>
  existsSync(VERIFIED_FILE)
    ? (JSON.parse(readFileSync(VERIFIED_FILE, 'utf8')) as { quotes: string[] }).quotes
    : [];

const inputs: DatasetInput[] = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((file) => ({ file, data: JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) }));
const allDocuments = inputs.map(({ file, data }) => ({ file, doc: data as DatasetDocument }));
/** The article documents; the reference document (the gazetteer) has no seed text. */
const documents = allDocuments.filter(({ doc }) => doc.source.reference !== true);
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
/** A seed text, or undefined where the seeds are not beside the checkout (see the verbatim check). */
const seedText = (file: string): string | undefined => {
  const full = path.join(seedsDir, file);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
};

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
  it('has one document per seed article, and the reference geography', () => {
    expect(documents.map((d) => d.file)).toEqual([
      '000-dijon-naro-vitagora.json',
      '001-bfc-expo-osaka.json',
      '002-dijon-kumamoto.json',
      '003-bfc-wisconsin.json',
      '004-occitanie-kyoto-aichi.json',
    ]);
    const reference = allDocuments.filter(({ doc }) => doc.source.reference === true);
    expect(reference.map((d) => d.doc.source)).toEqual([
      expect.objectContaining({
        id: 'ref-geonames',
        publisher: 'GeoNames',
        url: 'https://www.geonames.org/',
      }),
    ]);
    expect(reference[0]?.doc.nodes).toEqual([]);
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

    // The articles are not in the repository. Where they are, every quote is checked verbatim and
    // the check is recorded (seed/quotes-verified.json: a hash per quote); where they are not (a
    // clone elsewhere), every quote must be one that was checked so: a changed or new quote fails
    // until someone runs the check with the articles. Never skipped.
    const quoteKeys = () =>
      [
        ...new Set(
          documents.flatMap(({ doc }) =>
            [...doc.nodes.map((n) => n.quote), ...doc.relationships.map((r) => r.quote)].map((quote) =>
              quoteKey(doc.source.file as string, quote),
            ),
          ),
        ),
      ].sort();

    it.runIf(existsSync(seedsDir))('are quoted verbatim: every quote occurs in the seed text', () => {
      expect(documents.length).toBeGreaterThan(0);
      for (const { file, doc } of documents) {
        const text = readFileSync(path.join(seedsDir, doc.source.file as string), 'utf8');
        expect(findMisquotes(doc, text, file)).toEqual([]);
      }
      if (process.env.UPDATE_QUOTE_CHECKS) {
        writeFileSync(
          VERIFIED_FILE,
          `${JSON.stringify({ about: VERIFIED_ABOUT, quotes: quoteKeys() }, null, 2)}\n`,
        );
      }
      expect(
        readVerified(),
        'seed/quotes-verified.json is stale: run UPDATE_QUOTE_CHECKS=1 npx vitest run tests/unit/curated-dataset.test.ts',
      ).toEqual(quoteKeys());
    });

    it('were all checked verbatim against their article (recorded where the articles are)', () => {
      const verified = new Set(readVerified());
      const unchecked = documents.flatMap(({ doc }) =>
        [...doc.nodes.map((n) => n.quote), ...doc.relationships.map((r) => r.quote)]
          .filter((quote) => !verified.has(quoteKey(doc.source.file as string, quote)))
          .map((quote) => `${doc.source.file}: ${quote.slice(0, 60)}`),
      );
      expect(quoteKeys().length).toBeGreaterThan(100);
      expect(unchecked, `quotes never checked against their article (seeds in ${seedsDir})`).toEqual([]);
    });
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
      // CLAIR Paris introduced the 2022 visit, and that visit led to the MoU: the text states no more.
      expect(rels({ type: 'FACILITATED', to: id }).map((r) => r.from)).not.toContain('clair-paris');
      expect(rels({ type: 'FACILITATED', from: 'clair-paris' }).map((r) => r.to)).toEqual([
        'dijon-visit-kumamoto-2022',
      ]);
      expect(rels({ type: 'LED_TO', from: 'dijon-visit-kumamoto-2022', to: id })).toHaveLength(1);
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

    it('models the Kyoto accord signed 2015-06 and renewed 2016-12, and the announced Aichi MoU', () => {
      expect(node('agreement-occitanie-kyoto-2015')?.properties).toMatchObject({
        date: '2015-06',
        status: 'signed',
      });
      expect(rels({ type: 'RENEWS', to: 'agreement-occitanie-kyoto-2015' }).map((r) => r.from)).toEqual([
        'renewal-occitanie-kyoto-2016',
      ]);
      expect(node('renewal-occitanie-kyoto-2016')).toMatchObject({
        label: 'Agreement',
        properties: expect.objectContaining({ date: '2016-12', status: 'renewed' }),
      });
      // The renewal, not the 2015 signature, is what the December 2016 mission led to.
      expect(rels({ type: 'LED_TO', from: 'mission-occitanie-japan-2016' }).map((r) => r.to)).toContain(
        'renewal-occitanie-kyoto-2016',
      );
      expect(
        rels({ type: 'LED_TO', from: 'mission-occitanie-japan-2016', to: 'agreement-occitanie-kyoto-2015' }),
      ).toEqual([]);
      expect(node('mou-occitanie-aichi-2018')?.properties.status).toBe('announced');
    });

    it('names people known only by title after their title, with a note', () => {
      for (const id of ['vice-governor-of-kumamoto', 'governor-of-wisconsin']) {
        expect(node(id)?.properties.note, id).toBeTruthy();
        expect(rels({ type: 'HOLDS_ROLE', from: id })).toHaveLength(1);
      }
    });
  });

  describe('status at publication (issue 9)', () => {
    it('gives every Event, Agreement and act relationship a status of its vocabulary', () => {
      const needing = dataset.nodes.filter((n) => n.label in NODE_STATUS_VOCABULARY);
      expect(needing.length).toBeGreaterThan(20);
      for (const n of needing) expect(NODE_STATUS_VOCABULARY[n.label], n.id).toContain(n.properties.status);
      const acts = dataset.relationships.filter((r) =>
        (ACT_RELATIONSHIP_TYPES as readonly string[]).includes(r.type),
      );
      expect(acts.length).toBeGreaterThan(50);
      for (const r of acts) expect(ACT_STATUSES, r.id).toContain(r.properties.status);
    });

    it('shows the 2025 Expo mission of the Région BFC, its sub-events and its acts as planned', () => {
      const mission = 'mission-bfc-expo-osaka-2025';
      expect(node(mission)?.properties.status).toBe('planned');
      const subEvents = rels({ type: 'PART_OF', to: mission }).map((r) => r.from);
      expect(subEvents).toHaveLength(5);
      for (const id of subEvents) expect(node(id)?.properties.status, id).toBe('planned');
      const acts = dataset.relationships.filter(
        (r) =>
          (ACT_RELATIONSHIP_TYPES as readonly string[]).includes(r.type) &&
          [mission, ...subEvents].some((id) => r.from === id || r.to === id),
      );
      expect(acts.length).toBeGreaterThan(20);
      for (const r of acts) expect(r.properties.status, r.id).toBe('planned');
      expect(rels({ type: 'VISITED', from: mission }).map((r) => r.to)).toEqual(
        expect.arrayContaining(['naro', 'suntory']),
      );
      expect(rels({ type: 'PARTICIPATED_IN', from: mission, to: 'expo-2025-osaka' })).toHaveLength(1);
    });

    it('shows what the other articles announce as planned', () => {
      for (const id of [
        'mission-occitanie-japan-2018',
        'wisconsin-delegation-bfc-2025',
        'santenov-launch-2025',
      ])
        expect(node(id)?.properties.status, id).toBe('planned');
      for (const [from, type, to] of [
        ['carole-delga', 'LED', 'mission-occitanie-japan-2018'],
        ['nadia-pellefigue', 'PARTICIPATED_IN', 'mission-occitanie-japan-2018'],
        ['bioforward', 'PARTICIPATED_IN', 'santenov-launch-2025'],
        ['dijon-metropole', 'PARTICIPATED_IN', 'expo-2025-osaka'],
      ] as const)
        expect(rels({ from, type, to })[0]?.properties.status, `${from} ${type} ${to}`).toBe('planned');
      expect(
        rels({ from: 'carole-delga', type: 'LED', to: 'mission-occitanie-japan-2016' })[0]?.properties.status,
      ).toBe('done');
    });

    it('keeps the status history when two sources report one', () => {
      expect(node('mou-dijon-kumamoto-2023')?.properties).toMatchObject({
        status: 'signed',
        statusHistory: [
          '2024|signed|src-002-dijon-kumamoto',
          '2025-11-21|signed|src-000-dijon-naro-vitagora',
        ],
      });
    });
  });

  describe('corrections (issue 9)', () => {
    it('dates the BioForward – AER BFC agreement by the bounds the text allows', () => {
      expect(node('agreement-bioforward-aer-bfc-2024')?.properties).toMatchObject({
        start: '2024-10-27',
        startLatest: '2025-04-02',
        startInferred: true,
        status: 'signed',
      });
      expect(node('agreement-bioforward-aer-bfc-2024')?.properties.date).toBeUndefined();
    });

    it('models Chematech as a spin-off of the ICMUB, not a cooperation', () => {
      expect(rels({ from: 'chematech', to: 'icmub' }).map((r) => r.type)).toEqual(['SPUN_OFF_FROM']);
      expect(rels({ type: 'COOPERATES_WITH', from: 'chematech' })).toEqual([]);
      expect(rels({ type: 'COOPERATES_WITH', to: 'chematech' })).toEqual([]);
    });

    it('keeps the article’s actor of the Tokyo tourism promotion: the city of Kumamoto', () => {
      const participants = rels({
        type: 'PARTICIPATED_IN',
        to: 'dijon-kumamoto-tourism-promotion-tokyo-2025',
      }).map((r) => r.from);
      // « entre Dijon et la ville japonaise de Kumamoto »: two cities, as the article names them.
      expect(participants.sort()).toEqual(['ville-de-dijon', 'ville-de-kumamoto']);
      // The Expo article names the two cities as partners, the other two the métropole and the
      // département: both kept, each with its source.
      expect(
        rels({ type: 'COOPERATES_WITH', from: 'ville-de-dijon', to: 'ville-de-kumamoto' })[0]?.properties
          .sources,
      ).toEqual(['src-001-bfc-expo-osaka']);
      expect(rels({ type: 'COOPERATES_WITH', from: 'dijon-metropole', to: 'ville-de-kumamoto' })).toEqual([]);
      expect(list(node('mou-dijon-kumamoto-2023')?.properties.sources)).toEqual([
        'src-000-dijon-naro-vitagora',
        'src-002-dijon-kumamoto',
      ]);
    });

    describe('quotes that state their fact', () => {
      const article001 = seedText('001_582de1b4eb09b674.txt');
      /** The record's actor is named in each of its quotes (by its name or an alias). */
      const namesActor = (r: MergedRelationship) => {
        const actor = node(r.from)?.properties;
        const names = [actor?.name, ...list(actor?.aliases)].map(String);
        return list(r.properties.quotes).every((quote) => names.some((name) => String(quote).includes(name)));
      };
      /**
       * Where no short clause names both the actor and the fact, the quote is an item of the list the
       * fact introduces, and the note names that list's heading in « »: check both against the text.
       */
      const isItemOfNotedList = (r: MergedRelationship, text: string) => {
        const heading = /« (.+?) »/.exec(String(r.properties.note ?? ''))?.[1];
        if (!heading) return false;
        const lines = text.split('\n').map((line) => collapseWhitespace(line).trim());
        const start = lines.indexOf(collapseWhitespace(heading));
        if (start < 0) return false;
        const items: string[] = [];
        for (const line of lines.slice(start + 1)) {
          if (!line.startsWith('- ')) break;
          items.push(line.slice(2).replace(/[,.]$/, ''));
        }
        return list(r.properties.quotes).every((quote) => items.includes(String(quote)));
      };

      it.skipIf(!article001)('names each leader of the 2025 delegation and says they lead it', () => {
        const led = rels({ type: 'LED', to: 'mission-bfc-expo-osaka-2025' });
        expect(led).toHaveLength(6);
        for (const r of led) {
          expect(namesActor(r), r.id).toBe(true);
          const says = list(r.properties.quotes).every((q) =>
            String(q).includes('La délégation est menée par'),
          );
          expect(says || isItemOfNotedList(r, article001 as string), r.id).toBe(true);
        }
        // The list check is strict: an item of the other list, or a clause, is not an item of this one.
        const koenders = led.find((r) => r.from === 'nathalie-koenders') as MergedRelationship;
        const misplaced = (quote: string) => ({
          ...koenders,
          properties: { ...koenders.properties, quotes: [quote] },
        });
        expect(
          isItemOfNotedList(
            misplaced('Robotics Valley, cluster régional dédié à la robotique'),
            article001 as string,
          ),
        ).toBe(false);
        expect(isItemOfNotedList(misplaced('Nathalie Koenders'), article001 as string)).toBe(false);
        // The first two by a clause that states it; the next four by their item of the list.
        expect(
          led.filter((r) => String(r.properties.quotes).includes('menée par')).map((r) => r.from),
        ).toEqual(['nicolas-soret', 'patrick-molinoz']);
        expect(rels({ type: 'LED', from: 'bertrand-fort' })).toEqual([]);
      });

      it.skipIf(!article001)('names each member of the 2025 delegation and says it is one', () => {
        const members = rels({ type: 'PARTICIPATED_IN', to: 'mission-bfc-expo-osaka-2025' });
        expect(members).toHaveLength(7);
        for (const r of members) {
          expect(namesActor(r), r.id).toBe(true);
          const says = list(r.properties.quotes).every((q) => String(q).includes('la délégation regroupe'));
          expect(says || isItemOfNotedList(r, article001 as string), r.id).toBe(true);
        }
      });

      it('cites Dijon métropole’s visit to the Exposition from the article that reports it', () => {
        const visit = rels({ type: 'PARTICIPATED_IN', from: 'dijon-metropole', to: 'expo-2025-osaka' });
        expect(visit.map((r) => r.properties.sources)).toEqual([['src-002-dijon-kumamoto']]);
        expect(String(visit[0]?.properties.quotes)).toContain('La visite de la métropole de Dijon');
        // The Expo article's « Initiée conjointement… » is about the mission, which Dijon métropole organised.
        expect(
          rels({ type: 'ORGANISED', from: 'dijon-metropole', to: 'mission-bfc-expo-osaka-2025' }),
        ).toHaveLength(1);
      });

      it('names both partners of the Dijon–Kumamoto working seminars in their quote', () => {
        const seminars = rels({ type: 'PARTICIPATED_IN', to: 'dijon-kumamoto-working-seminars' });
        expect(seminars.map((r) => r.from).sort()).toEqual(['dijon-metropole', 'kumamoto-prefecture']);
        for (const r of seminars) {
          expect(String(r.properties.quotes), r.id).toContain(
            'Dijon métropole et le département de Kumamoto',
          );
          expect(String(r.properties.quotes), r.id).toContain('Trois séminaires de travail');
        }
      });

      it('says who « les trois institutions » and « la délégation de Dijon » are, where the quote does not', () => {
        const symposia = rels({ type: 'ORGANISED', to: 'franco-japanese-symposia-dijon-kumamoto' });
        expect(symposia).toHaveLength(3);
        for (const r of symposia) expect(String(r.properties.note), r.id).toContain('les trois institutions');
        const delegation = rels({ type: 'PARTICIPATED_IN', to: 'dijon-delegation-kumamoto-2024' });
        expect(delegation.map((r) => r.from)).toEqual(['dijon-metropole']);
        expect(String(delegation[0]?.properties.note)).toContain('la métropole de Dijon');
      });

      it('keeps « Il est également prévu que » in the quotes of the planned Rencontres', () => {
        const rencontres = rels({ type: 'PARTICIPATED_IN', to: 'rencontres-cooperation-decentralisee-2024' });
        expect(rencontres.map((r) => r.from).sort()).toEqual(['dijon-metropole', 'kumamoto-prefecture']);
        for (const r of rencontres) {
          expect(r.properties.status, r.id).toBe('planned');
          expect(String(r.properties.quotes), r.id).toContain('Il est également prévu que');
        }
      });
    });

    it('cites place-in-place geography from the gazetteer, never from an article quote', () => {
      const places = new Set(dataset.nodes.filter((n) => n.label === 'Place').map((n) => n.id));
      const geography = rels({ type: 'PART_OF' }).filter((r) => places.has(r.from) && places.has(r.to));
      const referenced = geography.filter((r) => r.properties.reference === 'ref-geonames');
      expect(referenced.length).toBeGreaterThanOrEqual(15);
      expect(geography.length - referenced.length).toBeLessThanOrEqual(5);
      const articleIds = documents.map(({ doc }) => doc.source.id);
      for (const r of referenced) {
        expect(r.properties.sources, r.id).toEqual(['ref-geonames']);
        expect(articleIds, r.id).toContain(r.properties.mentionedIn);
      }
      // No article record claims reference geography: its quote would seem to state the fact.
      for (const { file, doc } of documents)
        for (const record of [...doc.nodes, ...doc.relationships])
          expect(record.props?.reference, `${file}: ${JSON.stringify(record).slice(0, 80)}`).toBeUndefined();
    });

    it('keeps the qualifiers of approximate numbers', () => {
      expect(node('vitagora')?.properties).toMatchObject({
        members: [680, 670],
        membersQualifier: ['more-than', 'none'],
        membersQualifierSources: ['src-000-dijon-naro-vitagora', 'src-001-bfc-expo-osaka'],
      });
      expect(node('agreements-occitanie-japan-universities')?.properties).toMatchObject({
        count: 50,
        countQualifier: 'nearly',
      });
    });

    it('drops the photo credits as actors and keeps them as credits of the source', () => {
      expect(node('nicolas-datiche')).toBeUndefined();
      expect(node('laurent-boutonnet')).toBeUndefined();
      const source = dataset.sources.find((s) => s.id === 'src-004-occitanie-kyoto-aichi');
      expect(source?.properties.photoCredits).toHaveLength(2);
    });

    it('points visits at the organisation visited where the text names one', () => {
      expect(rels({ type: 'VISITED', from: 'dijon-visit-kumamoto-2022' }).map((r) => r.to)).toContain(
        'kumamoto-prefecture',
      );
      expect(rels({ type: 'VISITED', from: 'kumamoto-delegation-dijon-2023' }).map((r) => r.to)).toEqual(
        expect.arrayContaining(['dijon-metropole', 'vitagora']),
      );
    });

    it('adds the omitted facts', () => {
      expect(rels({ type: 'HOLDS_ROLE', from: 'francois-deseille' }).map((r) => r.to)).toContain(
        'cite-internationale-gastronomie-vin-dijon',
      );
      expect(
        rels({ type: 'PARTICIPATED_IN', from: 'cir-kumamoto-prefecture', to: 'programme-jet' }),
      ).toHaveLength(1);
      // « ce territoire français » (the Dijon area) began its exchanges with the département in 2010,
      // with the Vitagora–KBCC agreement; Dijon métropole's own partnership is the 2023 MoU.
      const exchanges = 'programme-dijon-territory-kumamoto-exchanges';
      expect(node(exchanges)?.properties.start).toBe('2010');
      expect(rels({ type: 'LED_TO', from: 'agreement-vitagora-kbcc-2010', to: exchanges })).toHaveLength(1);
      expect(rels({ type: 'PARTICIPATED_IN', to: exchanges }).map((r) => r.from)).toEqual([
        'kumamoto-prefecture',
      ]);
      expect(rels({ type: 'COOPERATES_WITH', from: 'dijon-metropole', to: 'kumamoto-prefecture' })).toEqual(
        [],
      );
      expect(
        rels({ type: 'LED_TO', from: 'programme-bfc-biotherapies-roadmap', to: 'mission-bfc-usa-2024' }),
      ).toHaveLength(1);
      expect(rels({ type: 'LED_TO', from: 'mission-occitanie-japan-2016' }).map((r) => r.to)).toContain(
        'programme-occitanie-japan-academic-projects',
      );
      expect(node('programme-occitanie-firms-in-japan')?.properties).toMatchObject({
        companies: 300,
        companiesQualifier: 'nearly',
      });
    });
  });
});
