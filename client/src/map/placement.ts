// Where each node of a graph belongs on the map: its own coordinates, else the place it is tied to
// by a locating relationship, else the middle of its placed neighbours.
import type { JsonValue, WireEdge, WireNode } from '../../../server/contract/graph.ts';
import { type Point, project } from './projection.ts';

/** Relationships that say where a node is, in the order they are trusted. Only the first
 * HAS_OFFICE_IN counts: an organisation with offices abroad still belongs at home. */
const LOCATING_TYPES = ['GOVERNS', 'LOCATED_IN', 'HAS_OFFICE_IN', 'HELD_IN', 'PART_OF'] as const;

export interface Anchor extends Point {
  /** The node whose coordinates were used: a node anchored at itself is the centre of its spot. */
  placeId: string;
}

const coordinate = (value: JsonValue | undefined): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function ownAnchor(node: WireNode): Anchor | undefined {
  const lat = coordinate(node.properties.lat);
  const lon = coordinate(node.properties.lon);
  if (lat === undefined || lon === undefined) return undefined;
  return { ...project(lon, lat), placeId: node.id };
}

/** Geographic anchors for every node that has coordinates or reaches a node that has them. */
export function resolveAnchors(nodes: WireNode[], edges: WireEdge[]): Map<string, Anchor> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const outgoing = new Map<string, WireEdge[]>();
  for (const edge of edges) {
    if (!byId.has(edge.target)) continue;
    const list = outgoing.get(edge.source) ?? [];
    list.push(edge);
    outgoing.set(edge.source, list);
  }

  const anchors = new Map<string, Anchor | null>();
  const visiting = new Set<string>();
  const anchorOf = (id: string): Anchor | null => {
    const known = anchors.get(id);
    if (known !== undefined) return known;
    // A PART_OF or LOCATED_IN cycle: give up on this branch, the caller tries its next edge.
    if (visiting.has(id)) return null;
    const node = byId.get(id);
    if (!node) return null;
    visiting.add(id);
    let anchor: Anchor | null = ownAnchor(node) ?? null;
    const out = outgoing.get(id) ?? [];
    for (const type of LOCATING_TYPES) {
      if (anchor) break;
      const candidates = out.filter((edge) => edge.type === type);
      for (const edge of type === 'HAS_OFFICE_IN' ? candidates.slice(0, 1) : candidates) {
        anchor = anchorOf(edge.target);
        if (anchor) break;
      }
    }
    visiting.delete(id);
    anchors.set(id, anchor);
    return anchor;
  };

  const result = new Map<string, Anchor>();
  for (const node of nodes) {
    const anchor = anchorOf(node.id);
    if (anchor) result.set(node.id, anchor);
  }
  return result;
}

/** Positions for nodes without an anchor: the centroid of their positioned neighbours, repeated so
 * that a chain (topic → agreement → organisation) resolves; each round uses only the previous one. */
export function placeByNeighbours(
  nodes: WireNode[],
  edges: WireEdge[],
  placed: ReadonlyMap<string, Point>,
  maxRounds = 4,
  /** Neighbours farther than this from their middle leave the node unplaced (null: no limit). */
  maxSpread: number | null = null,
): Map<string, Point> {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a) ?? [];
    list.push(b);
    neighbours.set(a, list);
  };
  for (const edge of edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }

  const known = new Map(placed);
  const added = new Map<string, Point>();
  for (let round = 0; round < maxRounds; round++) {
    const found = new Map<string, Point>();
    for (const node of nodes) {
      if (known.has(node.id)) continue;
      const around = (neighbours.get(node.id) ?? []).flatMap((id) => known.get(id) ?? []);
      if (around.length === 0) continue;
      const middle = {
        x: around.reduce((sum, p) => sum + p.x, 0) / around.length,
        y: around.reduce((sum, p) => sum + p.y, 0) / around.length,
      };
      if (maxSpread !== null && around.some((p) => Math.hypot(p.x - middle.x, p.y - middle.y) > maxSpread))
        continue;
      found.set(node.id, middle);
    }
    if (found.size === 0) break;
    for (const [id, point] of found) {
      known.set(id, point);
      added.set(id, point);
    }
  }
  return added;
}
