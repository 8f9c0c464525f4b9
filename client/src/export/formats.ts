// JSON and CSV exports of the canvas, with every property (sources and quotes included).
import type { JsonValue, WireEdge, WireGraph, WireNode } from '../../../server/contract/graph.ts';

export function toJson(graph: WireGraph): string {
  return JSON.stringify(
    { exportedAt: new Date().toISOString(), nodes: graph.nodes, edges: graph.edges },
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

function csvCell(raw: string): string {
  // A leading = + - @ would make spreadsheets evaluate the cell as a formula.
  const value = /^[=+@\t\r]|^-(?![\d.])/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csv(rows: string[][]): string {
  // CRLF line ends and a BOM, so spreadsheet programs read UTF-8 accents correctly.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const NODE_FIRST = ['name', 'nameEn', 'kind', 'aliases'];
const EDGE_FIRST = ['since', 'date', 'role', 'title'];
const TRAILING = ['sources', 'quotes'];

export function nodesCsv(nodes: WireNode[]): string {
  const keys = propertyKeys(nodes, NODE_FIRST).filter((key) => !TRAILING.includes(key));
  const columns = [...keys, ...TRAILING];
  return csv([
    ['id', 'labels', ...columns],
    ...nodes.map((node) => [
      node.id,
      node.labels.join(';'),
      ...columns.map((key) => cellValue(node.properties[key])),
    ]),
  ]);
}

export function edgesCsv(edges: WireEdge[]): string {
  const keys = propertyKeys(edges, EDGE_FIRST).filter((key) => !TRAILING.includes(key));
  const columns = [...keys, ...TRAILING];
  return csv([
    ['id', 'type', 'source', 'target', ...columns],
    ...edges.map((edge) => [
      edge.id,
      edge.type,
      edge.source,
      edge.target,
      ...columns.map((key) => cellValue(edge.properties[key])),
    ]),
  ]);
}
