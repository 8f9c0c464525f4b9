import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanOperator } from '../../server/cypher/cypher-plan-guard.ts';
import { toQueryPlan } from '../../server/cypher/query-plan.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/plans/${name}.json`, import.meta.url), 'utf8'))
    .plan as PlanOperator;

describe('toQueryPlan', () => {
  it('turns a profile into a tree of operators with rows, db hits and their total', () => {
    const plan = toQueryPlan(fixture('read-profiled'), true);
    expect(plan.profiled).toBe(true);
    expect(plan.root.operatorType).toBe('ProduceResults');
    expect(plan.root.identifiers).toEqual(['anon_0', 'n', 'm', '`m.n`']);
    const all: (typeof plan.root)[] = [];
    const walk = (operator: typeof plan.root) => {
      all.push(operator);
      operator.children.forEach(walk);
    };
    walk(plan.root);
    expect(all.map((operator) => operator.operatorType)).toEqual([
      'ProduceResults',
      'Sort',
      'Projection',
      'Filter',
      'DirectedRelationshipTypeScan',
    ]);
    expect(
      all.every((operator) => typeof operator.rows === 'number' && typeof operator.dbHits === 'number'),
    ).toBe(true);
    expect(plan.totalDbHits).toBe(all.reduce((sum, operator) => sum + (operator.dbHits ?? 0), 0));
    expect(plan.totalDbHits).toBeGreaterThan(0);
    expect(all.at(-1)?.details).toBe('(n)-[anon_0:R]->(m)');
  });

  it('gives an EXPLAIN only its estimates', () => {
    const plan = toQueryPlan(fixture('read'), false);
    expect(plan.profiled).toBe(false);
    expect(plan.totalDbHits).toBeUndefined();
    expect(plan.root.estimatedRows).toEqual(expect.any(Number));
    expect(plan.root.rows).toBeUndefined();
    expect(plan.root.dbHits).toBeUndefined();
  });
});
