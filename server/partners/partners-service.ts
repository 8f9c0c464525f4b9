// Who partners with whom (organisation-to-organisation view) and common partners of several actors.
// A partnership edge is synthetic: PARTNERS_WITH between two organisations, carrying the evidence
// (agreements, memberships, reported cooperation) and each piece's citations.
import type { Node } from 'neo4j-driver';
import type { z } from 'zod';
import { isPlanned } from '../../seed/model/statuses.ts';
import type {
  CommonPartnersResponse,
  commonPartnersRequestSchema,
  Evidence,
  PartnershipsResponse,
  partnershipsRequestSchema,
} from '../contract/api.ts';
import type { JsonValue, WireEdge, WireNode } from '../contract/graph.ts';
import type { Database } from '../database/database.ts';
import { filterParameters } from '../shared/filter-parameters.ts';
import { nodeToWire, toJson } from '../shared/graph-mapper.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';

type PartnershipsRequest = z.infer<typeof partnershipsRequestSchema>;
type CommonPartnersRequest = z.infer<typeof commonPartnersRequestSchema>;
type RawEvidence = Record<string, unknown>;

async function toEvidence(catalog: SourceCatalog, raw: RawEvidence): Promise<Evidence> {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const citations = await catalog.cite(toJson(raw.sources), toJson(raw.quotes));
  return {
    kind: raw.kind as Evidence['kind'],
    id: String(raw.id),
    name: text(raw.name),
    type: String(raw.type),
    date: text(raw.date),
    status: text(raw.status),
    statusHistory: Array.isArray(raw.statusHistory) ? raw.statusHistory.map(String) : [],
    spanStart: text(raw.spanStart),
    spanEnd: text(raw.spanEnd),
    sources: distinctSourceCount(citations),
    citations,
  };
}

const distinctSourceCount = (citations: { sourceId: string }[]) =>
  new Set(citations.map((citation) => citation.sourceId)).size;

function partnershipEdge(a: WireNode, b: WireNode, evidence: Evidence[]): WireEdge {
  const seen = new Set<string>();
  const citations = evidence
    .flatMap((item) => item.citations)
    .filter((citation) => {
      const key = JSON.stringify([citation.sourceId, citation.quote]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  // From the stored spans, which every dated fact has (an agreement known only by its bounds has no `date`).
  const dates = evidence
    .map((item) => item.spanStart)
    .filter((date): date is string => date !== null)
    .sort();
  return {
    id: `partners|${a.id}|${b.id}`,
    elementId: `partners|${a.elementId}|${b.elementId}`,
    type: 'PARTNERS_WITH',
    source: a.id,
    target: b.id,
    properties: {
      evidence: evidence as unknown as JsonValue,
      evidenceCount: evidence.length,
      firstDate: dates[0] ?? null,
      // The union of the evidence's citations, each once, so the edge is cited like any other.
      sources: citations.map((citation) => citation.sourceId),
      quotes: citations.map((citation) => citation.quote),
      // Independent sources behind the link: what the canvas sizes the edge by.
      sourceCount: distinctSourceCount(citations),
      // The link is as firm as its firmest evidence: one signed agreement makes it done.
      planned: evidence.length > 0 && evidence.every((item) => isPlanned(item.status)),
    },
  };
}

export async function partnerships(
  db: Database,
  catalog: SourceCatalog,
  request: PartnershipsRequest,
  options: { restate?: (evidence: Evidence) => Evidence | null } = {},
): Promise<PartnershipsResponse> {
  const result = await db.read<{ a: Node; b: Node; evidence: RawEvidence[] }>('partnerships', {
    ids: request.ids ?? [],
    topics: request.topics ?? [],
    ...filterParameters(request),
    includeUndated: request.includeUndated,
  });
  const nodes = new Map<string, WireNode>();
  const edges: WireEdge[] = [];
  for (const record of result.records) {
    const a = nodeToWire(record.get('a'));
    const b = nodeToWire(record.get('b'));
    const found = await Promise.all(record.get('evidence').map((raw) => toEvidence(catalog, raw)));
    const evidence = options.restate
      ? found.map(options.restate).filter((item): item is Evidence => item !== null)
      : found;
    if (evidence.length === 0) continue;
    nodes.set(a.id, a);
    nodes.set(b.id, b);
    edges.push(partnershipEdge(a, b, evidence));
  }
  return { graph: { nodes: [...nodes.values()], edges } };
}

export async function commonPartners(
  db: Database,
  catalog: SourceCatalog,
  request: CommonPartnersRequest,
): Promise<CommonPartnersResponse> {
  const ids = request.ids ?? [];
  const result = await db.read<{
    partner: Node;
    links: { actorId: string; actor: Node; evidence: RawEvidence[] }[];
  }>('commonPartners', {
    ids,
    ...filterParameters(request),
    includeUndated: request.includeUndated,
  });
  const partners: CommonPartnersResponse['partners'] = [];
  const actors = new Map<string, WireNode>();
  const edges: WireEdge[] = [];
  for (const record of result.records) {
    const partner = nodeToWire(record.get('partner'));
    const links = await Promise.all(
      record.get('links').map(async (link) => ({
        actorId: link.actorId,
        evidence: await Promise.all(link.evidence.map((raw) => toEvidence(catalog, raw))),
      })),
    );
    partners.push({ node: partner, links });
    for (const [index, link] of record.get('links').entries()) {
      const actor = nodeToWire(link.actor);
      actors.set(actor.id, actor);
      edges.push(partnershipEdge(actor, partner, links[index]?.evidence ?? []));
    }
  }
  return {
    partners,
    graph: { nodes: [...actors.values(), ...partners.map((partner) => partner.node)], edges },
  };
}
