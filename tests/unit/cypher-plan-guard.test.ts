import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assertAllowedPlan,
  isReadOnlyDbmsPlan,
  type PlanOperator,
} from '../../server/cypher/cypher-plan-guard.ts';
import type { AppError } from '../../server/shared/errors.ts';

/** Plans captured from Neo4j 5.26 with EXPLAIN (arguments trimmed to Details and the row counts). */
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/plans/${name}.json`, import.meta.url), 'utf8')) as {
    query: string;
    queryType: string;
    plan: PlanOperator;
  };

const refusal = (plan: PlanOperator) => {
  try {
    assertAllowedPlan(plan);
    return undefined;
  } catch (error) {
    return { code: (error as AppError).code, message: (error as AppError).message };
  }
};

describe('assertAllowedPlan', () => {
  it.each(['read', 'read-profiled', 'procedure-allowed', 'show-allowed', 'dbms-components'])(
    'lets the %s plan through',
    (name) => {
      expect(refusal(fixture(name).plan)).toBeUndefined();
    },
  );

  it.each([
    ['load-csv', 'file-and-network-access-refused', /LOAD CSV/],
    ['nested-load-csv', 'file-and-network-access-refused', /LOAD CSV/],
    ['procedure-refused', 'procedure-refused', /db\.stats\.retrieve/],
    ['show-refused', 'admin-command-refused', /ShowTransactions/],
    ['terminate', 'admin-command-refused', /TerminateTransactions/],
    ['command', 'admin-command-refused', /AdministrationCommand/],
  ])('refuses the %s plan as %s', (name, code, message) => {
    expect(refusal(fixture(name).plan)).toEqual({ code, message: expect.stringMatching(message) });
  });

  it('finds a refused operator however deep it sits', () => {
    const leaf = fixture('procedure-refused').plan.children[0] as PlanOperator;
    const deep: PlanOperator = {
      operatorType: 'ProduceResults@neo4j',
      arguments: {},
      children: [
        { operatorType: 'Apply@neo4j', arguments: {}, children: [fixture('read').plan, { ...leaf }] },
      ],
    };
    expect(refusal(deep)?.code).toBe('procedure-refused');
  });

  it('refuses a query whose plan cannot be read (nothing checked is nothing run)', () => {
    expect(refusal(false as unknown as PlanOperator)?.code).toBe('query-refused');
  });
});

describe('isReadOnlyDbmsPlan', () => {
  it('accepts the schema-typed plan of dbms.components', () => {
    const { plan, queryType } = fixture('dbms-components');
    expect(queryType).toBe('s');
    expect(isReadOnlyDbmsPlan(plan)).toBe(true);
  });

  it.each(['command', 'procedure-allowed', 'read', 'show-allowed'])(
    'does not vouch for the %s plan',
    (name) => {
      expect(isReadOnlyDbmsPlan(fixture(name).plan)).toBe(false);
    },
  );
});
