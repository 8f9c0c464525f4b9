// Where a Neo4j error points, in the editor's own text. The workbench sends the query trimmed (the
// API trims it anyway), so Neo4j's line, column and offset count from the first non-blank
// character; the editor may hold blank lines or spaces before it.

export interface ErrorPosition {
  /** 1-based, as Neo4j reports them. */
  line: number;
  column: number;
  /** 0-based character offset. */
  offset: number;
}

/** The position an API error carries, if any (`offset` is optional there). */
export function positionOf(error: unknown): { line: number; column: number; offset?: number } | undefined {
  const position = (error as { position?: Partial<ErrorPosition> } | null)?.position;
  if (!position || typeof position.line !== 'number' || typeof position.column !== 'number') return undefined;
  return {
    line: position.line,
    column: position.column,
    ...(typeof position.offset === 'number' ? { offset: position.offset } : {}),
  };
}

function offsetOfLineColumn(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  return lines.slice(0, line - 1).reduce((sum, item) => sum + item.length + 1, 0) + column - 1;
}

/** Maps a position in `editorText.trim()` back onto `editorText`. */
export function toEditorPosition(
  editorText: string,
  position: { line: number; column: number; offset?: number },
): ErrorPosition {
  const sent = editorText.trim();
  const leading = editorText.length - editorText.trimStart().length;
  const inSent = position.offset ?? offsetOfLineColumn(sent, position.line, position.column);
  const offset = Math.max(0, Math.min(editorText.length, leading + inSent));
  const before = editorText.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1, offset };
}
