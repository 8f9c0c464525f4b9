// How result values read in the Table tab: graph elements compactly (a node by its name, a
// relationship by its type, a path by its nodes), everything else as plain JSON.
import type { JsonValue, WireEdge, WireGraph, WireNode } from '../../../server/contract/graph.ts';

/** Longer cell texts are cut; the full value stays in the JSON tab and the cell's tooltip. */
export const CELL_MAX_LENGTH = 160;

type JsonObject = { [key: string]: JsonValue };
const isObject = (value: JsonValue): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isWireNode = (value: JsonValue): value is WireNode & JsonObject =>
  isObject(value) &&
  Array.isArray(value.labels) &&
  typeof value.elementId === 'string' &&
  isObject(value.properties ?? null);

export const isWireEdge = (value: JsonValue): value is WireEdge & JsonObject =>
  isObject(value) &&
  typeof value.type === 'string' &&
  typeof value.source === 'string' &&
  typeof value.target === 'string' &&
  typeof value.elementId === 'string';

/** The mapper returns a path as the graph of its elements, nodes in walking order. */
export const isWireGraph = (value: JsonValue): value is WireGraph & JsonObject =>
  isObject(value) &&
  Array.isArray(value.nodes) &&
  Array.isArray(value.edges) &&
  Object.keys(value).length === 2;

/** The most readable name a node has. The shared :Entity label says nothing, so it is skipped. */
export function nodeCaption(node: WireNode): string {
  const { name, nameEn, title, id } = node.properties;
  const caption = [name, nameEn, title, id].find((value) => typeof value === 'string' && value !== '');
  return typeof caption === 'string' ? caption : node.id;
}

function nodeLabel(node: WireNode): string {
  const label = node.labels.find((item) => item !== 'Entity') ?? node.labels[0];
  return label ? `:${label}` : '';
}

/** The full text of a value; formatCell() cuts it to fit a cell. */
export function formatValue(value: JsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (isWireNode(value)) {
    const label = nodeLabel(value);
    return label ? `(${label} ${nodeCaption(value)})` : `(${nodeCaption(value)})`;
  }
  if (isWireEdge(value)) return `[:${value.type}]`;
  if (isWireGraph(value)) {
    const captions = value.nodes.map((node) => (isWireNode(node) ? nodeCaption(node) : '?'));
    return `${captions.join(' → ')} (${value.edges.length} hops)`;
  }
  return JSON.stringify(value);
}

export function formatCell(value: JsonValue | undefined): string {
  const text = formatValue(value ?? null);
  return text.length > CELL_MAX_LENGTH ? `${text.slice(0, CELL_MAX_LENGTH - 1)}…` : text;
}
