// The plan of an EXPLAIN or PROFILE, as the wire sends it: a tree of operators with their estimates
// and, when profiled, the rows they produced and the database hits they cost (as Neo4j Browser shows).
import type { QueryPlan, QueryPlanOperator } from '../contract/api.ts';
import type { JsonValue } from '../contract/graph.ts';
import { toJson } from '../shared/graph-mapper.ts';
import type { PlanOperator } from './cypher-plan-guard.ts';

interface DriverPlanOperator extends PlanOperator {
  identifiers?: string[];
  children: DriverPlanOperator[];
}

const numberOf = (value: JsonValue | undefined) => (typeof value === 'number' ? value : undefined);

function toOperator(plan: DriverPlanOperator): QueryPlanOperator {
  const args = Object.fromEntries(
    Object.entries(plan.arguments).map(([key, value]) => [key, toJson(value)]),
  ) as Record<string, JsonValue>;
  const details = args.Details;
  return {
    operatorType: plan.operatorType.replace(/@.*$/, ''),
    identifiers: [...(plan.identifiers ?? [])],
    ...(typeof details === 'string' ? { details } : {}),
    estimatedRows: numberOf(args.EstimatedRows),
    rows: numberOf(args.Rows),
    dbHits: numberOf(args.DbHits),
    pageCacheHits: numberOf(args.PageCacheHits),
    pageCacheMisses: numberOf(args.PageCacheMisses),
    memory: numberOf(args.Memory),
    // Only some runtimes time each operator (Time, in nanoseconds); slotted does not.
    time: numberOf(args.Time),
    arguments: args,
    children: plan.children.map(toOperator),
  };
}

/** The plan tree, with the sums Neo4j Browser shows under a profile. */
export function toQueryPlan(plan: PlanOperator, profiled: boolean): QueryPlan {
  const root = toOperator(plan as DriverPlanOperator);
  let dbHits = 0;
  const visit = (operator: QueryPlanOperator) => {
    dbHits += operator.dbHits ?? 0;
    operator.children.forEach(visit);
  };
  visit(root);
  return { profiled, ...(profiled ? { totalDbHits: dbHits } : {}), root };
}
