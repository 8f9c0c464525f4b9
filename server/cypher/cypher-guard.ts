// The static half of the analyst Cypher guard: refuses what a read-only explorer has no use for
// before the query reaches the database. The other half is the database itself: EXPLAIN must say
// the query only reads, and it then runs in a READ transaction with a timeout and row/size caps.
// This check works on the query with comments, strings and quoted names blanked out, so a keyword
// inside a string literal does not trip it and one hidden in a comment cannot slip by.
import { badRequest } from '../shared/errors.ts';

/** Procedures an analyst may call: schema introspection and the full-text index. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
  'dbms.components',
]);

interface Refusal {
  pattern: RegExp;
  code: string;
  message: string;
}

const REFUSALS: Refusal[] = [
  {
    pattern: /\bLOAD\s+CSV\b/,
    code: 'file-and-network-access-refused',
    message: 'LOAD CSV is refused: analyst queries may not read files or reach the network.',
  },
  {
    pattern: /\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/,
    code: 'query-refused',
    message: 'CALL { … } IN TRANSACTIONS is refused: it exists for batched writes.',
  },
  {
    pattern: /(?:^|[^.\w$])USE\s+[\w`]/,
    code: 'query-refused',
    message: 'USE is refused: analyst queries run on the explorer’s database only.',
  },
  {
    pattern:
      /\b(?:CREATE|ALTER|DROP|RENAME)\s+(?:OR\s+REPLACE\s+)?(?:USER|ROLE|DATABASE|COMPOSITE|ALIAS|SERVER|CONSTRAINT|INDEX|(?:FULLTEXT|RANGE|TEXT|POINT|LOOKUP|VECTOR|BTREE)\s+INDEX)\b/,
    code: 'admin-command-refused',
    message: 'Schema and administration commands are refused: analyst queries may only read.',
  },
  {
    pattern: /\b(?:GRANT|DENY|REVOKE)\s/,
    code: 'admin-command-refused',
    message: 'Privilege commands are refused: analyst queries may only read.',
  },
  {
    pattern:
      /\b(?:START|STOP)\s+DATABASE\b|\bTERMINATE\s+TRANSACTIONS?\b|\b(?:ENABLE|DEALLOCATE|REALLOCATE|DRYRUN)\s+(?:SERVER|DATABASES?)\b/,
    code: 'admin-command-refused',
    message: 'Administration commands are refused: analyst queries may only read.',
  },
  {
    pattern:
      /\bSHOW\s+(?!(?:ALL\s+|RANGE\s+|FULLTEXT\s+|TEXT\s+|POINT\s+|LOOKUP\s+|VECTOR\s+|UNIQUE(?:NESS)?\s+|EXIST(?:ENCE)?\s+|NODE\s+|RELATIONSHIP\s+|KEY\s+|PROPERTY\s+)*(?:INDEX|INDEXES|CONSTRAINT|CONSTRAINTS|PROCEDURE|PROCEDURES|FUNCTION|FUNCTIONS)\b)/,
    code: 'admin-command-refused',
    message: 'Only SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS are allowed here.',
  },
  {
    pattern: /^\s*(?:EXPLAIN|PROFILE)\b/,
    code: 'query-refused',
    message: 'EXPLAIN and PROFILE are not supported here: send the query itself.',
  },
];

// One pass over comments, strings and `quoted names`: the leftmost token wins, so a quote or comment
// marker inside a quoted name (or the reverse) cannot hide the rest of the query.
const LITERALS =
  /\/\/[^\n\r]*|\/\*[\s\S]*?(?:\*\/|$)|'(?:[^'\\]|\\.)*(?:'|$)|"(?:[^"\\]|\\.)*(?:"|$)|`(?:[^`]|``)*(?:`|$)/g;
const CLOSED_QUOTES = /^(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`]|``)*`)$/s;
const blank = (match: string) => match.replace(/[^\n]/g, ' ');

/** Replaces comments and string literals (and, unless kept, `quoted names`) with spaces, keeping offsets. */
export function blankOutLiterals(query: string, options: { keepQuotedNames?: boolean } = {}): string {
  return query.replace(LITERALS, (token) =>
    options.keepQuotedNames && token.startsWith('`') ? token : blank(token),
  );
}

