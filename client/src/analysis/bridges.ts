// "Who connects the French, Japanese and US actors": the nodes that lie on shortest paths between
// actors of different country groups, ranked by how many such pairs they connect. Plain BFS over
// the canvas graph (every pair's shortest paths through v satisfy d(s,v) + d(v,t) = d(s,t)).
import type Graph from 'graphology';

export interface Bridge {
  id: string;
  /** Cross-group actor pairs with a shortest path through this node. */
  pairs: number;
  /** The groups it connects, e.g. ["place-france", "place-japan"]. */
  groups: string[];
}

export interface BridgeAnswer {
  bridges: Bridge[];
  /** Actor pairs of different groups that are connected at all. */
  connectedPairs: number;
}

function distancesFrom(graph: Graph, source: string): Map<string, number> {
  const distance = new Map([[source, 0]]);
  const queue = [source];
  for (let head = 0; head < queue.length; head += 1) {
    const current = queue[head] as string;
    const next = (distance.get(current) ?? 0) + 1;
    graph.forEachNeighbor(current, (neighbour) => {
      if (!distance.has(neighbour)) {
        distance.set(neighbour, next);
        queue.push(neighbour);
      }
    });
  }
  return distance;
}

/** `groupOf` gives a node's group (a country id) or null when it is in none of the compared ones. */
export function bridgesBetween(graph: Graph, groupOf: (id: string) => string | null): BridgeAnswer {
  const members = graph.nodes().filter((id) => groupOf(id) !== null);
  const distances = new Map(members.map((id) => [id, distancesFrom(graph, id)]));
  const pairs = new Map<string, number>();
  const groups = new Map<string, Set<string>>();
  let connectedPairs = 0;
  for (let i = 0; i < members.length; i += 1) {
    const s = members[i] as string;
    const fromS = distances.get(s) as Map<string, number>;
    for (let j = i + 1; j < members.length; j += 1) {
      const t = members[j] as string;
      const gs = groupOf(s) as string;
      const gt = groupOf(t) as string;
      if (gs === gt) continue;
      const total = fromS.get(t);
      if (total === undefined) continue;
      connectedPairs += 1;
      const fromT = distances.get(t) as Map<string, number>;
      for (const [v, dv] of fromS) {
        if (v === s || v === t || dv >= total) continue;
        if (dv + (fromT.get(v) ?? Number.POSITIVE_INFINITY) !== total) continue;
        pairs.set(v, (pairs.get(v) ?? 0) + 1);
        const seen = groups.get(v) ?? new Set<string>();
        seen.add(gs).add(gt);
        groups.set(v, seen);
      }
    }
  }
  const bridges = [...pairs.entries()]
    .map(([id, count]) => ({ id, pairs: count, groups: [...(groups.get(id) ?? [])].sort() }))
    .sort((a, b) => b.pairs - a.pairs || a.id.localeCompare(b.id));
  return { bridges, connectedPairs };
}

/**
 * One shortest path through `via` for each cross-group pair it connects (up to `limit` pairs),
 * as node id lists, so the canvas can draw them.
 */
export function pathsThrough(
  graph: Graph,
  via: string,
  groupOf: (id: string) => string | null,
  limit = 12,
): string[][] {
  const fromVia = distancesFrom(graph, via);
  const members = graph.nodes().filter((id) => groupOf(id) !== null && id !== via);
  const distances = new Map(members.map((id) => [id, distancesFrom(graph, id)]));
  const walk = (from: string, towards: Map<string, number>): string[] => {
    // From `from` step to a neighbour one closer to the target of `towards` until at distance 0.
    const path = [from];
    let current = from;
    while ((towards.get(current) ?? 0) > 0) {
      const here = towards.get(current) as number;
      const next = graph.neighbors(current).find((n) => towards.get(n) === here - 1);
      if (next === undefined) break;
      path.push(next);
      current = next;
    }
    return path;
  };
  const found: string[][] = [];
  for (let i = 0; i < members.length && found.length < limit; i += 1) {
    const s = members[i] as string;
    const fromS = distances.get(s) as Map<string, number>;
    for (let j = i + 1; j < members.length && found.length < limit; j += 1) {
      const t = members[j] as string;
      if (groupOf(s) === groupOf(t)) continue;
      const total = fromS.get(t);
      const sv = fromVia.get(s);
      const tv = fromVia.get(t);
      if (total === undefined || sv === undefined || tv === undefined || sv + tv !== total) continue;
      // s … via (walking towards via), then via … t.
      const first = walk(s, fromVia);
      const second = walk(via, distances.get(t) as Map<string, number>);
      found.push([...first, ...second.slice(1)]);
    }
  }
  return found;
}
