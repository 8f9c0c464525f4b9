// Relationships among what is on the canvas. Like Bloom, the canvas shows every relationship
// between the nodes on it, so new nodes arrive with their links to each other and to the rest;
// a shared URL (which names nodes only) then rebuilds exactly the same graph. One subgraph request
// answers for up to SUBGRAPH_MAX_IDS nodes; bigger canvases take a few, chunk by chunk.
import type { WireEdge, WireNode } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import { mapLimit } from '../api/map-limit.ts';

export interface Linked {
  nodes: Map<string, WireNode>;
  edges: WireEdge[];
  /** Ids the API did not know (deleted since a URL was shared). */
  missing: string[];
  /** The API left links out to keep an answer within its bounds. */
  truncated: boolean;
}

/** The API's cap on ids per subgraph request (SUBGRAPH_MAX_IDS in server/contract/api.ts, which the
 * client imports types from only, to keep zod out of its bundle; a unit test keeps the two equal). */
export const SUBGRAPH_MAX_IDS = 5_000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/**
 * The id sets to ask for so that every pair (new, new) and (new, known) shares one request: one set
 * when all fit, else each half-size chunk of the new ids with each other chunk (new or known).
 */
export function subgraphRequests(fresh: readonly string[], known: readonly string[]): string[][] {
  const freshSet = new Set(fresh);
  const others = known.filter((id) => !freshSet.has(id));
  if (fresh.length + others.length <= SUBGRAPH_MAX_IDS) return fresh.length ? [[...fresh, ...others]] : [];
  const half = Math.floor(SUBGRAPH_MAX_IDS / 2);
  const freshChunks = chunks(fresh, half);
  const otherChunks = chunks(others, half);
  const requests: string[][] = [];
  freshChunks.forEach((chunk, index) => {
    requests.push(chunk);
    for (const later of freshChunks.slice(index + 1)) requests.push([...chunk, ...later]);
    for (const other of otherChunks) requests.push([...chunk, ...other]);
  });
  return requests;
}

/** The nodes `ids` and their relationships with each other and with any node of `universe`. */
export async function linksAmong(
  api: ApiClient,
  ids: readonly string[],
  universe: ReadonlySet<string>,
): Promise<Linked> {
  const nodes = new Map<string, WireNode>();
  const edges = new Map<string, WireEdge>();
  let truncated = false;
  const wanted = new Set(ids);
  await mapLimit(subgraphRequests(ids, [...universe]), 2, async (request) => {
    const response = await api.subgraph(request);
    truncated ||= response.truncated;
    for (const node of response.nodes) if (wanted.has(node.id)) nodes.set(node.id, node);
    for (const edge of response.edges) edges.set(edge.id, edge);
  });
  const missing = ids.filter((id) => !nodes.has(id));
  return { nodes, edges: [...edges.values()], missing, truncated };
}
