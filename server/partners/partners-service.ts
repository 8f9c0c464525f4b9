// Who partners with whom (organisation-to-organisation view) and common partners of several actors.
// A partnership edge is synthetic: PARTNERS_WITH between two organisations, carrying the evidence
// (agreements, memberships, reported cooperation) and each piece's citations.
import type { Node } from 'neo4j-driver';
import type { z } from 'zod';
import type {
  CommonPartnersResponse,
  commonPartnersRequestSchema,
  Evidence,
  PartnershipsResponse,
  partnershipsRequestSchema,
} from '../contract/api.ts';
import type { JsonValue, WireEdge, WireNode } from '../contract/graph.ts';
import type { Database } from '../database/database.ts';
import { nodeToWire, toJson } from '../shared/graph-mapper.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';

type PartnershipsRequest = z.infer<typeof partnershipsRequestSchema>;
type CommonPartnersRequest = z.infer<typeof commonPartnersRequestSchema>;
type RawEvidence = Record<string, unknown>;

async function toEvidence(catalog: SourceCatalog, raw: RawEvidence): Promise<Evidence> {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    kind: raw.kind as Evidence['kind'],
    id: String(raw.id),
    name: text(raw.name),
    type: String(raw.type),
    date: text(raw.date),
    status: text(raw.status),
    citations: await catalog.cite(toJson(raw.sources), toJson(raw.quotes)),
  };
}

function partnershipEdge(a: WireNode, b: WireNode, evidence: Evidence[]): WireEdge {
  const dates = evidence
    .map((item) => item.date)
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
      // The union of the evidence's citations, so the edge is cited like any other.
      sources: evidence.flatMap((item) => item.citations.map((citation) => citation.sourceId)),
      quotes: evidence.flatMap((item) => item.citations.map((citation) => citation.quote)),
    },
  };
}

export async function partnerships(
  db: Database,
  catalog: SourceCatalog,
  request: PartnershipsRequest,
): Promise<PartnershipsResponse> {
  const result = await db.read<{ a: Node; b: Node; evidence: RawEvidence[] }>('partnerships', {
    ids: request.ids ?? [],
    topics: request.topics ?? [],
    since: request.since ?? null,
    until: request.until ?? null,
    includeUndated: request.includeUndated,
  });
  const nodes = new Map<string, WireNode>();
  const edges: WireEdge[] = [];
  for (const record of result.records) {
    const a = nodeToWire(record.get('a'));
    const b = nodeToWire(record.get('b'));
    nodes.set(a.id, a);
    nodes.set(b.id, b);
    const evidence = await Promise.all(record.get('evidence').map((raw) => toEvidence(catalog, raw)));
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
    since: request.since ?? null,
    until: request.until ?? null,
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
