// Paths between two actors: shortest, all shortest, or the k shortest, each hop with its citations.
import neo4j, { type Path } from 'neo4j-driver';
import type { z } from 'zod';
import {
  HUB_EXEMPT_LABELS,
  type PathResult,
  type PathsResponse,
  type pathsRequestSchema,
} from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import type { QueryName } from '../database/query-registry.ts';
import { notFound } from '../shared/errors.ts';
import { filterParameters } from '../shared/filter-parameters.ts';
import { GraphCollector, relationshipToWire, wireNodeId } from '../shared/graph-mapper.ts';
import { ResponseBudget } from '../shared/response-budget.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';

type PathsRequest = z.infer<typeof pathsRequestSchema>;

const QUERY_BY_MODE: Record<PathsRequest['mode'], QueryName> = {
  shortest: 'shortestPath',
  'all-shortest': 'allShortestPaths',
  k: 'kShortestPaths',
};
/**
 * Dated hops only is a rule per hop, which the bidirectional search of shortest-paths.cypher cannot
 * check as it goes (the planner would add an exhaustive fallback): those requests use the path pattern.
 */
const DATED_QUERY_BY_MODE: Record<PathsRequest['mode'], QueryName> = {
  shortest: 'shortestDatedPath',
  'all-shortest': 'allShortestDatedPaths',
  k: 'kShortestPaths',
};

/** How many paths each mode returns at most (all-shortest: a cap, said by `truncated`). */
const limitOf = (request: PathsRequest) =>
  request.mode === 'shortest' ? 1 : request.mode === 'k' ? request.k : 100;

export async function findPaths(
  db: Database,
  catalog: SourceCatalog,
  request: PathsRequest,
): Promise<PathsResponse> {
  const queries = request.includeUndated ? QUERY_BY_MODE : DATED_QUERY_BY_MODE;
  const result = await db.read<{ path: Path }>(queries[request.mode], {
    from: request.from,
    to: request.to,
    types: request.types ?? [],
    avoid: request.avoid,
    maxHops: neo4j.int(request.maxHops),
    // One more than returned tells whether the cap cut the answer.
    limit: neo4j.int(limitOf(request) + 1),
    maxDegree: neo4j.int(request.maxDegree),
    hubExemptLabels: HUB_EXEMPT_LABELS,
    ...filterParameters(request),
    includeUndated: request.includeUndated,
  });
  if (result.records.length === 0) await assertActorsExist(db, request);

  const graph = new GraphCollector();
  const paths: PathResult[] = [];
  const budget = new ResponseBudget();
  const found = result.records.slice(0, limitOf(request));
  for (const record of found) {
    const path = record.get('path');
    const endpointIds = new Map<string, string>();
    const nodeIds = [wireNodeId(path.start)];
    endpointIds.set(path.start.elementId, wireNodeId(path.start));
    for (const segment of path.segments) {
      endpointIds.set(segment.end.elementId, wireNodeId(segment.end));
      nodeIds.push(wireNodeId(segment.end));
    }
    const hops = await Promise.all(
      path.segments.map(async (segment) => {
        const edge = relationshipToWire(segment.relationship, endpointIds);
        return {
          edge,
          from: wireNodeId(segment.start),
          to: wireNodeId(segment.end),
          status: hopStatus(
            edge.properties.status,
            segment.end.properties.status,
            segment.start.properties.status,
          ),
          citations: await catalog.cite(edge.properties.sources, edge.properties.quotes),
        };
      }),
    );
    const pathResult = { length: path.length, nodeIds, hops };
    // The path and its nodes, which the graph carries (a node shared by paths is counted each time).
    if (!budget.fits({ pathResult, nodes: path.segments.map((segment) => segment.end.properties) })) break;
    graph.add(path);
    paths.push(pathResult);
  }
  return { paths, graph: graph.result(), truncated: paths.length < result.records.length };
}

/**
 * A hop says whether it is reported as done: the relationship's own status, else the status of the
 * event or agreement at either end of it (a visit to a planned mission is planned too).
 */
function hopStatus(...statuses: unknown[]): string | null {
  return statuses.find((status): status is string => typeof status === 'string') ?? null;
}

/** No path and an unknown id are different answers: 200 with no paths vs 404. */
async function assertActorsExist(db: Database, request: PathsRequest): Promise<void> {
  for (const id of [request.from, request.to]) {
    const found = await db.read('nodeDetails', { id });
    if (found.records.length === 0) throw notFound('node', id);
  }
}
