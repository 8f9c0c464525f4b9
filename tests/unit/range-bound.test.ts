import { describe, expect, it } from 'vitest';
import { assertBoundedRanges, evaluate, rangeArguments } from '../../server/cypher/range-bound.ts';
import { AppError } from '../../server/shared/errors.ts';

const refusal = (query: string, params: Record<string, unknown> = {}) => {
  try {
    assertBoundedRanges(query, params);
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
};

describe('range() sizing before a query runs', () => {
  it.each([
    "RETURN reduce(s = '', x IN range(1, 50000000) | s + 'xxxxxxxxxx') AS s",
    'RETURN [x IN range(1,20000000) | toString(x)] AS l',
    'RETURN [x IN range(1, 4000000) | x] AS l',
    'RETURN [x IN RANGE(0, 2000000 * 10) | x] AS l',
    'RETURN [x IN range(1, 0x7FFFFFFF) | x] AS l',
    'RETURN [x IN range(1, 50_000_000) | x] AS l',
    'RETURN [x IN range(-5000000, 5000000, 2) | x] AS l',
    'RETURN [x IN range(1, 5000) | [y IN range(1, 5000) | y]] AS l',
  ])('refuses %s as query-too-costly', (query) => {
    expect(refusal(query)).toBe('query-too-costly');
  });

  it('sizes parameters, and refuses a huge range given through them', () => {
    expect(refusal('RETURN size(range(1, $n)) AS n', { n: 50_000_000 })).toBe('query-too-costly');
    expect(refusal('RETURN size(range(1, $n)) AS n', { n: 50 })).toBeUndefined();
  });

  it.each([
    'RETURN range(1, 10) AS l',
    'UNWIND range(0, 999999) AS i RETURN count(i)',
    'MATCH (n) RETURN [i IN range(0, size(n.aliases) - 1) | n.aliases[i]] AS a',
    "RETURN 'range(1, 100000000)' AS text",
    '// range(1, 100000000)\nRETURN 1',
    'MATCH (n) RETURN n.range AS r',
  ])('lets %s through', (query) => {
    expect(refusal(query)).toBeUndefined();
  });

  it('finds the arguments of every range call, nested ones included', () => {
    expect(rangeArguments('RETURN [x IN range(1, size([1,2])) | range(0, x, 2)]')).toEqual([
      ['1', 'size([1,2])'],
      ['0', 'x', '2'],
    ]);
  });

  it('evaluates literals, parameters and arithmetic, and nothing else', () => {
    expect(evaluate('2 * (3 + 4) - 1', {})).toBe(13);
    expect(evaluate('1_000_000', {})).toBe(1_000_000);
    expect(evaluate('$n * 2', { n: 21 })).toBe(42);
    expect(evaluate('-$n', { n: 3 })).toBe(-3);
    expect(evaluate('size(x)', {})).toBeUndefined();
    expect(evaluate('n.count', {})).toBeUndefined();
    expect(evaluate('$missing', {})).toBeUndefined();
  });
});
