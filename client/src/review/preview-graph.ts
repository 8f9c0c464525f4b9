// What committing the draft would add, as a wire graph for the canvas's preview layer: accepted
// candidates only, and a link only when both its ends are accepted, matched or already in the graph
// (the same rule the commit applies).
import type { WireEdge, WireGraph, WireNode } from '../../../server/contract/graph.ts';
import { type Draft, recordView } from './draft-types.ts';

/**
 * The graph id a node candidate stands for: the actor it was matched to (or merged into with "same
 * actor as…", which re-points its links there), else its own new id.
 */
export function graphIdOf(candidate: Draft['candidates'][number]): string {
  return candidate.existingId ?? recordView(candidate).id;
}

export function previewGraph(draft: Draft): WireGraph {
  const candidateIds = new Map<string, string>(); // record id → the id it stands for
  const accepted = new Set<string>();
  const nodes: WireNode[] = [];
  for (const candidate of draft.candidates) {
    if (candidate.kind !== 'node') continue;
    const record = recordView(candidate);
    const id = graphIdOf(candidate);
    candidateIds.set(record.id, id);
    if (candidate.decision !== 'accepted' || accepted.has(id)) continue;
    accepted.add(id);
    const existing = id !== record.id || candidate.existingId !== undefined;
    nodes.push({
      id,
      elementId: `preview:${id}`,
      labels: [record.label || 'Organisation'],
      properties: { name: record.name || id, ...(record.kind ? { kind: record.kind } : {}), existing },
    });
  }
  // An end that is no candidate's record id names a node already in the graph.
  const end = (id: string) => {
    const resolved = candidateIds.get(id);
    if (resolved === undefined) return id;
    return accepted.has(resolved) ? resolved : null;
  };
  const edges: WireEdge[] = [];
  for (const candidate of draft.candidates) {
    if (candidate.kind !== 'relationship' || candidate.decision !== 'accepted') continue;
    const record = recordView(candidate);
    const source = end(record.from);
    const target = end(record.to);
    if (!source || !target) continue;
    edges.push({
      id: `preview:${candidate.id}`,
      elementId: `preview:${candidate.id}`,
      type: record.type,
      source,
      target,
      properties: record.props as WireEdge['properties'],
    });
  }
  return { nodes, edges };
}

/** The ids of the graph's nodes the commit wrote or linked: the canvas shows them afterwards. */
export function committedNodeIds(draft: Draft): string[] {
  const graph = previewGraph(draft);
  const ids = new Set(graph.nodes.map((node) => node.id));
  for (const edge of graph.edges) {
    ids.add(edge.source);
    ids.add(edge.target);
  }
  return [...ids];
}
