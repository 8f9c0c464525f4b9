// Map layout. The map helper's module (client/src/map/index.ts) places actors at their Place's
// coordinates and draws the world outline; it is loaded when present. Until then a local fallback
// projects lat/lon directly (equirectangular) and draws no outline.
import type { WireEdge, WireNode } from '../../../server/contract/graph.ts';

export interface MapLayoutResult {
  positions: Map<string, { x: number; y: number }>;
  outlineSvg: string;
}

interface MapModule {
  computeMapLayout(graph: { nodes: WireNode[]; edges: WireEdge[] }): MapLayoutResult;
}

// A glob, not a plain import, so the build still works before the map module exists.
const mapModules = import.meta.glob<MapModule>('../map/index.ts');

export async function computeMapLayout(graph: {
  nodes: WireNode[];
  edges: WireEdge[];
}): Promise<MapLayoutResult> {
  const load = mapModules['../map/index.ts'];
  if (load) {
    const module = await load();
    if (typeof module.computeMapLayout === 'function') return module.computeMapLayout(graph);
  }
  return fallbackMapLayout(graph);
}

const SCALE = 12;
const PLACE_LINKS = new Set(['LOCATED_IN', 'GOVERNS', 'HELD_IN', 'HAS_OFFICE_IN']);

function coordinates(node: WireNode | undefined): { lat: number; lon: number } | null {
  const lat = node?.properties.lat;
  const lon = node?.properties.lon;
  return typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : null;
}

export function fallbackMapLayout(graph: { nodes: WireNode[]; edges: WireEdge[] }): MapLayoutResult {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const positions = new Map<string, { x: number; y: number }>();
  const project = ({ lat, lon }: { lat: number; lon: number }) => ({ x: lon * SCALE, y: -lat * SCALE });
  for (const node of graph.nodes) {
    const here = coordinates(node);
    if (here) positions.set(node.id, project(here));
  }
  for (const edge of graph.edges) {
    if (!PLACE_LINKS.has(edge.type) || positions.has(edge.source)) continue;
    const place = coordinates(byId.get(edge.target));
    if (place) positions.set(edge.source, project(place));
  }
  // Nodes sharing a spot fan out in a small circle so each stays clickable.
  const bySpot = new Map<string, string[]>();
  for (const [id, point] of positions) {
    const key = `${Math.round(point.x)}:${Math.round(point.y)}`;
    bySpot.set(key, [...(bySpot.get(key) ?? []), id]);
  }
  for (const ids of bySpot.values()) {
    if (ids.length < 2) continue;
    ids.forEach((id, index) => {
      const point = positions.get(id);
      if (!point) return;
      const angle = (2 * Math.PI * index) / ids.length;
      const radius = 26 + 5 * ids.length;
      positions.set(id, { x: point.x + radius * Math.cos(angle), y: point.y + radius * Math.sin(angle) });
    });
  }
  // The rest: next to a placed neighbour, else in a row under the map.
  let unplaced = 0;
  for (const node of graph.nodes) {
    if (positions.has(node.id)) continue;
    const neighbour = graph.edges
      .map((edge) => (edge.source === node.id ? edge.target : edge.target === node.id ? edge.source : null))
      .map((id) => (id ? positions.get(id) : undefined))
      .find((point) => point !== undefined);
    if (neighbour) {
      positions.set(node.id, { x: neighbour.x + 40, y: neighbour.y + 40 });
    } else {
      positions.set(node.id, { x: -1800 + (unplaced % 30) * 120, y: 1100 + Math.floor(unplaced / 30) * 80 });
      unplaced += 1;
    }
  }
  return { positions, outlineSvg: '' };
}
