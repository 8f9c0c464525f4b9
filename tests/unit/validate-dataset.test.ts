import { describe, expect, it } from 'vitest';
import type { DatasetDocument } from '../../seed/dataset-schema.ts';
import {
  type DatasetError,
  type DatasetInput,
  findMisquotes,
  type MergedDataset,
  mergeDocuments,
  referencedUnknownIds,
} from '../../seed/validate-dataset.ts';

// Small inline documents: each test builds the records it needs.
type Rec = Record<string, unknown>;
const source = (id: string, extra: Rec = {}) => ({
  id,
  title: `Article ${id}`,
  publisher: 'Test publisher',
  published: '2025',
  language: 'fr',
  ...extra,
});
const doc = (sourceId: string, nodes: Rec[], relationships: Rec[] = [], sourceExtra: Rec = {}) => ({
  source: source(sourceId, sourceExtra),
  nodes,
  relationships,
});
const org = (id: string, extra: Rec = {}) => ({
  id,
  label: 'Organisation',
  name: id.toUpperCase(),
  quote: `quote about ${id}`,
  ...extra,
});
const place = (id: string, extra: Rec = {}) => ({
  id,
  label: 'Place',
  name: id,
  props: { lat: 47.3, lon: 5.04 },
  quote: `quote about ${id}`,
  ...extra,
});
const rel = (type: string, from: string, to: string, extra: Rec = {}) => ({
  type,
  from,
  to,
  quote: `${from} ${type} ${to}`,
  ...extra,
});

function merged(inputs: DatasetInput[]): MergedDataset {
  const result = mergeDocuments(inputs);
  if (!result.ok) throw new Error(`expected a clean merge, got ${JSON.stringify(result.errors, null, 2)}`);
  return result.dataset;
}

function errorsOf(inputs: DatasetInput[], options?: Parameters<typeof mergeDocuments>[1]): DatasetError[] {
  const result = mergeDocuments(inputs, options);
  if (result.ok) throw new Error('expected the merge to be refused');
  return result.errors;
}

const nodeOf = (dataset: MergedDataset, id: string) => dataset.nodes.find((node) => node.id === id);

