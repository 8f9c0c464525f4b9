// What a brief covers: the highlighted path when there is one, else the selected link (a
// partnership) with its two ends, else the selected node with its visible links, else all the
// canvas shows.
import type { WireEdge, WireGraph } from '../../../server/contract/graph.ts';
import { nodeName } from '../graph/elements.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { t } from '../i18n/i18n.ts';

export interface BriefScope {
  title: string;
  graph: WireGraph;
  ids: string[];
}

function among(view: GraphView<unknown>, nodeIds: Set<string>, edges: WireEdge[]): WireGraph {
  return { nodes: view.nodes(true).filter((node) => nodeIds.has(node.id)), edges };
}

export function briefScope(view: GraphView<unknown>): BriefScope {
  const edges = view.edges(true);
  const nameOf = (id: string) => {
    const node = view.node(id);
    return node ? nodeName(node) : id;
  };
  const highlighted = new Set(view.highlighted());
  const pathEdges = edges.filter((edge) => highlighted.has(edge.id));
  if (pathEdges.length > 0) {
    const nodeIds = new Set(pathEdges.flatMap((edge) => [edge.source, edge.target]));
    const graph = among(view, nodeIds, pathEdges);
    // A path's ends are the nodes met once among its hops.
    const ends = [...nodeIds].filter(
      (id) => pathEdges.filter((e) => e.source === id || e.target === id).length === 1,
    );
    const title = t('brief.title.path', { from: nameOf(ends[0] ?? ''), to: nameOf(ends[1] ?? '') });
    return { title, graph, ids: [...nodeIds, ...pathEdges.map((edge) => edge.id)] };
  }
  const selected = view.selected();
  if (selected?.kind === 'edge') {
    const edge = edges.find((candidate) => candidate.id === selected.id);
    if (edge) {
      const graph = among(view, new Set([edge.source, edge.target]), [edge]);
      const name = `${nameOf(edge.source)} — ${edge.type} — ${nameOf(edge.target)}`;
      return { title: t('brief.title.edge', { name }), graph, ids: [edge.source, edge.target, edge.id] };
    }
  }
  if (selected?.kind === 'node') {
    const linked = edges.filter((edge) => edge.source === selected.id || edge.target === selected.id);
    const nodeIds = new Set([selected.id, ...linked.flatMap((edge) => [edge.source, edge.target])]);
    const graph = among(view, nodeIds, linked);
    return {
      title: t('brief.title.node', { name: nameOf(selected.id) }),
      graph,
      ids: [...nodeIds, ...linked.map((edge) => edge.id)],
    };
  }
  const graph = { nodes: view.nodes(true), edges };
  return {
    title: t('brief.title.canvas'),
    graph,
    ids: [...graph.nodes, ...graph.edges].map((item) => item.id),
  };
}
