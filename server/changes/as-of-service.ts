// The partnership network as it stood on a day D (the last day of the date given: "2016" is as of
// 31 December 2016, for the window and the status alike): the partnerships whose evidence is in
// force on D (its stored span covers D: agreements signed and not ended, memberships current), each
// piece with the status that sources published by D reported (an MoU announced then, signed later,
// is "announced" as of a day between). A fact that had not started on D but that a source published
// by D announced or planned is shown too, as announced or planned: that is what an analyst reading
// the sources of the day knew. Undated evidence is left out: nothing says it held at D.
// Sources written after D still place facts before it (an article of 2018 dates a 2015 signature),
// so they are not left out; only the status they report is read as of D.
// Events that had started by D come with the actors that took part in them, each with its status
// as of D (a mission planned in a source of the day shows as planned).
// Bounded (issue 10 §3): the partnerships come ranked, strongest first (most pieces of evidence
// that belong to the network on D), one page at a time like GET /api/partnerships, with the total in
// force on D; each carries its newest EVIDENCE_PER_PARTNERSHIP pieces. The events (newest first, at
// most AS_OF_MAX_EVENTS) come with the first page only. Partnerships, then events, share the 2 MB
// budget; `truncated` and `eventsTruncated` say what was cut. The rule of which evidence belongs on
// D lives in one place, the Cypher fragment evidenceAsOfDay (server/database/cypher-fragments.ts).
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type { z } from 'zod';
import {
  PLANNED_STATUSES,
  passesStatusFilter,
  statusAsOf,
  statusFilterParameters,
} from '../../seed/model/statuses.ts';
import { lastDay } from '../../seed/model/time-span.ts';
import { AS_OF_MAX_EVENTS, type AsOfResponse, type asOfRequestSchema } from '../contract/api.ts';
import type { WireEdge, WireNode } from '../contract/graph.ts';
import type { Database } from '../database/database.ts';
import { rankedPage } from '../partners/derived-summaries.ts';
import { evidencedPage } from '../partners/partners-service.ts';
import { nodeToWire, relationshipToWire, wireNodeId } from '../shared/graph-mapper.ts';
import { ResponseBudget } from '../shared/response-budget.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';

type AsOfRequest = z.infer<typeof asOfRequestSchema>;

/** One event started by the day, kept with its actors and links, each with the status of that day. */
interface EventGroup {
  nodes: WireNode[];
  edges: WireEdge[];
}

/** Events started by `day` (newest first), one group each; `more` when more had started. */
async function eventsAsOf(
  db: Database,
  day: string,
  filter: AsOfRequest['status'],
): Promise<{ groups: EventGroup[]; more: boolean }> {
  // One more than shown, to tell whether the cap cut the list.
  const result = await db.read<{ event: Node; links: Relationship[]; actors: Node[] }>('eventsAsOf', {
    day,
    limit: neo4j.int(AS_OF_MAX_EVENTS + 1),
  });
  const kept = (element: Node | Relationship) => {
    if (element.properties.status === undefined) return true;
    const history = Array.isArray(element.properties.statusHistory)
      ? (element.properties.statusHistory as string[])
      : [];
    return passesStatusFilter(statusAsOf(element.properties.status, history, day), filter);
  };
  const groups: EventGroup[] = [];
  for (const record of result.records.slice(0, AS_OF_MAX_EVENTS)) {
    const event = record.get('event');
    if (!kept(event)) continue;
    const actors = new Map(record.get('actors').map((actor) => [actor.elementId, actor]));
    const nodes = new Map<string, WireNode>([[event.elementId, nodeToWire(event)]]);
    const endpointIds = new Map(
      [event, ...actors.values()].map((node) => [node.elementId, wireNodeId(node)]),
    );
    const edges: WireEdge[] = [];
    for (const link of record.get('links')) {
      const actor = actors.get(link.startNodeElementId);
      if (!actor || !kept(link)) continue;
      nodes.set(actor.elementId, nodeToWire(actor));
      edges.push(relationshipToWire(link, endpointIds));
    }
    groups.push({ nodes: [...nodes.values()], edges });
  }
  return { groups, more: result.records.length > AS_OF_MAX_EVENTS };
}

export async function asOf(
  db: Database,
  catalog: SourceCatalog,
  request: AsOfRequest,
): Promise<AsOfResponse> {
  const day = lastDay(request.date);
  const dayParams = {
    day,
    plannedStatuses: [...PLANNED_STATUSES],
    ...statusFilterParameters(request.status),
  };
  const ranked = await rankedPage(
    (query, params) => db.read(query, params),
    'partnershipsAsOfRanked',
    { ...dayParams, ids: request.ids ?? [] },
    request.cursor,
    request.limit,
  );
  const budget = new ResponseBudget();
  const page = await evidencedPage(
    db,
    catalog,
    ranked,
    request.cursor,
    {
      query: 'partnershipEvidenceAsOf',
      params: dayParams,
    },
    budget,
  );
  // The events come with the first page; a drill-down to organisations is about their partnerships.
  const events = request.cursor === 0 && !request.ids ? await eventsAsOf(db, day, request.status) : undefined;
  const nodes = new Map(page.graph.nodes.map((node) => [node.id, node]));
  const edges = [...page.graph.edges];
  let eventsShown = 0;
  for (const group of events?.groups ?? []) {
    const newNodes = group.nodes.filter((node) => !nodes.has(node.id));
    if (!budget.fits({ newNodes, edges: group.edges })) break;
    for (const node of newNodes) nodes.set(node.id, node);
    edges.push(...group.edges);
    eventsShown += 1;
  }
  return {
    date: request.date,
    graph: { nodes: [...nodes.values()], edges },
    total: page.total,
    nextCursor: page.nextCursor,
    truncated: page.truncated,
    eventsTruncated: events !== undefined && (events.more || eventsShown < events.groups.length),
  };
}