describe('mergeDocuments', () => {
  describe('when two documents cite the same node and relationship', () => {
    const first = doc(
      'src-a',
      [org('vitagora', { quote: 'Vitagora fédère 680 membres' }), org('naro', { quote: 'le NARO japonais' })],
      [
        rel('MEMBER_OF', 'naro', 'vitagora', {
          props: { since: '2020' },
          quote: 'En 2020, le NARO rejoint Vitagora',
        }),
      ],
    );
    const second = doc(
      'src-b',
      [
        org('vitagora', { quote: 'Vitagora, pôle de compétitivité' }),
        org('naro', { quote: 'la NARO, institut' }),
      ],
      [rel('MEMBER_OF', 'naro', 'vitagora', { quote: 'NARO, membre académique' })],
    );
    const dataset = merged([
      { file: 'a.json', data: first },
      { file: 'b.json', data: second },
    ]);

    it('keeps one node whose sources and quotes are parallel lists from both documents', () => {
      expect(dataset.nodes).toHaveLength(2);
      expect(nodeOf(dataset, 'vitagora')?.properties).toMatchObject({
        id: 'vitagora',
        name: 'VITAGORA',
        sources: ['src-a', 'src-b'],
        quotes: ['Vitagora fédère 680 membres', 'Vitagora, pôle de compétitivité'],
      });
    });

    it('keeps one relationship, identified as from|TYPE|to, with both citations and its props', () => {
      expect(dataset.relationships).toEqual([
        {
          id: 'naro|MEMBER_OF|vitagora',
          type: 'MEMBER_OF',
          from: 'naro',
          to: 'vitagora',
          properties: {
            id: 'naro|MEMBER_OF|vitagora',
            since: '2020',
            sources: ['src-a', 'src-b'],
            quotes: ['En 2020, le NARO rejoint Vitagora', 'NARO, membre académique'],
          },
        },
      ]);
    });

    it('returns one Source per source id with its metadata', () => {
      expect(dataset.sources.map((s) => s.id)).toEqual(['src-a', 'src-b']);
      expect(dataset.sources[0]?.properties).toMatchObject({ id: 'src-a', publisher: 'Test publisher' });
    });
  });

  describe('when the same (source, quote) pair arrives twice', () => {
    it('cites it once', () => {
      const same = doc('src-a', [org('vitagora')]);
      const dataset = merged([
        { file: 'a.json', data: same },
        { file: 'a-copy.json', data: same },
      ]);
      expect(nodeOf(dataset, 'vitagora')?.properties).toMatchObject({
        sources: ['src-a'],
        quotes: ['quote about vitagora'],
      });
    });
  });

  describe('when documents name a node differently', () => {
    it('keeps the first name, turns the other into an alias and unions the aliases', () => {
      const dataset = merged([
        { file: 'a.json', data: doc('src-a', [org('naro', { name: 'NARO', aliases: ['le NARO'] })]) },
        {
          file: 'b.json',
          data: doc('src-b', [org('naro', { name: 'la NARO', aliases: ['le NARO', 'Naro'] })]),
        },
      ]);
      expect(nodeOf(dataset, 'naro')?.properties).toMatchObject({
        name: 'NARO',
        aliases: ['le NARO', 'Naro', 'la NARO'],
      });
    });
  });

  describe('when documents disagree on a property value', () => {
    const inputs = (first: unknown, second: unknown): DatasetInput[] => [
      { file: 'a.json', data: doc('src-a', [org('vitagora', { props: { members: first, city: 'Dijon' } })]) },
      {
        file: 'b.json',
        data: doc('src-b', [org('vitagora', { props: { members: second, city: 'Dijon' } })]),
      },
    ];

    it('keeps every distinct value as a list, with the source of each in <key>Sources', () => {
      const vitagora = nodeOf(merged(inputs(680, 670)), 'vitagora');
      expect(vitagora?.properties.members).toEqual([680, 670]);
      expect(vitagora?.properties.membersSources).toEqual(['src-a', 'src-b']);
    });

    it('keeps a single value, without <key>Sources, for the keys they agree on', () => {
      const vitagora = nodeOf(merged(inputs(680, 670)), 'vitagora');
      expect(vitagora?.properties.city).toBe('Dijon');
      expect(vitagora?.properties).not.toHaveProperty('citySources');
    });

    it('refuses values of different types, naming file, record and field', () => {
      expect(errorsOf(inputs(680, 'plus de 680'))).toEqual([
        expect.objectContaining({
          file: 'b.json',
          record: 'nodes[0] (id "vitagora")',
          field: 'props.members',
          message: expect.stringContaining('must have one type'),
        }),
      ]);
    });
  });

  describe('when a relationship points to an id defined nowhere', () => {
    const input: DatasetInput = {
      file: 'a.json',
      data: doc('src-a', [org('vitagora')], [rel('MEMBER_OF', 'naro-x', 'vitagora')]),
    };

    it('refuses it, naming file, record and field and saying what was expected', () => {
      expect(errorsOf([input])).toEqual([
        {
          file: 'a.json',
          record: 'relationships[0] (naro-x -MEMBER_OF-> vitagora)',
          field: 'from',
          message: 'unknown node id "naro-x" (not in this import nor in the database)',
        },
      ]);
    });

    it('still lists every such error when there are 150,000 of them (no stack overflow)', () => {
      const many = Array.from({ length: 150_000 }, (_, i) => rel('MEMBER_OF', `naro-${i}`, 'vitagora'));
      const errors = errorsOf([{ file: 'a.json', data: doc('src-a', [org('vitagora')], many) }]);
      expect(errors).toHaveLength(150_000);
      expect(errors[149_999]).toMatchObject({
        record: 'relationships[149999] (naro-149999 -MEMBER_OF-> vitagora)',
        field: 'from',
      });
    });

    it('accepts it when knownNodes (ids already in the database) has it with an allowed label', () => {
      const result = mergeDocuments([input], { knownNodes: new Map([['naro-x', 'Organisation']]) });
      expect(result.ok).toBe(true);
      if (result.ok)
        expect(result.dataset.relationships.map((r) => r.id)).toEqual(['naro-x|MEMBER_OF|vitagora']);
    });

    it('is listed by referencedUnknownIds so the loader can look it up', () => {
      expect(referencedUnknownIds([input])).toEqual(['naro-x']);
    });
  });

  describe('when a relationship joins labels its type does not allow', () => {
    it('names the type, the allowed labels and the offending node', () => {
      const input = {
        file: 'a.json',
        data: doc(
          'src-a',
          [org('vitagora'), place('place-dijon')],
          [rel('GOVERNS', 'place-dijon', 'vitagora')],
        ),
      };
      expect(errorsOf([input])).toEqual([
        expect.objectContaining({
          field: 'from',
          message: 'GOVERNS starts at Organisation, but "place-dijon" is a Place',
        }),
        expect.objectContaining({
          field: 'to',
          message: 'GOVERNS ends at Place, but "vitagora" is an Organisation',
        }),
      ]);
    });

    it('checks the labels of knownNodes too', () => {
      const input = {
        file: 'a.json',
        data: doc('src-a', [org('vitagora')], [rel('MEMBER_OF', 'vitagora', 'place-x')]),
      };
      const errors = errorsOf([input], { knownNodes: new Map([['place-x', 'Place']]) });
      expect(errors).toEqual([
        expect.objectContaining({ record: 'relationships[0] (vitagora -MEMBER_OF-> place-x)', field: 'to' }),
      ]);
    });
  });

  describe('when a Place has no coordinates', () => {
    it('refuses it when no document gives numeric lat and lon', () => {
      const input = { file: 'a.json', data: doc('src-a', [place('place-dijon', { props: {} })]) };
      expect(errorsOf([input]).map((e) => [e.file, e.record, e.field])).toEqual([
        ['a.json', 'nodes[0] (id "place-dijon")', 'props.lat'],
        ['a.json', 'nodes[0] (id "place-dijon")', 'props.lon'],
      ]);
    });

    it('accepts coordinates given by only one of the documents', () => {
      const dataset = merged([
        { file: 'a.json', data: doc('src-a', [place('place-dijon', { props: {} })]) },
        { file: 'b.json', data: doc('src-b', [place('place-dijon')]) },
      ]);
      expect(nodeOf(dataset, 'place-dijon')?.properties).toMatchObject({ lat: 47.3, lon: 5.04 });
    });

    it('refuses coordinates that documents disagree on', () => {
      const errors = errorsOf([
        { file: 'a.json', data: doc('src-a', [place('place-dijon')]) },
        { file: 'b.json', data: doc('src-b', [place('place-dijon', { props: { lat: 47.32, lon: 5.04 } })]) },
      ]);
      expect(errors).toEqual([
        expect.objectContaining({ field: 'props.lat', message: expect.stringContaining('disagree') }),
      ]);
    });
  });

  describe('when ids clash', () => {
    it('refuses a node id declared twice in one document', () => {
      const errors = errorsOf([{ file: 'a.json', data: doc('src-a', [org('vitagora'), org('vitagora')]) }]);
      expect(errors).toEqual([
        {
          file: 'a.json',
          record: 'nodes[1] (id "vitagora")',
          field: 'id',
          message: 'duplicate node id "vitagora" (already declared at nodes[0])',
        },
      ]);
    });

    it('refuses one id with two labels across documents', () => {
      const errors = errorsOf([
        { file: 'a.json', data: doc('src-a', [org('dijon')]) },
        { file: 'b.json', data: doc('src-b', [place('dijon')]) },
      ]);
      expect(errors).toEqual([
        expect.objectContaining({
          file: 'b.json',
          field: 'label',
          message: expect.stringContaining('is an Organisation in a.json'),
        }),
      ]);
    });

    it('refuses a source id declared with different metadata', () => {
      const errors = errorsOf([
        { file: 'a.json', data: doc('src-a', [org('vitagora')]) },
        { file: 'b.json', data: doc('src-a', [org('naro')], [], { published: '2024' }) },
      ]);
      expect(errors).toEqual([
        expect.objectContaining({ file: 'b.json', record: 'source', field: 'published' }),
      ]);
    });
  });

  describe('when a document breaks the schema', () => {
    it('maps each zod issue to the file, the record and the field path', () => {
      const bad = doc(
        'src-a',
        [org('vitagora', { props: { lat: 'north' } })],
        [rel('LIKES', 'vitagora', 'vitagora')],
      );
      const errors = errorsOf([{ file: 'bad.json', data: bad }]);
      expect(errors.map((e) => [e.file, e.record, e.field])).toEqual([
        ['bad.json', 'nodes[0] (id "vitagora")', 'props.lat'],
        ['bad.json', 'relationships[0] (vitagora -LIKES-> vitagora)', 'type'],
      ]);
    });

    it('names unexpected keys in the field', () => {
      const errors = errorsOf([
        { file: 'bad.json', data: doc('src-a', [org('vitagora', { colour: 'red' })]) },
      ]);
      expect(errors).toEqual([
        expect.objectContaining({ record: 'nodes[0] (id "vitagora")', field: 'colour' }),
      ]);
    });
  });

  describe('when given nodes in any order', () => {
    it('returns nodes and relationships sorted by id', () => {
      const dataset = merged([
        {
          file: 'a.json',
          data: doc(
            'src-a',
            [org('zeta'), org('alpha'), org('mid')],
            [rel('COOPERATES_WITH', 'zeta', 'alpha'), rel('COOPERATES_WITH', 'alpha', 'mid')],
          ),
        },
      ]);
      expect(dataset.nodes.map((n) => n.id)).toEqual(['alpha', 'mid', 'zeta']);
      expect(dataset.relationships.map((r) => r.id)).toEqual([
        'alpha|COOPERATES_WITH|mid',
        'zeta|COOPERATES_WITH|alpha',
      ]);
    });
  });
});

