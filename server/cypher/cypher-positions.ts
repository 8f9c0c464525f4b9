// The plan check sends Neo4j a text that differs from the analyst's (an `EXPLAIN ` prefix, or EXPLAIN
// in place of PROFILE). Errors must still point into what the analyst wrote: this puts the position,
// the `(line …, column … (offset: …))` of the message and the excerpt Neo4j echoes back into the
// analyst's own text.
import { AppError } from '../shared/errors.ts';
import { lineAndColumn } from './cypher-tokens.ts';

/** What was sent instead of the analyst's text: `sent` is `analyst` shifted right by `shift` characters. */
export interface SentText {
  analyst: string;
  sent: string;
  shift: number;
}

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

const lineOf = (text: string, line: number) => text.split('\n')[line - 1] ?? '';

/** Rewrites the error's position and message in place; errors without a position are left as they are. */
export function inAnalystText(error: unknown, text: SentText): unknown {
  if (!(error instanceof AppError)) return error;
  const match = POSITION.exec(error.message);
  const reported = error.extra.position as { offset: number } | undefined;
  if (!match && !reported) return error;
  const sentOffset = match ? Number(match[3]) : (reported?.offset ?? 0);
  const sentLine = match ? Number(match[1]) : lineAndColumn(text.sent, sentOffset).line;
  const offset = Math.min(Math.max(0, sentOffset - text.shift), text.analyst.length);
  const position = lineAndColumn(text.analyst, offset);
  error.extra.position = position;
  if (!match) return error;

  const echoed = `"${lineOf(text.sent, sentLine)}"`;
  const lines = error.message.split('\n');
  const echoAt = lines.indexOf(echoed);
  if (echoAt >= 0) {
    lines[echoAt] = `"${lineOf(text.analyst, position.line)}"`;
    // The caret sits under the column, one further right for the opening quote.
    if (/^\s*\^\s*$/.test(lines[echoAt + 1] ?? '')) lines[echoAt + 1] = `${' '.repeat(position.column)}^`;
  }
  const message = lines
    .join('\n')
    .replace(POSITION, `(line ${position.line}, column ${position.column} (offset: ${position.offset}))`);
  const rewritten = new AppError(error.status, error.code, message, error.extra);
  rewritten.cause = error.cause;
  return rewritten;
}
