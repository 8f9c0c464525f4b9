// The second check, on what Neo4j will actually run: whatever the text looked like, the plan may not
// load CSV, call a procedure outside the list, or show or terminate anything but schema and procedures.
import { badRequest } from '../shared/errors.ts';
import { ALLOWED_PROCEDURES, procedureRefused, READ_ONLY_DBMS_PROCEDURES } from './cypher-procedures.ts';

/** An operator of a query plan, as the driver reports it (summary.plan or summary.profile). */
export interface PlanOperator {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanOperator[];
}

const ALLOWED_SHOW_OPERATORS = /^Show(Indexes|Constraints|Procedures|Functions)$/;

/** `ProcedureCall@neo4j` → `ProcedureCall`: the suffix names the database, not the operator. */
const operatorName = (plan: PlanOperator) => plan.operatorType.replace(/@.*$/, '');

/** The procedure a ProcedureCall operator calls, lower-cased, from its Details (`db.labels() :: (…)`). */
function procedureOf(plan: PlanOperator): string {
  const details = String(plan.arguments.Details ?? '');
  const open = details.indexOf('(');
  return (open < 0 ? details : details.slice(0, open)).trim().toLowerCase();
}

function* operators(plan: PlanOperator): Generator<PlanOperator> {
  yield plan;
  for (const child of plan.children) yield* operators(child);
}

export function assertAllowedPlan(plan: PlanOperator | false | null | undefined): void {
  // EXPLAIN always gives a plan; a query whose plan cannot be read is not run unchecked.
  if (!plan) {
    throw badRequest(
      'query-refused',
      'The query’s plan could not be read, so it cannot be checked: it is refused.',
    );
  }
  for (const operator of operators(plan)) {
    const name = operatorName(operator);
    if (/LoadCSV/i.test(name)) {
      throw badRequest(
        'file-and-network-access-refused',
        'LOAD CSV is refused: analyst queries may not read files or reach the network.',
      );
    }
    if (/ProcedureCall/i.test(name)) {
      const procedure = procedureOf(operator);
      if (!ALLOWED_PROCEDURES.has(procedure)) throw procedureRefused(procedure);
    }
    if ((/^(Show|Terminate)/.test(name) && !ALLOWED_SHOW_OPERATORS.test(name)) || /Command/.test(name)) {
      throw badRequest(
        'admin-command-refused',
        `${name} is refused: analyst queries may only read the graph.`,
      );
    }
  }
}

/**
 * Whether a plan EXPLAIN typed `s` (schema) only calls the allowed DBMS-mode procedures that read
 * (dbms.components): every procedure call is one of them and nothing else in the plan writes.
 */
export function isReadOnlyDbmsPlan(plan: PlanOperator | false | null | undefined): boolean {
  if (!plan) return false;
  const all = [...operators(plan)];
  const calls = all.filter((operator) => /ProcedureCall/i.test(operatorName(operator)));
  const writes = all.filter((operator) =>
    /Create|Merge|Delete|Set|Remove|Foreach|Index|Constraint|Command|Transaction/i.test(
      operatorName(operator),
    ),
  );
  return (
    calls.length > 0 &&
    writes.length === 0 &&
    calls.every((call) => READ_ONLY_DBMS_PROCEDURES.has(procedureOf(call)))
  );
}
