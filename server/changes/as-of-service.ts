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
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type { z } from 'zod';
import { isPlanned, passesStatusFilter, statusAsOf } from '../../seed/model/statuses.ts';
import { firstDay, lastDay, spanInWindow } from '../../seed/model/time-span.ts';
import type { AsOfResponse, asOfRequestSchema, Evidence } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { allPartnerships } from '../partners/partners-service.ts';
import { GraphCollector } from '../shared/graph-mapper.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';

/** The most events an as-of answer carries (newest first), so the answer stays bounded. */
const MAX_EVENTS = 200;

/** Events started by `day`, with their actors and links, each with the status of that day. */
async function eventsAsOf(db: Database, day: string, filter: AsOfRequest['status']) {
  const result = await db.read<{ event: Node; links: Relationship[]; actors: Node[] }>('eventsAsOf', {
    day,
    limit: neo4j.int(MAX_EVENTS),
  });
  const graph = new GraphCollector();
  const asOfDay = (element: Node | Relationship) => {
    const history = Array.isArray(element.properties.statusHistory)
      ? (element.properties.statusHistory as string[])
      : [];
    const status = statusAsOf(element.properties.status, history, day);
    return passesStatusFilter(status, filter) ? status : undefined;
  };
  for (const record of result.records) {
    const event = record.get('event');
    const status = asOfDay(event);
    if (status === undefined && event.properties.status !== undefined) continue;
    graph.add(event);
    const actors = new Map(record.get('actors').map((actor) => [actor.elementId, actor]));
    for (const link of record.get('links')) {
      if (asOfDay(link) === undefined && link.properties.status !== undefined) continue;
      const actor = actors.get(link.startNodeElementId);
      if (!actor) continue;
      graph.add(actor);
      graph.add(link);
    }
  }
  return graph.result();
}

type AsOfRequest = z.infer<typeof asOfRequestSchema>;

/** Whether a source published by `day` reported the element (its history, else any citation). */
function reportedBy(evidence: Evidence, day: string): boolean {
  const published =
    evidence.statusHistory.length > 0
      ? evidence.statusHistory.map((entry) => entry.split('|')[0])
      : evidence.citations.map((citation) => citation.source?.published);
  return published.some((date) => typeof date === 'string' && date !== '' && firstDay(date) <= day);
}

export async function asOf(
  db: Database,
  catalog: SourceCatalog,
  request: AsOfRequest,
): Promise<AsOfResponse> {
  const day = lastDay(request.date);
  const restate = (evidence: Evidence): Evidence | null => {
    if (evidence.spanStart === null) return null;
    const status = statusAsOf(evidence.status, evidence.statusHistory, day);
    const span = { start: evidence.spanStart, end: evidence.spanEnd };
    const inForce = spanInWindow(span, { since: day, until: day });
    const announcedBefore = span.start > day && isPlanned(status) && reportedBy(evidence, day);
    if (!inForce && !announcedBefore) return null;
    if (!passesStatusFilter(status, request.status)) return null;
    return { ...evidence, status: typeof status === 'string' ? status : null };
  };
  // The window and the filter apply to D in `restate` (an announced phase precedes the span), so
  // the query keeps every dated piece of evidence and every status.
  const { graph } = await allPartnerships(db, catalog, { includeUndated: false, status: 'all' }, { restate });
  const events = await eventsAsOf(db, day, request.status);
  const nodeIds = new Set(graph.nodes.map((node) => node.id));
  return {
    date: request.date,
    graph: {
      nodes: [...graph.nodes, ...events.nodes.filter((node) => !nodeIds.has(node.id))],
      edges: [...graph.edges, ...events.edges],
    },
  };
}