const eventNode = (id: string, props: Rec = {}) => ({
  id,
  label: 'Event',
  name: id,
  props,
  quote: `quote about ${id}`,
});

describe('status and reference geography in the import format', () => {
  describe('when an Event, an Agreement or an act relationship gives no status', () => {
    const errors = errorsOf([
      {
        file: 'a.json',
        data: doc(
          'src-a',
          [
            org('dijon'),
            eventNode('mission'),
            { ...org('mou'), label: 'Agreement', props: { date: '2025' } },
          ],
          [rel('ORGANISED', 'dijon', 'mission')],
        ),
      },
    ]);

    it('refuses each, naming the record and the statuses expected', () => {
      expect(errors).toEqual([
        {
          file: 'a.json',
          record: 'nodes[1] (id "mission")',
          field: 'props.status',
          message:
            'an Event must say its status as the source reports it at publication: one of "planned", "held", "cancelled"',
        },
        {
          file: 'a.json',
          record: 'nodes[2] (id "mou")',
          field: 'props.status',
          message:
            'an Agreement must say its status as the source reports it at publication: one of "announced", "signed", "renewed", "ended"',
        },
        {
          file: 'a.json',
          record: 'relationships[0] (dijon -ORGANISED-> mission)',
          field: 'props.status',
          message:
            'ORGANISED records an act and must say its status as the source reports it at publication: one of "planned", "done", "cancelled"',
        },
      ]);
    });
  });

  describe('when a status is outside the vocabulary', () => {
    it('refuses it on a node, an act and an optional-status relationship, saying what was expected', () => {
      const errors = errorsOf([
        {
          file: 'a.json',
          data: doc(
            'src-a',
            [org('dijon'), org('vitagora'), eventNode('mission', { status: 'done' })],
            [
              rel('ORGANISED', 'dijon', 'mission', { props: { status: 'held' } }),
              rel('MEMBER_OF', 'dijon', 'vitagora', { props: { status: 'expected' } }),
            ],
          ),
        },
      ]);
      expect(errors.map((e) => `${e.record}: ${e.message}`)).toEqual([
        'nodes[2] (id "mission"): an Event has status "done"; expected one of "planned", "held", "cancelled"',
        'relationships[0] (dijon -ORGANISED-> mission): ORGANISED records an act and has status "held"; expected one of "planned", "done", "cancelled"',
        'relationships[1] (dijon -MEMBER_OF-> vitagora): a MEMBER_OF relationship has status "expected"; expected one of "planned", "done", "cancelled"',
      ]);
    });

    it('accepts an optional-status relationship without a status', () => {
      const dataset = merged([
        {
          file: 'a.json',
          data: doc('src-a', [org('dijon'), org('vitagora')], [rel('MEMBER_OF', 'dijon', 'vitagora')]),
        },
      ]);
      expect(dataset.relationships[0]?.properties.status).toBeUndefined();
    });
  });

  describe('when two sources report the status of one element', () => {
    const mou = (status: string) => ({ ...org('mou'), label: 'Agreement', props: { status } });
    const party = (status: string) => rel('PARTY_TO', 'dijon', 'mou', { props: { status } });
    // Given newest first, to show that the order is the publication order, not the input order.
    const dataset = merged([
      {
        file: 'later.json',
        data: doc('src-later', [org('dijon'), mou('signed')], [party('done')], { published: '2024-03-05' }),
      },
      {
        file: 'earlier.json',
        data: doc('src-earlier', [org('dijon'), mou('announced')], [party('planned')], { published: '2023' }),
      },
    ]);

    it('makes the status of the most recently published source current and keeps the history, oldest first', () => {
      expect(nodeOf(dataset, 'mou')?.properties).toMatchObject({
        status: 'signed',
        statusHistory: ['2023|announced|src-earlier', '2024-03-05|signed|src-later'],
      });
      expect(nodeOf(dataset, 'mou')?.properties.statusSources).toBeUndefined();
      expect(dataset.relationships[0]?.properties).toMatchObject({
        status: 'done',
        statusHistory: ['2023|planned|src-earlier', '2024-03-05|done|src-later'],
      });
    });

    it('refuses a statusHistory given by a document: it is computed from the sources', () => {
      const errors = errorsOf([
        {
          file: 'a.json',
          data: doc('src-a', [
            { ...mou('signed'), props: { status: 'signed', statusHistory: ['2020|signed|x'] } },
          ]),
        },
      ]);
      expect(errors.map((e) => `${e.field}: ${e.message}`)).toEqual([
        'props.statusHistory: "statusHistory" is computed at merge from the status each source gives; give "status" only',
      ]);
    });

    it('keeps no history when a single source reports the status', () => {
      const single = merged([
        { file: 'a.json', data: doc('src-a', [org('dijon'), mou('announced')], [party('planned')]) },
      ]);
      expect(nodeOf(single, 'mou')?.properties.status).toBe('announced');
      expect(nodeOf(single, 'mou')?.properties.statusHistory).toBeUndefined();
    });
  });

  describe('reference geography', () => {
    const gazetteer = {
      source: {
        id: 'ref-gazetteer',
        title: 'Reference geography',
        publisher: 'GeoNames',
        published: '2026-12',
        language: 'en',
        url: 'https://www.geonames.org/',
        reference: true,
        note: 'Containment of places the articles mention but do not state.',
      },
      nodes: [],
      relationships: [],
    };
    const kyotoInJapan = (reference: unknown) =>
      rel('PART_OF', 'kyoto', 'japan', reference === undefined ? {} : { props: { reference } });
    const article = (reference?: unknown) =>
      doc(
        'src-a',
        [place('kyoto'), place('japan')],
        reference === undefined ? [] : [kyotoInJapan(reference)],
      );
    const withGeography = (reference?: unknown) => ({
      ...gazetteer,
      relationships: [{ ...kyotoInJapan(reference), quote: 'Kyoto lies in Japan.' }],
    });

    it('accepts a record of the reference document that names its source, citing the reference only', () => {
      const dataset = merged([
        { file: 'a.json', data: article() },
        { file: 'ref.json', data: withGeography('ref-gazetteer') },
      ]);
      expect(dataset.relationships[0]?.properties).toMatchObject({
        reference: 'ref-gazetteer',
        sources: ['ref-gazetteer'],
        quotes: ['Kyoto lies in Japan.'],
      });
      expect(dataset.sources.find((s) => s.id === 'ref-gazetteer')?.properties.reference).toBe(true);
    });

    it('refuses a reference in an article, where the article quote would seem to state the fact', () => {
      const errors = errorsOf([
        { file: 'a.json', data: article('ref-gazetteer') },
        { file: 'ref.json', data: gazetteer },
      ]);
      expect(errors).toEqual([
        {
          file: 'a.json',
          record: 'relationships[0] (kyoto -PART_OF-> japan)',
          field: 'props.reference',
          message:
            'reference "ref-gazetteer" in an article: a fact the article does not state is cited from the reference, so its record belongs in the document of "ref-gazetteer", not beside an article quote',
        },
      ]);
    });

    it('refuses a record of the reference document that does not name its source', () => {
      const errors = errorsOf([
        { file: 'a.json', data: article() },
        { file: 'ref.json', data: withGeography() },
      ]);
      expect(errors.map((e) => `${e.file}: ${e.field}: ${e.message}`)).toEqual([
        'ref.json: props.reference: a record of the reference source "ref-gazetteer" must say so: expected "reference": "ref-gazetteer", got undefined',
      ]);
    });

    it('refuses a reference source without a url or a note', () => {
      const { url: _url, note: _note, ...bare } = gazetteer.source;
      const errors = errorsOf([{ file: 'ref.json', data: { ...gazetteer, source: bare } }]);
      expect(errors.map((e) => `${e.record}: ${e.field}: ${e.message}`)).toEqual([
        'source: url: a reference source needs a url saying where its facts come from',
        'source: note: a reference source needs a note saying where its facts come from',
      ]);
    });
  });

  describe('a spin-off', () => {
    it('is a SPUN_OFF_FROM between organisations, refused towards a Place', () => {
      const ok = merged([
        {
          file: 'a.json',
          data: doc('src-a', [org('chematech'), org('icmub')], [rel('SPUN_OFF_FROM', 'chematech', 'icmub')]),
        },
      ]);
      expect(ok.relationships.map((r) => r.type)).toEqual(['SPUN_OFF_FROM']);
      const errors = errorsOf([
        {
          file: 'a.json',
          data: doc(
            'src-a',
            [org('chematech'), place('dijon')],
            [rel('SPUN_OFF_FROM', 'chematech', 'dijon')],
          ),
        },
      ]);
      expect(errors.map((e) => e.message)).toEqual([
        'SPUN_OFF_FROM ends at Organisation, but "dijon" is a Place',
      ]);
    });
  });
});

