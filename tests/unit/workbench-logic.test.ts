import { describe, expect, it } from 'vitest';
import { CELL_MAX_LENGTH, formatCell } from '../../client/src/workbench/cell-format.ts';
import { toEditorSchema } from '../../client/src/workbench/editor-schema.ts';
import { positionOf, toEditorPosition } from '../../client/src/workbench/error-position.ts';
import { EXAMPLE_QUERIES } from '../../client/src/workbench/examples.ts';
import { countOf, workbenchMessages, workbenchTranslator } from '../../client/src/workbench/messages.ts';
import { paramNames, parseParams } from '../../client/src/workbench/params.ts';
import {
  addToHistory,
  HISTORY_LIMIT,
  type HistoryEntry,
  isHistoryEntry,
  removeSaved,
  StoredList,
  upsertSaved,
} from '../../client/src/workbench/query-store.ts';
import { RELATIONSHIP_TYPES } from '../../seed/dataset-schema.ts';
import type { WireEdge, WireNode } from '../../server/contract/graph.ts';

const entry = (query: string, at = '2025-01-01T00:00:00.000Z'): HistoryEntry => ({ query, params: '', at });

describe('workbench editor schema', () => {
  it('gives labels and relationship types a leading colon, and keeps property keys bare', () => {
    const schema = toEditorSchema({
      labels: [
        { label: 'Person', count: 3 },
        { label: 'Organisation', count: 9 },
      ],
      relationshipTypes: [{ type: 'PARTY_TO', count: 4 }],
      propertyKeys: ['name', 'id'],
    });
    expect(schema.labels).toEqual([':Organisation', ':Person']);
    expect(schema.relationshipTypes).toEqual([':PARTY_TO']);
    expect(schema.propertyKeys).toEqual(['id', 'name']);
    expect(schema.functions.map((fn) => fn.name)).toContain('collect');
  });

  it('does not double a colon that is already there, and lists the parameters it is given', () => {
    const schema = toEditorSchema(
      { labels: [{ label: ':Place', count: 1 }], relationshipTypes: [], propertyKeys: [] },
      ['to', 'from'],
    );
    expect(schema.labels).toEqual([':Place']);
    expect(schema.parameters).toEqual(['from', 'to']);
  });
});

describe('workbench history', () => {
  it('puts the latest run first and keeps one entry per query, ignoring surrounding whitespace', () => {
    let history: HistoryEntry[] = [];
    history = addToHistory(history, entry('MATCH (n) RETURN n'));
    history = addToHistory(history, entry('RETURN 1'));
    history = addToHistory(history, entry('  MATCH (n) RETURN n\n', '2025-02-01T00:00:00.000Z'));
    expect(history.map((item) => item.query)).toEqual(['MATCH (n) RETURN n', 'RETURN 1']);
    expect(history[0]?.at).toBe('2025-02-01T00:00:00.000Z');
  });

  it(`keeps only the last ${HISTORY_LIMIT} distinct queries`, () => {
    let history: HistoryEntry[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) history = addToHistory(history, entry(`RETURN ${i}`));
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]?.query).toBe(`RETURN ${HISTORY_LIMIT + 9}`);
    expect(history.at(-1)?.query).toBe('RETURN 10');
  });

  it('ignores an empty query', () => {
    expect(addToHistory([], entry('   '))).toEqual([]);
  });

  it('reads back what it stored and skips entries it cannot use', () => {
    const memory = new Map<string, string>();
    const storage = {
      getItem: (key: string) => memory.get(key) ?? null,
      setItem: (key: string, value: string) => void memory.set(key, value),
    };
    const list = new StoredList(storage, 'history', isHistoryEntry);
    list.save([entry('RETURN 1')]);
    expect(list.load()).toEqual([entry('RETURN 1')]);
    memory.set('history', JSON.stringify([{ query: 42 }, entry('RETURN 2')]));
    expect(list.load()).toEqual([entry('RETURN 2')]);
    memory.set('history', '{not json');
    expect(list.load()).toEqual([]);
  });
});

describe('workbench saved queries', () => {
  it('replaces a query saved under the same name and deletes by name', () => {
    let saved = upsertSaved([], { name: 'partners', query: 'RETURN 1', params: '' });
    saved = upsertSaved(saved, { name: 'alpha', query: 'RETURN 2', params: '' });
    saved = upsertSaved(saved, { name: 'partners ', query: 'RETURN 3', params: '{"a":1}' });
    expect(saved.map((item) => [item.name, item.query])).toEqual([
      ['alpha', 'RETURN 2'],
      ['partners', 'RETURN 3'],
    ]);
    expect(removeSaved(saved, 'alpha').map((item) => item.name)).toEqual(['partners']);
  });
});

