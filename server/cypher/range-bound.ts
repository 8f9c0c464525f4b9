// Bounds list-building before a query runs. Neo4j cannot interrupt some expression evaluation once it
// has started: a comprehension or a reduce() over range(1, 20000000) keeps a database thread busy, and
// can exhaust its heap, long after the transaction was marked timed out. The size of a range() is
// known before the query runs whenever its bounds are literals, parameters or arithmetic of those, so
// such a range is refused here when it is too large, alone or multiplied with the others of the query
// (nesting multiplies them). A range whose bounds depend on the data cannot be sized here; the
// database-side watchdog (neo4j/Launcher.java) and the runner's deadline stop those.
import { isInt } from 'neo4j-driver';
import { badRequest } from '../shared/errors.ts';
import { type Token, tokenize } from './cypher-tokens.ts';

/** The most elements one range() may have. */
export const MAX_RANGE_ELEMENTS = 1_000_000;
/** The most elements all the query's ranges may have together, multiplied (nested comprehensions). */
export const MAX_RANGE_PRODUCT = 10_000_000;

type Params = Record<string, unknown>;

/** Throws a 400 `query-too-costly` when a range() of the query is statically larger than allowed. */
export function assertBoundedRanges(query: string, params: Params): void {
  let product = 1;
  for (const args of rangeArguments(query)) {
    const values = args.map((arg) => evaluate(arg, params));
    if (values.some((value) => value === undefined)) continue;
    const [start, end, step = 1] = values as number[];
    const size = rangeSize(start ?? 0, end ?? 0, step);
    if (size > MAX_RANGE_ELEMENTS) {
      throw badRequest(
        'query-too-costly',
        `range(${args.join(', ')}) has ${size.toLocaleString('en')} elements; at most ${MAX_RANGE_ELEMENTS.toLocaleString('en')} are allowed, because the database cannot stop building such a list once it has started.`,
      );
    }
    product *= Math.max(1, size);
    if (product > MAX_RANGE_PRODUCT) {
      throw badRequest(
        'query-too-costly',
        `The ranges of this query have ${product.toLocaleString('en')} elements together when nested; at most ${MAX_RANGE_PRODUCT.toLocaleString('en')} are allowed.`,
      );
    }
  }
}

function rangeSize(start: number, end: number, step: number): number {
  if (step === 0) return 0; // Neo4j refuses a zero step itself.
  const size = Math.floor((end - start) / step) + 1;
  return Math.max(size, 0);
}

/** The argument texts of every range(…) call (strings, comments and property names are not calls). */
export function rangeArguments(query: string): string[][] {
  const tokens = tokenize(query);
  const calls: string[][] = [];
  tokens.forEach((token, index) => {
    const before = tokens[index - 1];
    const isCall =
      token.kind === 'word' &&
      token.value === 'RANGE' &&
      tokens[index + 1]?.text === '(' &&
      !(before && (before.text === '.' || before.text === '$'));
    if (!isCall) return;
    const args: string[] = [];
    let depth = 0;
    let first: Token | undefined;
    let last: Token | undefined;
    for (const inner of tokens.slice(index + 2)) {
      if (['(', '[', '{'].includes(inner.text)) depth++;
      if ([')', ']', '}'].includes(inner.text)) {
        if (depth === 0) {
          args.push(first && last ? query.slice(first.start, last.end) : '');
          if (args.length >= 2 && args.length <= 3) calls.push(args);
          return;
        }
        depth--;
      }
      if (inner.text === ',' && depth === 0) {
        args.push(first && last ? query.slice(first.start, last.end) : '');
        first = last = undefined;
        continue;
      }
      first ??= inner;
      last = inner;
    }
    // Unclosed: the database reports the syntax error.
  });
  return calls;
}

/** The editor's lexer predates `1_000_000`, which Neo4j 5 reads as one number: join the pieces. */
function joinDigitGroups(tokens: Token[]): Token[] {
  const joined: Token[] = [];
  for (const token of tokens) {
    const previous = joined.at(-1);
    if (previous?.kind === 'number' && previous.end === token.start && /^_[0-9_]*$/.test(token.text)) {
      joined[joined.length - 1] = { ...previous, text: previous.text + token.text, end: token.end };
    } else {
      joined.push(token);
    }
  }
  return joined;
}

const INTEGER = /^(?:0x[0-9a-f_]+|0o[0-7_]+|[0-9][0-9_]*)$/i;

/**
 * The value of an argument made of integer literals, parameters, + - * / and parentheses; undefined
 * for anything else (a property, a function call), which cannot be known before the query runs.
 */
export function evaluate(text: string, params: Params): number | undefined {
  const tokens = joinDigitGroups(tokenize(text));
  let position = 0;
  const peek = () => tokens[position]?.text;
  const next = () => tokens[position++];

  const primary = (): number | undefined => {
    const token = next();
    if (token === undefined) return undefined;
    if (token.text === '(') {
      const value = sum();
      return next()?.text === ')' ? value : undefined;
    }
    if (token.text === '-' || token.text === '+') {
      const value = primary();
      return value === undefined ? undefined : token.text === '-' ? -value : value;
    }
    if (token.kind === 'number' && INTEGER.test(token.text)) return Number(token.text.replace(/_/g, ''));
    if (token.text === '$') {
      const name = next();
      if (!name || (name.kind !== 'word' && name.kind !== 'name')) return undefined;
      const value = params[name.kind === 'word' ? name.text : name.value];
      if (isInt(value)) return value.toNumber();
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    }
    return undefined;
  };
  const product = (): number | undefined => {
    let value = primary();
    while (value !== undefined && (peek() === '*' || peek() === '/')) {
      const operator = next()?.text;
      const right = primary();
      if (right === undefined) return undefined;
      value = operator === '*' ? value * right : right === 0 ? undefined : Math.trunc(value / right);
    }
    return value;
  };
  const sum = (): number | undefined => {
    let value = product();
    while (value !== undefined && (peek() === '+' || peek() === '-')) {
      const operator = next()?.text;
      const right = product();
      if (right === undefined) return undefined;
      value = operator === '+' ? value + right : value - right;
    }
    return value;
  };
  const value = sum();
  return position === tokens.length ? value : undefined;
}
