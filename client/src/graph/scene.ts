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
}

export interface SceneEdge {
  id: string;
  points: { x: number; y: number }[];
  color: string;
  width: number;
  label: string;
  arrow: boolean;
  opacity: number;
}

export interface Scene {
  box: { x: number; y: number; width: number; height: number };
  nodes: SceneNode[];
  edges: SceneEdge[];
}

export function sceneOf(cy: Core): Scene {
  const visible = cy.elements(':visible');
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
    };
  });
  return { box: { x: box.x1, y: box.y1, width: box.w, height: box.h }, nodes, edges };
}