describe('workbench parameters', () => {
  it('accepts an object, and empty text as no parameters', () => {
    expect(parseParams('{"from": "state-of-wisconsin", "hops": 3}')).toEqual({
      ok: true,
      params: { from: 'state-of-wisconsin', hops: 3 },
    });
    expect(parseParams('  \n')).toEqual({ ok: true, params: {} });
  });

  it('refuses invalid JSON with the parser message, and JSON that is not an object', () => {
    const invalid = parseParams('{"from": }');
    expect(invalid.ok).toBe(false);
    expect(invalid.ok === false && invalid.error).toBe('invalidJson');
    expect(invalid.ok === false && invalid.error === 'invalidJson' && invalid.detail).toMatch(/JSON|token/i);
    for (const text of ['[1, 2]', 'null', '"from"', '3']) {
      expect(parseParams(text)).toEqual({ ok: false, error: 'notObject' });
    }
  });

  it('names the parameters for completion, none while the text is invalid', () => {
    expect(paramNames('{"from": "a", "to": "b"}')).toEqual(['from', 'to']);
    expect(paramNames('{"from": ')).toEqual([]);
  });
});

describe('workbench table cells', () => {
  const node: WireNode = {
    id: 'dijon-metropole',
    elementId: '4:x:1',
    labels: ['Entity', 'Organisation'],
    properties: { id: 'dijon-metropole', name: 'Dijon Métropole' },
  };
  const edge: WireEdge = {
    id: 'r1',
    elementId: '5:x:1',
    type: 'PARTY_TO',
    source: 'dijon-metropole',
    target: 'agreement-1',
    properties: {},
  };

  it('shows a node by label and name, a relationship by type, a path by its nodes', () => {
    expect(formatCell(node)).toBe('(:Organisation Dijon Métropole)');
    expect(formatCell(edge)).toBe('[:PARTY_TO]');
    const other: WireNode = { ...node, id: 'kyoto', elementId: '4:x:2', properties: { name: 'Kyoto' } };
    expect(formatCell({ nodes: [node, other], edges: [edge] })).toBe('Dijon Métropole → Kyoto (1 hops)');
  });

  it('falls back to the id for a node without a name', () => {
    expect(formatCell({ ...node, properties: { id: 'kumamoto' } })).toBe('(:Organisation kumamoto)');
  });

  it('shows scalars plainly, lists item by item, maps as JSON, and cuts long text', () => {
    expect(formatCell('Kyoto')).toBe('Kyoto');
    expect(formatCell(2024)).toBe('2024');
    expect(formatCell(null)).toBe('null');
    expect(formatCell(undefined)).toBe('null');
    expect(formatCell(['a', node])).toBe('[a, (:Organisation Dijon Métropole)]');
    expect(formatCell({ year: '2024', count: 2 })).toBe('{"year":"2024","count":2}');
    const long = formatCell('x'.repeat(500));
    expect(long).toHaveLength(CELL_MAX_LENGTH);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('workbench messages and examples', () => {
  it('has a French text for every English one', () => {
    expect(Object.keys(workbenchMessages.fr).sort()).toEqual(Object.keys(workbenchMessages.en).sort());
  });

  it('falls back to English when the app does not know a key, and fills placeholders', () => {
    const t = workbenchTranslator((key) => key);
    expect(
      t('workbench.graph.summary', {
        nodes: countOf(t, 'nodes', 3),
        relationships: countOf(t, 'relationships', 1),
      }),
    ).toBe('3 nodes, 1 relationship');
    const french = workbenchTranslator(
      (key) => workbenchMessages.fr[key as keyof typeof workbenchMessages.fr] ?? key,
    );
    expect(french('workbench.error.position', { line: 2, column: 7 })).toBe('ligne 2, colonne 7');
  });

  it('uses only relationship types of the model', () => {
    const known = new Set<string>([...RELATIONSHIP_TYPES, 'MENTIONED_IN']);
    for (const example of EXAMPLE_QUERIES) {
      for (const [, types] of example.query.matchAll(/\[\w*:([A-Z_|]+)/g)) {
        for (const type of (types ?? '').split('|'))
          expect(known, `${type} in ${example.title}`).toContain(type);
      }
    }
  });
});

describe('workbench error positions', () => {
  it('reads the position an API error carries, and ignores errors without one', () => {
    const error = Object.assign(new Error('Invalid input'), { position: { line: 2, column: 3, offset: 12 } });
    expect(positionOf(error)).toEqual({ line: 2, column: 3, offset: 12 });
    expect(positionOf(new Error('Invalid input'))).toBeUndefined();
    expect(positionOf(Object.assign(new Error('x'), { position: { line: 1, column: 5 } }))).toEqual({
      line: 1,
      column: 5,
    });
  });

  it('keeps Neo4j positions as they are when the editor text has nothing to trim', () => {
    const text = 'MATCH (n)\n  BOOM RETURN n';
    expect(toEditorPosition(text, { line: 2, column: 3, offset: 12 })).toEqual({
      line: 2,
      column: 3,
      offset: 12,
    });
  });

  it('shifts positions past the blank lines and spaces that were trimmed before sending', () => {
    const text = '\n\n  MATCH (n) BOOM';
    // Sent: "MATCH (n) BOOM"; Neo4j points at BOOM, offset 10, line 1, column 11.
    const position = toEditorPosition(text, { line: 1, column: 11, offset: 10 });
    expect(position).toEqual({ line: 3, column: 13, offset: 14 });
    expect(text.slice(position.offset, position.offset + 4)).toBe('BOOM');
  });

  it('works out the offset from line and column when Neo4j gives none', () => {
    const text = 'MATCH (n)\nRETURN m';
    expect(toEditorPosition(text, { line: 2, column: 8 })).toEqual({ line: 2, column: 8, offset: 17 });
  });
});
