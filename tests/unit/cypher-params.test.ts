import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toNeo4jParams } from '../../server/cypher/cypher-params.ts';

describe('toNeo4jParams', () => {
  it('sends whole numbers as Neo4j integers, in lists and maps too', () => {
    const params = toNeo4jParams({ l: 2, list: [1, 2.5, [3]], map: { i: -4, nested: { j: 0 } } });
    expect(params.l).toEqual(neo4j.int(2));
    expect(neo4j.isInt(params.l)).toBe(true);
    expect(params.list).toEqual([neo4j.int(1), 2.5, [neo4j.int(3)]]);
    expect(params.map).toEqual({ i: neo4j.int(-4), nested: { j: neo4j.int(0) } });
  });

  it('keeps numbers with a fraction, and whole numbers beyond 2^53, as floats', () => {
    const params = toNeo4jParams({ f: 0.5, big: 2 ** 60 });
    expect(params.f).toBe(0.5);
    expect(params.big).toBe(2 ** 60);
  });

  it('leaves strings, booleans and null alone', () => {
    expect(toNeo4jParams({ s: '2', b: true, n: null })).toEqual({ s: '2', b: true, n: null });
  });
});