const isControl = (code: number) => (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;

/** Tricks that have no use in an honest query but could hide a keyword from the checks below. */
function assertPlainText(query: string): void {
  for (const token of query.match(LITERALS) ?? []) {
    const closed = token.startsWith('//')
      ? true
      : token.startsWith('/*')
        ? token.length >= 4 && token.endsWith('*/')
        : CLOSED_QUOTES.test(token);
    if (!closed) throw badRequest('query-refused', 'The query has an unterminated string, name or comment.');
  }
  const code = blankOutLiterals(query);
  if (code.includes('\\')) {
    throw badRequest('query-refused', 'Escape sequences (\\u…) are only allowed inside strings here.');
  }
  // Cypher treats some control characters as whitespace; JavaScript's \s does not.
  if ([...query].some((char) => isControl(char.charCodeAt(0)))) {
    throw badRequest('query-refused', 'The query contains control characters.');
  }
}

/** Throws a 400 naming the first thing refused; returns nothing when the query may go on to EXPLAIN. */
export function assertAllowedQuery(query: string): void {
  assertPlainText(query);
  const code = blankOutLiterals(query).toUpperCase();
  for (const refusal of REFUSALS) {
    if (refusal.pattern.test(code)) throw badRequest(refusal.code, refusal.message);
  }
  // Procedure calls: CALL name(...) or standalone CALL name, names possibly `quoted`.
  // CALL { … } and CALL (x) { … } are subqueries and need no check.
  const withNames = blankOutLiterals(query, { keepQuotedNames: true });
  for (const match of withNames.matchAll(
    /\bCALL\s*((?:`(?:[^`]|``)*`|[A-Za-z_][\w]*)(?:\s*\.\s*(?:`(?:[^`]|``)*`|[A-Za-z_][\w]*))*)/gi,
  )) {
    const name = (match[1] ?? '').replace(/[`\s]/g, '').toLowerCase();
    if (!ALLOWED_PROCEDURES.has(name)) {
      throw badRequest(
        'procedure-refused',
        `CALL ${name} is refused: analyst queries may call only ${[...ALLOWED_PROCEDURES].join(', ')}.`,
      );
    }
  }
}

/** An operator of a query plan, as the driver reports it (summary.plan). */
export interface PlanOperator {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanOperator[];
}

const ALLOWED_SHOW_OPERATORS = /^Show(Indexes|Constraints|Procedures|Functions)$/;

/**
 * The second check, on what Neo4j will actually run: whatever the text looked like, the plan may not
 * load CSV, call a procedure outside the list, or show or terminate anything but schema and procedures.
 */
export function assertAllowedPlan(plan: PlanOperator | false | undefined): void {
  if (!plan) return;
  const operator = plan.operatorType.replace(/@.*$/, '');
  if (/LoadCSV/i.test(operator)) {
    throw badRequest(
      'file-and-network-access-refused',
      'LOAD CSV is refused: analyst queries may not read files or reach the network.',
    );
  }
  if (/ProcedureCall/i.test(operator)) {
    const details = String(plan.arguments.Details ?? '');
    const name = details.slice(0, details.indexOf('(')).trim().toLowerCase();
    if (!ALLOWED_PROCEDURES.has(name)) {
      throw badRequest(
        'procedure-refused',
        `CALL ${name || 'of this procedure'} is refused: analyst queries may call only ${[...ALLOWED_PROCEDURES].join(', ')}.`,
      );
    }
  }
  if (
    (/^(Show|Terminate)/.test(operator) && !ALLOWED_SHOW_OPERATORS.test(operator)) ||
    /Command/.test(operator)
  ) {
    throw badRequest(
      'admin-command-refused',
      `${operator} is refused: analyst queries may only read the graph.`,
    );
  }
  for (const child of plan.children) assertAllowedPlan(child);
}
