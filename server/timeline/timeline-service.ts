// Agreements and events in a date window, each with the actors involved.
import neo4j, { type Node } from 'neo4j-driver';
import type { z } from 'zod';
import type { timelineRequestSchema } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { filterParameters } from '../shared/filter-parameters.ts';
import { nodeToWire } from '../shared/graph-mapper.ts';

type TimelineRequest = z.infer<typeof timelineRequestSchema>;

export async function timeline(db: Database, request: TimelineRequest) {
  const result = await db.read<{ node: Node; date: string; end: string | null; actorIds: string[] }>(
    'timeline',
    {
      ids: request.ids ?? [],
      ...filterParameters(request),
      limit: neo4j.int(request.limit),
    },
  );
  return {
    items: result.records.map((record) => ({
      node: nodeToWire(record.get('node')),
      date: record.get('date'),
      end: record.get('end'),
      actorIds: record.get('actorIds'),
    })),
  };
}
