import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { GraphCollector, toJson } from '../../server/shared/graph-mapper.ts';

const { Node, Relationship, Path, PathSegment } = neo4j.types;
const int = neo4j.int;
const vitagora = new Node(
  int(1),
  ['Organisation', 'Entity'],
  { id: 'vitagora', name: 'Vitagora', members: int(670) },
  'e1',
);
const naro = new Node(int(2), ['Organisation', 'Entity'], { id: 'naro', name: 'NARO' }, 'e2');
const anonymous = new Node(int(3), ['Thing'], { name: 'no id' }, 'e3');
const member = new Relationship(
  int(9),
  int(2),
  int(1),
  'MEMBER_OF',
  { id: 'naro|MEMBER_OF|vitagora', since: '2020' },
  'r9',
  'e2',
  'e1',
);

describe('toJson', () => {
  it('turns Neo4j integers into numbers and keeps big ones exact as strings', () => {
    expect(toJson(int(42))).toBe(42);
    expect(toJson(int('9007199254740993'))).toBe('9007199254740993');
  });

  it('turns temporals into ISO strings', () => {
    expect(toJson(new neo4j.types.Date(2025, 11, 20))).toBe('2025-11-20');
  });

  it('turns a node into its wire form with the stable id', () => {
    expect(toJson(vitagora)).toEqual({
      id: 'vitagora',
      elementId: 'e1',
      labels: ['Organisation', 'Entity'],
      properties: { id: 'vitagora', name: 'Vitagora', members: 670 },
    });
  });
});

describe('GraphCollector', () => {
  it('collects nodes and relationships from paths, lists and maps, once each', () => {
    const graph = new GraphCollector();
    const path = new Path(naro, vitagora, [new PathSegment(naro, member, vitagora)]);
    graph.add([path, { again: naro, list: [member] }]);
    const result = graph.result();
    expect(result.nodes.map((node) => node.id).sort()).toEqual(['naro', 'vitagora']);
    expect(result.edges).toEqual([
      expect.objectContaining({
        id: 'naro|MEMBER_OF|vitagora',
        source: 'naro',
        target: 'vitagora',
        type: 'MEMBER_OF',
      }),
    ]);
  });

  it('names nodes without an id by element id, and reports endpoints it has not seen', () => {
    const graph = new GraphCollector();
    graph.add([anonymous, member]);
    expect(graph.result().nodes[0]?.id).toBe('element:e3');
    expect(graph.missingEndpoints().sort()).toEqual(['e1', 'e2']);
  });
});
