// Who matters and who bridges whom on the canvas graph, computed in the browser with graphology:
// degree, betweenness (graphology-metrics) and Louvain communities. The canvas holds at most a few
// thousand nodes in the full style, where Brandes' betweenness is milliseconds; a server-side
// computation would need GDS, which the Community edition embedded here does not ship.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness';
import type { WireEdge, WireNode } from '../../../server/contract/graph.ts';

export type SizeMeasure = 'degree' | 'betweenness';

export interface Centrality {
  degree: Map<string, number>;
  betweenness: Map<string, number>;
  /** Louvain community of each node (0 = the largest community). */
  community: Map<string, number>;
  communityCount: number;
}

/** One undirected simple graph of the canvas: parallel links count once (who is tied to whom). */
export function toGraphology(nodes: readonly WireNode[], edges: readonly WireEdge[]): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of nodes) graph.mergeNode(node.id);
  for (const edge of edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.mergeEdge(edge.source, edge.target);
  }
  return graph;
}

/** A seeded generator, so the same canvas gets the same communities (and colours) every time. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function centralityOf(nodes: readonly WireNode[], edges: readonly WireEdge[]): Centrality {
  const graph = toGraphology(nodes, edges);
  const degree = new Map(graph.mapNodes((id) => [id, graph.degree(id)] as const));
  const between = graph.size > 0 ? betweenness(graph) : {};
  const raw = graph.size > 0 ? louvain(graph, { rng: seededRandom(7) }) : {};
  // Renumber communities by size, largest first, so colour 0 is always the biggest group.
  const sizes = new Map<number, number>();
  for (const id of graph.nodes()) {
    const community = raw[id] ?? -1;
    sizes.set(community, (sizes.get(community) ?? 0) + 1);
  }
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([key]) => key);
  const rank = new Map(order.map((key, index) => [key, index]));
  const community = new Map(graph.mapNodes((id) => [id, rank.get(raw[id] ?? -1) ?? 0] as const));
  return {
    degree,
    betweenness: new Map(graph.mapNodes((id) => [id, between[id] ?? 0] as const)),
    community,
    communityCount: order.length,
  };
}

/** Node diameters from a measure: the smallest 24 px, the largest 90 px, by square root (area). */
export function sizesFrom(values: ReadonlyMap<string, number>): Map<string, number> {
  const max = Math.max(0, ...values.values());
  const sizes = new Map<string, number>();
  for (const [id, value] of values) sizes.set(id, max > 0 ? 24 + 66 * Math.sqrt(value / max) : 24);
  return sizes;
}

/** Colour-blind-safe qualitative colours (Okabe–Ito, then Tol's muted), one per community. */
export const COMMUNITY_COLOURS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#d55e00',
  '#56b4e9',
  '#882255',
  '#117733',
  '#999933',
  '#332288',
];
/** Communities past the palette share one grey: they are the smallest. */
export const OTHER_COMMUNITY_COLOUR = '#9ca3af';

export const communityColour = (community: number): string =>
  COMMUNITY_COLOURS[community] ?? OTHER_COMMUNITY_COLOUR;
