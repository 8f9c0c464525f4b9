// Rebuilds a shared view: the nodes by id with the relationships among them (one subgraph request).
import type { WireGraph } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import { linksAmong } from '../explore/links.ts';

export async function nodesWithLinks(
  api: ApiClient,
  ids: string[],
): Promise<{ graph: WireGraph; missing: string[]; truncated: boolean }> {
  const linked = await linksAmong(api, ids, new Set(ids));
  return {
    graph: { nodes: ids.flatMap((id) => linked.nodes.get(id) ?? []), edges: linked.edges },
    missing: linked.missing,
    truncated: linked.truncated,
  };
}

export function onlyIds(graph: WireGraph, ids: string[]): WireGraph {
  const wanted = new Set(ids);
  return {
    nodes: graph.nodes.filter((node) => wanted.has(node.id)),
    edges: graph.edges.filter((edge) => wanted.has(edge.source) && wanted.has(edge.target)),
  };
}
