// The static half of the analyst Cypher guard: refuses what a read-only explorer has no use for
// before the query reaches the database. The other half is the database itself: EXPLAIN must say
// the query only reads (cypher-plan-guard.ts), and it then runs in a READ transaction with a timeout
// and row/size caps. The checks work on tokens (cypher-tokens.ts): a keyword is a whole word in a
// keyword's place, so names that merely begin like one (`CALLS_AT`, `n.callSign`, `1 AS show`) pass,
// and nothing inside a string, comment or `quoted name` counts.
import { badRequest } from '../shared/errors.ts';
import { ALLOWED_PROCEDURES, procedureRefused } from './cypher-procedures.ts';
import { lineAndColumn, type Token, tokenize } from './cypher-tokens.ts';

/** How the analyst asked the query to run: as is, only planned (EXPLAIN) or run and measured (PROFILE). */
export type QueryMode = 'run' | 'explain' | 'profile';

export interface CheckedQuery {
  mode: QueryMode;
  /** The leading EXPLAIN or PROFILE word, when there is one. */
  prefix?: Token;
}

const isControl = (code: number) => (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;

/** Words after which a keyword-looking word is used as a value (`WITH show AS x`, `use AND true`). */
const EXPRESSION_FOLLOWERS = new Set([
  'AS',
  'AND',
  'OR',
  'XOR',
  'IN',
  'IS',
  'STARTS',
  'ENDS',
  'CONTAINS',
  'ORDER',
  'SKIP',
  'LIMIT',
  'WHERE',
  'UNION',
]);

const ADMIN_OBJECTS = new Set([
  'USER',
  'ROLE',
  'DATABASE',
  'COMPOSITE',
  'ALIAS',
  'SERVER',
  'CONSTRAINT',
  'INDEX',
  'FULLTEXT',
  'RANGE',
  'TEXT',
  'POINT',
  'LOOKUP',
  'VECTOR',
  'BTREE',
]);
/** Words that only ever start an administration or privilege command when followed by another word. */
const ADMIN_VERBS = new Set(['ALTER', 'DROP', 'RENAME', 'ENABLE', 'DEALLOCATE', 'REALLOCATE', 'DRYRUN']);
const PRIVILEGE_VERBS = new Set(['GRANT', 'DENY', 'REVOKE']);
const SHOW_MODIFIERS = new Set([
  'ALL',
  'RANGE',
  'FULLTEXT',
  'TEXT',
  'POINT',
  'LOOKUP',
  'VECTOR',
  'UNIQUE',
  'UNIQUENESS',
  'EXIST',
  'EXISTENCE',
  'NODE',
  'RELATIONSHIP',
  'KEY',
  'PROPERTY',
]);
const SHOW_ALLOWED = new Set([
  'INDEX',
  'INDEXES',
  'CONSTRAINT',
  'CONSTRAINTS',
  'PROCEDURE',
  'PROCEDURES',
  'FUNCTION',
  'FUNCTIONS',
]);

const refusedAt = (query: string, token: Token | undefined, code: string, message: string) =>
  badRequest(code, message, token ? { position: lineAndColumn(query, token.start) } : undefined);

/** Tricks that have no use in an honest query but could make the database read it differently. */
function assertPlainText(query: string, tokens: Token[]): void {
  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'error' || (token.kind === 'name' && !/^`(?:[^`]|``)*`$/s.test(token.text))) {
      throw refusedAt(query, token, 'query-refused', 'The query has an unterminated string or name here.');
    }
    if (token.kind === 'escape') {
      throw refusedAt(
        query,
        token,
        'query-refused',
        'Escape sequences (\\u…) are only allowed inside strings here.',
      );
    }
    const next = tokens[index + 1];
    // The lexer reads an unclosed `/*` as a slash and a star, side by side.
    if (token.text === '/' && next?.text === '*' && next.start === token.end) {
      throw refusedAt(query, token, 'query-refused', 'The query has an unterminated comment here.');
    }
  }
  // Cypher treats some control characters as whitespace; the checks below would not.
  if ([...query].some((char) => isControl(char.charCodeAt(0)))) {
    throw badRequest('query-refused', 'The query contains control characters.');
  }
}

/** Reads the tokens of one query, with what comes before and after each. */
class TokenCursor {
  constructor(readonly tokens: Token[]) {}

  at(index: number): Token | undefined {
    return this.tokens[index];
  }
  isWord(index: number, ...values: string[]): boolean {
    const token = this.tokens[index];
    return token?.kind === 'word' && (values.length === 0 || values.includes(token.value));
  }
  /**
   * Whether the word at `index` stands where a keyword can: not a property key (`n.grant`), a
   * parameter (`$use`), a label or map key (`:Show`) or an alias (`AS calls`).
   */
  inKeywordPlace(index: number): boolean {
    const previous = this.tokens[index - 1];
    if (!previous) return true;
    if (previous.kind === 'symbol' && ['.', '$', ':'].includes(previous.text)) return false;
    return !(previous.kind === 'word' && previous.value === 'AS');
  }
  /** Whether the word at `index` is followed by another word that continues a command (not `AS`, `AND`…). */
  followedByCommandWord(index: number): boolean {
    const next = this.tokens[index + 1];
    if (!next) return false;
    if (next.kind === 'name') return true;
    return next.kind === 'word' && !EXPRESSION_FOLLOWERS.has(next.value);
  }
}

/**
 * The leading EXPLAIN or PROFILE, if any, after optional `CYPHER 5 runtime=slotted`-style options;
 * the rest of the checks apply to the whole text all the same.
 */
function modeOf(cursor: TokenCursor): CheckedQuery {
  let at = 0;
  if (cursor.isWord(0, 'CYPHER')) {
    at = cursor.at(1)?.kind === 'number' ? 2 : 1;
    while (cursor.isWord(at) && cursor.at(at + 1)?.text === '=') at += 3;
  }
  const prefix = cursor.at(at);
  if (prefix && cursor.isWord(at, 'EXPLAIN')) return { mode: 'explain', prefix };
  if (prefix && cursor.isWord(at, 'PROFILE')) return { mode: 'profile', prefix };
  return { mode: 'run' };
}

/** Neo4j reports a second statement at "line 0, column 0": point at it in the analyst's text instead. */
function assertOneStatement(query: string, tokens: Token[]): void {
  const separator = tokens.findIndex((token, index) => token.text === ';' && index < tokens.length - 1);
  if (separator < 0) return;
  const second = tokens[separator + 1];
  const at = second ? lineAndColumn(query, second.start) : undefined;
  throw refusedAt(
    query,
    second,
    'multiple-statements-refused',
    `One statement per query: a second statement starts at line ${at?.line}, column ${at?.column}.`,
  );
}

/** `CALL name…` in a keyword's place, with its dotted, possibly `quoted` name; subqueries are not calls. */
function procedureNameAt(cursor: TokenCursor, index: number): string | undefined {
  const next = cursor.at(index + 1);
  if (!next || (next.kind !== 'word' && next.kind !== 'name')) return undefined;
  // `WITH call AS c`, `call IN list`: a value named call. A name followed by `.` or `(` is still a call.
  const after = cursor.at(index + 2)?.text;
  if (next.kind === 'word' && EXPRESSION_FOLLOWERS.has(next.value) && after !== '.' && after !== '(') {
    return undefined;
  }
  const parts: string[] = [];
  let at = index + 1;
  for (;;) {
    const part = cursor.at(at);
    if (!part || (part.kind !== 'word' && part.kind !== 'name')) break;
    parts.push(part.kind === 'word' ? part.text : part.value);
    if (cursor.at(at + 1)?.text !== '.') break;
    at += 2;
  }
  return parts.join('.').toLowerCase();
}

/** Every `}` that closes a `CALL { … }` or `CALL (x) { … }` subquery, by token index. */
function subqueryEnds(cursor: TokenCursor): Set<number> {
  const ends = new Set<number>();
  const parens: boolean[] = [];
  const braces: boolean[] = [];
  let parenAfterCall = false;
  cursor.tokens.forEach((token, index) => {
    const previous = cursor.at(index - 1);
    const afterCall = cursor.isWord(index - 1, 'CALL') && cursor.inKeywordPlace(index - 1);
    if (token.text === '(') parens.push(afterCall);
    else if (token.text === ')') parenAfterCall = parens.pop() ?? false;
    else if (token.text === '{') braces.push(afterCall || (previous?.text === ')' && parenAfterCall));
    else if (token.text === '}' && braces.pop()) ends.add(index);
    if (token.text !== ')') parenAfterCall = false;
  });
  return ends;
}

/** Throws a 400 naming the first thing refused, with its position; else says how the query is to run. */
export function assertAllowedQuery(query: string): CheckedQuery {
  const tokens = tokenize(query);
  assertPlainText(query, tokens);
  assertOneStatement(query, tokens);
  const cursor = new TokenCursor(tokens);
  const checked = modeOf(cursor);
  const closesSubquery = subqueryEnds(cursor);

  for (const [index, token] of tokens.entries()) {
    if (closesSubquery.has(index) && cursor.isWord(index + 1, 'IN')) {
      throw refusedAt(
        query,
        cursor.at(index + 1),
        'query-refused',
        'CALL { … } IN TRANSACTIONS is refused: it exists for batched writes.',
      );
    }
    if (token.kind !== 'word' || !cursor.inKeywordPlace(index)) continue;
    const next = cursor.at(index + 1);
    const nextValue = next?.kind === 'word' ? next.value : undefined;
    const word = token.value;

    if (word === 'LOAD' && nextValue === 'CSV') {
      throw refusedAt(
        query,
        token,
        'file-and-network-access-refused',
        'LOAD CSV is refused: analyst queries may not read files or reach the network.',
      );
    }
    if (word === 'USE' && cursor.followedByCommandWord(index)) {
      throw refusedAt(
        query,
        token,
        'query-refused',
        'USE is refused: analyst queries run on the explorer’s database only.',
      );
    }
    const objectIndex =
      cursor.isWord(index + 1, 'OR') && cursor.isWord(index + 2, 'REPLACE') ? index + 3 : index + 1;
    const object = cursor.at(objectIndex);
    if (
      (word === 'CREATE' && object?.kind === 'word' && ADMIN_OBJECTS.has(object.value)) ||
      (ADMIN_VERBS.has(word) && cursor.followedByCommandWord(index)) ||
      ((word === 'START' || word === 'STOP') && (nextValue === 'DATABASE' || nextValue === 'SERVER')) ||
      (word === 'TERMINATE' && cursor.followedByCommandWord(index))
    ) {
      throw refusedAt(
        query,
        token,
        'admin-command-refused',
        'Schema and administration commands are refused: analyst queries may only read.',
      );
    }
    if (PRIVILEGE_VERBS.has(word) && cursor.followedByCommandWord(index)) {
      throw refusedAt(
        query,
        token,
        'admin-command-refused',
        'Privilege commands are refused: analyst queries may only read.',
      );
    }
    if (word === 'SHOW' && cursor.followedByCommandWord(index)) {
      let at = index + 1;
      while (cursor.at(at)?.kind === 'word' && SHOW_MODIFIERS.has(cursor.at(at)?.value ?? '')) at += 1;
      const shown = cursor.at(at);
      if (!(shown?.kind === 'word' && SHOW_ALLOWED.has(shown.value))) {
        throw refusedAt(
          query,
          token,
          'admin-command-refused',
          'Only SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS are allowed here.',
        );
      }
    }
    if (word === 'CALL') {
      const name = procedureNameAt(cursor, index);
      if (name !== undefined && !ALLOWED_PROCEDURES.has(name)) {
        const refusal = procedureRefused(name);
        refusal.extra.position = lineAndColumn(query, token.start);
        throw refusal;
      }
    }
  }
  return checked;
}
