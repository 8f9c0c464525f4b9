// The links among the nodes already on a canvas, in one request: what a shared-URL restore and a
// big canvas need instead of one neighbours request per node.
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type { z } from 'zod';
import type { SubgraphResponse, subgraphRequestSchema } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { filterParameters } from '../shared/filter-parameters.ts';
import { nodeToWire, relationshipToWire } from '../shared/graph-mapper.ts';
import { ResponseBudget } from '../shared/response-budget.ts';

type SubgraphRequest = z.infer<typeof subgraphRequestSchema>;

/** The most relationships one answer holds: the canvas's level of detail is sized for 20,000 edges. */
export const SUBGRAPH_MAX_EDGES = 20_000;

export async function subgraph(db: Database, request: SubgraphRequest): Promise<SubgraphResponse> {
  const ids = [...new Set(request.ids)];
  const [found, linked] = await Promise.all([
    db.read<{ node: Node }>('subgraphNodes', { ids }),
    db.read<{ relationship: Relationship }>('subgraphRelationships', {
      ids,
      ...filterParameters(request),
      includeUndated: request.includeUndated,
      // One more than the cap tells whether the cap cut the answer.
      limit: neo4j.int(SUBGRAPH_MAX_EDGES + 1),
    }),
  ]);
  const budget = new ResponseBudget();
  // Nodes first: the canvas has them already, but an answer must never name an end it lacks.
  const nodes = budget.take(found.records.map((record) => nodeToWire(record.get('node'))));
  const endpointIds = new Map(nodes.map((node) => [node.elementId, node.id]));
  const relationships = linked.records.map((record) => record.get('relationship'));
  const edges = budget.take(
    relationships
      .slice(0, SUBGRAPH_MAX_EDGES)
      .filter((rel) => endpointIds.has(rel.startNodeElementId) && endpointIds.has(rel.endNodeElementId))
      .map((rel) => relationshipToWire(rel, endpointIds)),
  );
  return {
    nodes,
    edges,
    truncated: nodes.length < found.records.length || edges.length < relationships.length,
  };
}
