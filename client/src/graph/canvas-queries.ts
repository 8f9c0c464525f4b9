// Read-only questions about what the canvas holds, in wire shapes (group pseudo-nodes left out).
import type { Core, NodeSingular } from 'cytoscape';
import type { WireEdge, WireNode } from '../../../server/contract/graph.ts';
import { type EdgeData, fromEdgeData, fromNodeData, type GroupData, type NodeData } from './elements.ts';
import type { Selection } from './interactions.ts';

/** The elements with these ids, in one pass (ids may be in the thousands). */
export function byIds(cy: Core, ids: readonly string[]) {
  const wanted = new Set(ids);
  return cy.elements().filter((element) => wanted.has(element.id()));
}

export function nodeOf(cy: Core, id: string): WireNode | undefined {
  const node = cy.$id(id);
  return node.nonempty() && node.isNode() && !node.hasClass('group')
    ? fromNodeData(node.data() as NodeData)
    : undefined;
}

export function edgeOf(cy: Core, id: string): WireEdge | undefined {
  const edge = cy.$id(id);
  return edge.nonempty() && edge.isEdge() && !edge.hasClass('group-edge')
    ? fromEdgeData(edge.data() as EdgeData)
    : undefined;
}

/** The classes that take a node off the canvas (graph-style.ts draws them with display: none). */
export const OFF_CANVAS = '.hidden, .out-of-window, .out-of-status, .filtered-out, .off-map';

export function realNodes(cy: Core, visibleOnly: boolean): WireNode[] {
  const nodes = cy.nodes().not('.group, .preview');
  // By class, not ':visible': the style is recomputed lazily, so right after a hide ':visible' still
  // holds and the legend, refreshed at once, would count the node just hidden.
  return (visibleOnly ? nodes.not(OFF_CANVAS) : nodes).map((node) => fromNodeData(node.data() as NodeData));
}

export function realEdges(cy: Core, visibleOnly: boolean): WireEdge[] {
  const edges = cy.edges().not('.group-edge, .preview');
  return (visibleOnly ? edges.filter(':visible') : edges).map((edge) =>
    fromEdgeData(edge.data() as EdgeData),
  );
}

export function groupsOf(cy: Core, centre: string): GroupData[] {
  return cy
    .nodes('.group')
    .filter((group) => group.data('centre') === centre)
    .map((group) => group.data() as GroupData);
}

export function selectionOf(cy: Core): Selection {
  const element = cy.$(':selected').first();
  if (element.empty()) return null;
  return { kind: element.isNode() ? 'node' : 'edge', id: element.id() };
}

/** Where an element is on screen (client coordinates): a node's centre or an edge's midpoint. */
export function clientPointOf(cy: Core, host: HTMLElement, id: string): { x: number; y: number } | null {
  const element = cy.$id(id);
  if (element.empty()) return null;
  const rect = host.getBoundingClientRect();
  const point = element.isEdge() ? element.renderedMidpoint() : (element as NodeSingular).renderedPosition();
  return { x: rect.left + point.x, y: rect.top + point.y };
}
