// Geographic layout: nodes at their places on a Mercator world, with the world outline as an SVG to
// draw behind the Cytoscape canvas (no tile server: the machines are offline).
import type { WireEdge, WireNode } from '../../../server/contract/graph.ts';
import { worldOutlineSvg } from './outline.ts';
import { placeByNeighbours, resolveAnchors } from './placement.ts';
import { MAP_HEIGHT, type Point, project } from './projection.ts';
import { placeInRows, separate, spreadColocated } from './spread.ts';

export { outlineTransform } from './outline.ts';
export { MAP_HEIGHT, MAP_WIDTH, type Point, project } from './projection.ts';

/** Distance between nodes sharing a spot, in model units: a default 30-unit node plus room for
 * its label. */
export const MAP_NODE_SPACING = 60;

export interface MapLayout {
  positions: Map<string, Point>;
  outlineSvg: string;
  project(lon: number, lat: number): Point;
}

export function computeMapLayout(graph: { nodes: WireNode[]; edges: WireEdge[] }): MapLayout {
  const { nodes, edges } = graph;
  const anchors = resolveAnchors(nodes, edges);
  const positions = spreadColocated(
    nodes.flatMap((node) => {
      const anchor = anchors.get(node.id);
      return anchor ? [{ id: node.id, x: anchor.x, y: anchor.y, centre: anchor.placeId === node.id }] : [];
    }),
    MAP_NODE_SPACING,
  );

  const byNeighbours = placeByNeighbours(nodes, edges, positions);
  // Several place-less nodes often share a centroid (topics of the same agreements): spread them too.
  const spreadNeighbours = spreadColocated(
    [...byNeighbours].map(([id, point]) => ({ id, ...point, centre: false })),
    MAP_NODE_SPACING,
  );
  for (const [id, point] of spreadNeighbours) positions.set(id, point);
  separate(positions, MAP_NODE_SPACING * 0.9);

  const rest = nodes.filter((node) => !positions.has(node.id)).map((node) => node.id);
  if (rest.length > 0) {
    // Below what is on the map (not below the whole world, which would leave the fitted view mostly
    // empty ocean); below the map's bottom edge when nothing is placed.
    const box = boundsOf(positions.values()) ?? { left: 0, right: 0, bottom: MAP_HEIGHT };
    const width = Math.max(box.right - box.left, 20 * MAP_NODE_SPACING);
    const origin = { x: box.left, y: box.bottom + 2 * MAP_NODE_SPACING };
    for (const [id, point] of placeInRows(rest, origin, width, MAP_NODE_SPACING)) positions.set(id, point);
  }

  return { positions, outlineSvg: worldOutlineSvg(), project };
}

function boundsOf(points: Iterable<Point>): { left: number; right: number; bottom: number } | undefined {
  let box: { left: number; right: number; bottom: number } | undefined;
  for (const { x, y } of points) {
    box = box
      ? { left: Math.min(box.left, x), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y) }
      : { left: x, right: x, bottom: y };
  }
  return box;
}
