import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../seed/dataset-schema.ts';
import { loadQueryRegistry } from '../../server/database/query-registry.ts';
import type { ImportProgress } from '../../server/import/dataset-loader.ts';
import { shapeNode, shapeRelationship, storedProperties } from '../../server/import/import-rows.ts';
import { formatProgress } from '../../server/import/progress-line.ts';

const node = (sources: string[], quotes: string[], aliases?: string[]) =>
  shapeNode({
    id: 'acme',
    label: 'Organisation',
    properties: { id: 'acme', name: 'Acme', sources, quotes, ...(aliases ? { aliases } : {}), members: 12 },
  });

describe('storedProperties (what the import writes)', () => {
  it('gives a new node its citations, aliases, whole numbers as integers and a null span', () => {
    const stored = storedProperties(node(['s1'], ['q1'], ['ACME']), undefined, 'node');
    expect(stored).toMatchObject({
      id: 'acme',
      name: 'Acme',
      sources: ['s1'],
      quotes: ['q1'],
      aliases: ['ACME'],
    });
    expect(stored.members).toEqual(neo4j.int(12));
    expect(stored.sourceCount).toEqual(neo4j.int(1));
    expect(stored.spanStart).toBeNull();
  });

  it('adds only the (source, quote) pairs and aliases not already stored, and counts distinct sources', () => {
    const before = { sources: ['s1', 's1'], quotes: ['q1', 'q2'], aliases: ['ACME'] };
    const stored = storedProperties(node(['s1', 's2'], ['q1', 'q3'], ['ACME', 'Acme Corp']), before, 'node');
    expect(stored.sources).toEqual(['s1', 's1', 's2']);
    expect(stored.quotes).toEqual(['q1', 'q2', 'q3']);
    expect(stored.aliases).toEqual(['ACME', 'Acme Corp']);
    expect(stored.sourceCount).toEqual(neo4j.int(2));
  });

  it('changes nothing when the same record is imported again', () => {
    const first = storedProperties(node(['s1'], ['q1']), undefined, 'node');
    expect(storedProperties(node(['s1'], ['q1']), first, 'node')).toEqual(first);
  });

  it('leaves aliases absent (null) on a node that never had any', () => {
    expect(
      storedProperties(node(['s1'], ['q1']), { sources: ['s1'], quotes: ['q1'] }, 'node').aliases,
    ).toBeNull();
  });

  it('stores a relationship span from its dates', () => {
    const rel = shapeRelationship({
      id: 'a|MEMBER_OF|b',
      type: 'MEMBER_OF',
      from: 'a',
      to: 'b',
      properties: { id: 'a|MEMBER_OF|b', since: '2020', sources: ['s1'], quotes: ['q1'] },
    });
    const stored = storedProperties(rel, undefined, 'relationship');
    expect(stored.spanStart).toBe('2020-01-01');
    expect(stored).not.toHaveProperty('aliases');
  });
});

describe('the import schema and queries', () => {
  const registry = loadQueryRegistry();
  it('has a uniqueness constraint on id for every relationship type, which the import finds them by', () => {
    const constraints = registry.schemaStatements().map((s) => s.text);
    expect(RELATIONSHIP_TYPES.length).toBeGreaterThan(10);
    for (const type of RELATIONSHIP_TYPES) {
      expect(
        constraints.some((text) => text.includes(`FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`)),
        type,
      ).toBe(true);
      expect(registry.variant('createRelationships', type)).toContain(`CREATE (a)-[r:${type}]->(b)`);
    }
    expect(() => registry.variant('createRelationships', 'NOT_A_TYPE')).toThrow(/no variant/);
  });
});

describe('the progress line', () => {
  const at = (written: number, phase: ImportProgress['phase'] = 'writing'): ImportProgress => ({
    phase,
    written,
    total: 200_000,
    batches: 7,
  });
  it('shows rows written of the total, the share, the rate and the batch', () => {
    expect(formatProgress(at(50_000), 10_000)).toBe(
      '[########----------------------] 50,000/200,000 rows (25%), 5,000 rows/s, batch 7',
    );
    expect(formatProgress(at(200_000, 'published'), 20_000)).toContain('(100%)');
    expect(formatProgress(at(0, 'checking'), 0)).toBe('Checking the documents…');
  });
});
