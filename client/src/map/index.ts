// Geographic layout: nodes at their places on a Mercator world, with the world outline as an SVG to
// draw behind the Cytoscape canvas (no tile server: the machines are offline).
import type { WireEdge, WireNode } from '../../../server/contract/graph.ts';
import { worldOutlineSvg } from './outline.ts';
import { placeByNeighbours, resolveAnchors } from './placement.ts';
import { type Point, project, UNITS_PER_DEGREE } from './projection.ts';
import { separate, spreadColocated } from './spread.ts';

export { outlineTransform } from './outline.ts';
export { MAP_HEIGHT, MAP_WIDTH, type Point, project } from './projection.ts';

/** Distance between nodes sharing a spot, in model units: a default 30-unit node plus room for
 * its label. */
export const MAP_NODE_SPACING = 60;

/** A place-less node goes at the middle of its placed neighbours only when they lie this close
 * together (about a region): an agreement between Dijon and Kumamoto has no place between them. */
export const NEIGHBOUR_SPREAD = 8 * UNITS_PER_DEGREE;

export interface MapLayout {
  positions: Map<string, Point>;
  /** Nodes with no place the map can show: not drawn, listed beside the map instead. */
  offMap: string[];
  outlineSvg: string;
  project(lon: number, lat: number): Point;
}

/**
 * `spacing`: model distance between nodes sharing a spot. The caller scales it with the zoom the map
 * will be fitted at, so that co-located actors (the Kumamoto ones) are apart on screen, not a blob.
 */
export function computeMapLayout(
  graph: { nodes: WireNode[]; edges: WireEdge[] },
  spacing = MAP_NODE_SPACING,
): MapLayout {
  const { nodes, edges } = graph;
  const anchors = resolveAnchors(nodes, edges);
  const positions = spreadColocated(
    nodes.flatMap((node) => {
      const anchor = anchors.get(node.id);
      return anchor ? [{ id: node.id, x: anchor.x, y: anchor.y, centre: anchor.placeId === node.id }] : [];
    }),
    spacing,
  );

  const byNeighbours = placeByNeighbours(nodes, edges, positions, 4, NEIGHBOUR_SPREAD);
  // Several place-less nodes often share a centroid (topics of the same agreements): spread them too.
  const spreadNeighbours = spreadColocated(
    [...byNeighbours].map(([id, point]) => ({ id, ...point, centre: false })),
    spacing,
  );
  for (const [id, point] of spreadNeighbours) positions.set(id, point);
  separate(positions, spacing * 0.9);

  const offMap = nodes.filter((node) => !positions.has(node.id)).map((node) => node.id);
  return { positions, offMap, outlineSvg: worldOutlineSvg(), project };
}

/** The box of some points, or null when there are none. */
export function boundsOf(
  points: Iterable<Point>,
): { left: number; right: number; top: number; bottom: number } | null {
  let box: { left: number; right: number; top: number; bottom: number } | null = null;
  for (const { x, y } of points) {
    box = box
      ? {
          left: Math.min(box.left, x),
          right: Math.max(box.right, x),
          top: Math.min(box.top, y),
          bottom: Math.max(box.bottom, y),
        }
      : { left: x, right: x, top: y, bottom: y };
  }
  return box;
}

/**
 * The spacing that keeps nodes sharing a spot about `screenGap` pixels apart once the map is fitted
 * to a `viewport` (with the fit's padding): the fitted zoom comes from the anchors' extent.
 */
export function fittedSpacing(
  anchors: Iterable<Point>,
  viewport: { width: number; height: number },
  screenGap = 30,
  padding = 40,
): number {
  const box = boundsOf(anchors);
  if (!box) return MAP_NODE_SPACING;
  const width = Math.max(box.right - box.left, 1);
  const height = Math.max(box.bottom - box.top, 1);
  const zoom = Math.min((viewport.width - 2 * padding) / width, (viewport.height - 2 * padding) / height, 1);
  return Math.max(MAP_NODE_SPACING, screenGap / Math.max(zoom, 1e-3));
}
