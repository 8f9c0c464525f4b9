// Node details and neighbourhood expansion.
import neo4j, { type Integer, type Node, type Relationship } from 'neo4j-driver';
import type { z } from 'zod';
import type { StatusFilter } from '../../seed/model/statuses.ts';
import type {
  NeighbourGroup,
  NeighboursResponse,
  NodeDetailsResponse,
  neighboursRequestSchema,
} from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { notFound } from '../shared/errors.ts';
import { filterParameters } from '../shared/filter-parameters.ts';
import { GraphCollector, nodeToWire } from '../shared/graph-mapper.ts';
import { ResponseBudget } from '../shared/response-budget.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';

type NeighboursRequest = z.infer<typeof neighboursRequestSchema>;

async function neighbourGroups(
  db: Database,
  id: string,
  includeSources: boolean,
  status: StatusFilter = 'all',
): Promise<NeighbourGroup[]> {
  const result = await db.read<{ type: string; direction: 'out' | 'in'; label: string; count: Integer }>(
    'nodeNeighbourCounts',
    { id, includeSources, ...filterParameters({ status }) },
  );
  return result.records.map((record) => ({
    type: record.get('type'),
    direction: record.get('direction'),
    label: record.get('label'),
    count: record.get('count').toNumber(),
  }));
}

export async function nodeDetails(
  db: Database,
  catalog: SourceCatalog,
  id: string,
): Promise<NodeDetailsResponse> {
  const [result, neighbourCounts] = await Promise.all([
    db.read<{ node: Node }>('nodeDetails', { id }),
    neighbourGroups(db, id, false),
  ]);
  const record = result.records[0];
  if (!record) throw notFound('node', id);
  const node = nodeToWire(record.get('node'));
  return {
    node,
    neighbourCounts,
    citations: await catalog.cite(node.properties.sources, node.properties.quotes),
  };
}

function matchesFilter(group: NeighbourGroup, request: NeighboursRequest): boolean {
  return (
    (!request.types || request.types.includes(group.type as never)) &&
    (!request.labels || request.labels.includes(group.label as never)) &&
    (request.direction === 'both' || request.direction === group.direction)
  );
}

/**
 * A page of neighbours. When the request names no type or label and the node has more neighbours
 * than `groupAbove`, only the groups are returned, so the client can offer "+40 organisations".
 */
export async function expandNeighbours(
  db: Database,
  id: string,
  request: NeighboursRequest,
): Promise<NeighboursResponse> {
  const unfiltered = !request.types && !request.labels;
  // The centre is read alongside the counts, not after them: a hub's answer (groups only) needs it,
  // and a second round trip cost as much as the lookup itself; elsewhere it is one index seek spent.
  const [groups, centre] = await Promise.all([
    neighbourGroups(db, id, request.includeSources, request.status),
    unfiltered ? db.read<{ node: Node }>('nodeDetails', { id }) : undefined,
  ]);
  const total = groups
    .filter((group) => matchesFilter(group, request))
    .reduce((sum, group) => sum + group.count, 0);
  if (groups.length === 0 || (unfiltered && total > request.groupAbove)) {
    const record = (centre ?? (await db.read<{ node: Node }>('nodeDetails', { id }))).records[0];
    if (!record) throw notFound('node', id);
    return {
      graph: { nodes: [nodeToWire(record.get('node'))], edges: [] },
      total,
      groups,
      grouped: total > 0,
      hasMore: total > 0,
    };
  }
  const result = await db.read<{ node: Node; relationship: Relationship; neighbour: Node }>(
    'expandNeighbours',
    {
      id,
      types: request.types ?? [],
      labels: request.labels ?? [],
      direction: request.direction,
      includeSources: request.includeSources,
      ...filterParameters({ status: request.status }),
      skip: neo4j.int(request.skip),
      limit: neo4j.int(request.limit),
    },
  );
  const graph = new GraphCollector();
  // Bounded by bytes too: a page of heavy neighbours ends early and `hasMore` says to ask from there.
  const budget = new ResponseBudget();
  let kept = 0;
  for (const record of result.records) {
    const relationship = record.get('relationship');
    const neighbour = record.get('neighbour');
    if (!budget.fits([relationship.properties, neighbour.properties])) break;
    graph.add(record.get('node'));
    graph.add(relationship);
    graph.add(neighbour);
    kept++;
  }
  return {
    graph: graph.result(),
    total,
    groups,
    grouped: false,
    hasMore: request.skip + kept < total,
  };
}
