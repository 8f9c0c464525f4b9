// A seeded cooperation-like graph in the wire shape, for what the curated data is too small to show:
// the 20,000-edge canvas of the browser test and the render benchmark's graphs. Degrees follow a
// power law (a few hubs with hundreds of partners, most actors with a handful), as in the field.
// Pure TypeScript without Node imports: the benchmark page bundles it for the browser.
import type { WireEdge, WireGraph, WireNode } from '../../server/contract/graph.ts';

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['city', 'region', 'metropolis', 'prefecture', 'cluster', 'university', 'company'];

export interface GeneratedCanvas {
  graph: WireGraph;
  /** Model positions on a square, so a benchmark can draw without running a layout first. */
  positions: Map<string, { x: number; y: number }>;
}

/** About one actor per four partnerships; ids start with `gen-` so nothing clashes with real data. */
export function generateCanvas(edgeCount: number, seed: number): GeneratedCanvas {
  const random = mulberry32(seed);
  const nodeCount = Math.max(2, Math.round(edgeCount / 4));
  const side = Math.sqrt(nodeCount) * 60;
  const nodes: WireNode[] = [];
  const positions = new Map<string, { x: number; y: number }>();
  for (let i = 0; i < nodeCount; i++) {
    const id = `gen-${i}`;
    nodes.push({
      id,
      elementId: `4:gen:${i}`,
      labels: ['Organisation'],
      properties: { id, name: `Actor ${i}`, kind: KINDS[i % KINDS.length] ?? 'city' },
    });
    positions.set(id, { x: random() * side, y: random() * side });
  }
  const edges: WireEdge[] = [];
  const seen = new Set<string>();
  // random()³ favours low indices strongly: node 0 is a hub, the tail has few links.
  const pick = () => Math.floor(random() ** 3 * nodeCount);
  while (edges.length < edgeCount) {
    const a = pick();
    const b = Math.floor(random() * nodeCount);
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const id = `gen-e${edges.length}`;
    edges.push({
      id,
      elementId: `5:gen:${edges.length}`,
      type: 'PARTNERS_WITH',
      source: `gen-${a}`,
      target: `gen-${b}`,
      properties: { evidenceCount: 1 + Math.floor(random() * 3) },
    });
  }
  return { graph: { nodes, edges }, positions };
}
