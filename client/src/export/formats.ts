// JSON and CSV exports of the canvas, with every property (sources and quotes included).
import type { JsonValue, WireEdge, WireGraph, WireNode } from '../../../server/contract/graph.ts';

/** `sources`: the cited sources named by title, publisher, date and URL. */
export function toJson(graph: WireGraph, sources?: string[]): string {
  return JSON.stringify(
    {
      exportedAt: new Date().toISOString(),
      ...(sources ? { sources } : {}),
      nodes: graph.nodes,
      edges: graph.edges,
    },
    null,
    2,
  );
}

/** Property keys in a stable order: the usual ones first, then the rest alphabetically. */
export function propertyKeys(items: { properties: Record<string, JsonValue> }[], first: string[]): string[] {
  const keys = new Set<string>();
  for (const item of items) for (const key of Object.keys(item.properties)) keys.add(key);
  const leading = first.filter((key) => keys.has(key));
  const rest = [...keys].filter((key) => !first.includes(key)).sort();
  return [...leading, ...rest];
}

/** Scalars as text; lists and objects (sources, quotes, evidence) as JSON. */
export function cellValue(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A plain negative number, which spreadsheets read as a number, not a formula. */
const PLAIN_NEGATIVE_NUMBER = /^-(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * Whether a spreadsheet could run the cell as a formula (OWASP CSV injection): it starts with a tab
 * or carriage return, or its first non-blank character is = + - @. Spreadsheets fold full-width
 * forms (＝ ＋ － ＠) and skip leading blanks, so the check looks at the NFKC form, trimmed.
 */
export function needsFormulaGuard(raw: string): boolean {
  const normalized = raw.normalize('NFKC');
  if (/^[\t\r]/.test(normalized)) return true;
  if (PLAIN_NEGATIVE_NUMBER.test(raw)) return false;
  return /^[=+\-@]/.test(normalized.trimStart());
}

export function csvCell(raw: string): string {
  // A leading quote makes spreadsheets show the text as typed instead of evaluating it.
  const value = needsFormulaGuard(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csv(rows: string[][]): string {
  // CRLF line ends and a BOM, so spreadsheet programs read UTF-8 accents correctly.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

// Status comes early: an analyst reading the sheet must not take a plan for a fact.
const NODE_FIRST = ['name', 'nameEn', 'kind', 'status', 'aliases'];
const EDGE_FIRST = ['status', 'since', 'date', 'role', 'title'];
const TRAILING = ['sources', 'sourceTitles', 'quotes'];

/**
 * Property columns after the fixed ones. The wire id is the `id` property whenever that is a string,
 * so an `id` property equal to it would be a second `id` column; one that differs (a number from an
 * analyst's query) is kept, under a name that does not repeat the first column's.
 */
function propertyColumns(items: (WireNode | WireEdge)[], first: string[]) {
  const keys = propertyKeys(items, first).filter((key) => !TRAILING.includes(key));
  const idDiffers = items.some((item) => item.properties.id !== undefined && item.properties.id !== item.id);
  return [...keys, ...TRAILING].flatMap((key) => {
    if (key !== 'id') return [{ header: key, key }];
    return idDiffers ? [{ header: 'property:id', key }] : [];
  });
}

export function nodesCsv(nodes: WireNode[]): string {
  const columns = propertyColumns(nodes, NODE_FIRST);
  return csv([
    ['id', 'labels', ...columns.map((column) => column.header)],
    ...nodes.map((node) => [
      node.id,
      node.labels.join(';'),
      ...columns.map(({ key }) => cellValue(node.properties[key])),
    ]),
  ]);
}

export function edgesCsv(edges: WireEdge[]): string {
  const columns = propertyColumns(edges, EDGE_FIRST);
  return csv([
    ['id', 'type', 'source', 'target', ...columns.map((column) => column.header)],
    ...edges.map((edge) => [
      edge.id,
      edge.type,
      edge.source,
      edge.target,
      ...columns.map(({ key }) => cellValue(edge.properties[key])),
    ]),
  ]);
}
