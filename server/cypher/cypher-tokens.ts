// Splits analyst Cypher into tokens with the ANTLR lexer of Neo4j's own editor tooling (the one the
// workbench editor uses), so the guard reasons about whole words: `CALLS_AT` is one name, not CALL
// followed by something, and a keyword inside a string, a comment or a `quoted name` is not a keyword.
import { createRequire } from 'node:module';

// The packages ship CommonJS and an ES build with extension-less imports that Node cannot load.
const require = createRequire(import.meta.url);

interface AntlrToken {
  type: number;
  text: string;
  start: number;
  stop: number;
  line: number;
  column: number;
}
interface AntlrLexer {
  removeErrorListeners(): void;
  getAllTokens(): AntlrToken[];
}
interface LexerClass {
  new (input: unknown): AntlrLexer;
  symbolicNames: (string | null)[];
  literalNames: (string | null)[];
}

const antlrModule = require('@neo4j-cypher/antlr4-browser') as {
  default?: { InputStream: new (text: string) => unknown };
};
const antlr = (antlrModule.default ?? antlrModule) as { InputStream: new (text: string) => unknown };
const { CypherLexer } = require('@neo4j-cypher/antlr4') as { CypherLexer: LexerClass };

/**
 * - `word`: a keyword or an unquoted name (the grammar's keywords are not reserved, so both are words);
 * - `name`: a `quoted name`; `string`, `number`; `symbol`: punctuation and operators;
 * - `escape`: a backslash escape outside a string; `error`: what the lexer could not read (an
 *   unterminated string or name, an unknown character).
 */
export type TokenKind = 'word' | 'name' | 'string' | 'number' | 'symbol' | 'escape' | 'error';

export interface Token {
  kind: TokenKind;
  /** The text as written. */
  text: string;
  /** Upper-cased text for words; the unquoted name for `name`s; the text otherwise. */
  value: string;
  /** Offset of the first character in the query (0-based) and one past the last. */
  start: number;
  end: number;
}

const NUMBER_TYPES = new Set([
  'HexInteger',
  'DecimalInteger',
  'OctalInteger',
  'ExponentDecimalReal',
  'RegularDecimalReal',
]);

function kindOf(type: number): TokenKind | 'space' {
  const symbolic = CypherLexer.symbolicNames[type];
  if (symbolic === 'SP' || symbolic === 'WHITESPACE' || symbolic === 'Comment') return 'space';
  if (symbolic === 'StringLiteral') return 'string';
  if (symbolic === 'EscapedSymbolicName') return 'name';
  if (symbolic === 'EscapedChar') return 'escape';
  if (symbolic === 'ERROR_TOKEN') return 'error';
  if (symbolic && NUMBER_TYPES.has(symbolic)) return 'number';
  if (CypherLexer.literalNames[type]) return 'symbol';
  return 'word';
}

/** The significant tokens of a query: whitespace and comments are dropped, offsets are kept. */
export function tokenize(query: string): Token[] {
  const lexer = new CypherLexer(new antlr.InputStream(query));
  // Unreadable input becomes `error` tokens, which the guard refuses; the console stays quiet.
  lexer.removeErrorListeners();
  const tokens: Token[] = [];
  for (const raw of lexer.getAllTokens()) {
    const kind = kindOf(raw.type);
    if (kind === 'space') continue;
    const text = raw.text;
    const value =
      kind === 'word' ? text.toUpperCase() : kind === 'name' ? text.slice(1, -1).replaceAll('``', '`') : text;
    tokens.push({ kind, text, value, start: raw.start, end: raw.stop + 1 });
  }
  return tokens;
}

/** Line and column (1-based, as Neo4j counts them) of an offset in a text. */
export function lineAndColumn(
  text: string,
  offset: number,
): { line: number; column: number; offset: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1, offset };
}
