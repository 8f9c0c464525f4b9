// What is drawn, in model coordinates: the input of the SVG exporter (export/svg-export.ts), which
// must not reach into Cytoscape itself.
import type { Core } from 'cytoscape';

export interface SceneNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  shape: string;
  color: string;
  borderColor: string;
  borderWidth: number;
  label: string;
  opacity: number;
  /** The node's label (Organisation, Agreement…) and kind, for the picture's legend. */
  category: string;
  kind: string | null;
}

export interface SceneEdge {
  id: string;
  points: { x: number; y: number }[];
  color: string;
  width: number;
  label: string;
  arrow: boolean;
  opacity: number;
  /** Dashed or dotted: a plan or a cancelled link (graph-style.ts), drawn so in exports too. */
  dash: string | null;
}

export interface Scene {
  box: { x: number; y: number; width: number; height: number };
  nodes: SceneNode[];
  edges: SceneEdge[];
}

const DASHES: Record<string, string> = { dashed: '6,4', dotted: '1.5,3' };

/** The scene of what is visible, or of the visible ones among `ids` (a brief's path or selection). */
export function sceneOf(cy: Core, ids?: string[]): Scene {
  const shown = cy.elements(':visible');
  const visible = ids ? shown.filter((element) => ids.includes(element.id())) : shown;
  const box = visible.boundingBox({});
  const nodes: SceneNode[] = visible.nodes().map((node) => {
    const position = node.position();
    return {
      id: node.id(),
      x: position.x,
      y: position.y,
      width: node.width(),
      height: node.height(),
      shape: String(node.style('shape')),
      color: String(node.style('background-color')),
      borderColor: String(node.style('border-color')),
      borderWidth: Number.parseFloat(String(node.style('border-width'))) || 0,
      label: String(node.data('display') ?? node.id()),
      opacity: Number(node.style('opacity')),
      category: String(node.data('label') ?? ''),
      kind: typeof node.data('props')?.kind === 'string' ? String(node.data('props').kind) : null,
    };
  });
  const edges: SceneEdge[] = visible.edges().map((edge) => {
    const source = edge.sourceEndpoint();
    const target = edge.targetEndpoint();
    const middle = edge.controlPoints?.() ?? [];
    return {
      id: edge.id(),
      points: [source, ...middle, target],
      color: String(edge.style('line-color')),
      width: Number.parseFloat(String(edge.style('width'))) || 1,
      label: String(edge.data('display') ?? ''),
      arrow: edge.style('target-arrow-shape') !== 'none',
      opacity: Number(edge.style('opacity')),
      dash: DASHES[String(edge.style('line-style'))] ?? null,
    };
  });
  return { box: { x: box.x1, y: box.y1, width: box.w, height: box.h }, nodes, edges };
}
