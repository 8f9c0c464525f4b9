// Relationships among what is on the canvas. Like Bloom, the canvas shows every relationship
// between the nodes on it, so new nodes arrive with their links to each other and to the rest;
// a shared URL (which names nodes only) then rebuilds exactly the same graph.
import type { WireEdge, WireNode } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import { mapLimit } from '../api/map-limit.ts';

/** Above this many new nodes, only their links to the expanded node come (one request each is too many). */
export const LINK_LOOKUP_MAX = 120;
const NEIGHBOUR_LIMIT = 500;

export interface Linked {
  nodes: Map<string, WireNode>;
  edges: WireEdge[];
  /** Ids the API did not know (deleted since a URL was shared). */
  missing: string[];
}

/** For each id, its relationships to any node in `universe` (ids included). */
export async function linksAmong(
  api: ApiClient,
  ids: readonly string[],
  universe: ReadonlySet<string>,
): Promise<Linked> {
  const nodes = new Map<string, WireNode>();
  const edges = new Map<string, WireEdge>();
  const missing: string[] = [];
  await mapLimit(ids, 6, async (id) => {
    try {
      // groupAbove past the limit: here we want the relationships, never the groups.
      const response = await api.neighbours(id, { limit: NEIGHBOUR_LIMIT, groupAbove: 10_000 });
      const centre = response.graph.nodes.find((node) => node.id === id);
      if (centre) nodes.set(id, centre);
      for (const edge of response.graph.edges) {
        if (universe.has(edge.source) && universe.has(edge.target)) edges.set(edge.id, edge);
      }
    } catch (error) {
      if (error instanceof Error && 'status' in error && error.status === 404) missing.push(id);
      else throw error;
    }
  });
  return { nodes, edges: [...edges.values()], missing };
}