describe('findMisquotes', () => {
  const text = 'Le pôle, très implanté au Japon, a créé\nune passerelle : « l’alimentation\u00a0durable ».';
  const withQuote = (quote: string) =>
    doc('src-a', [org('vitagora', { quote })]) as unknown as DatasetDocument;

  describe('when a quote differs from the text only in whitespace', () => {
    it('accepts it (line breaks and non-breaking spaces count as spaces)', () => {
      expect(findMisquotes(withQuote('a créé une passerelle'), text)).toEqual([]);
      expect(findMisquotes(withQuote('« l’alimentation durable »'), text)).toEqual([]);
    });
  });

  describe('when a quote is not verbatim', () => {
    it('reports a straight apostrophe where the text has a curly one', () => {
      expect(findMisquotes(withQuote("« l'alimentation durable »"), text, 'a.json')).toEqual([
        expect.objectContaining({ file: 'a.json', record: 'nodes[0] (id "vitagora")', field: 'quote' }),
      ]);
    });

    it('reports a paraphrase and says where it departs from the text', () => {
      const [error] = findMisquotes(withQuote('Le pôle, bien implanté au Japon'), text);
      expect(error?.message).toContain('the first 9 characters match');
      expect(error?.file).toBe('src-a');
    });

    it('checks relationship quotes too', () => {
      const document = doc(
        'src-a',
        [org('vitagora')],
        [rel('COOPERATES_WITH', 'vitagora', 'vitagora', { quote: 'not in the text' })],
      );
      const errors = findMisquotes(document as unknown as DatasetDocument, text);
      expect(errors.map((e) => e.record)).toContain(
        'relationships[0] (vitagora -COOPERATES_WITH-> vitagora)',
      );
    });
  });
});
