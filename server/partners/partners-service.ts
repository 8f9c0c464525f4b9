// Who partners with whom (organisation-to-organisation view) and common partners of several actors.
// A partnership edge is synthetic: PARTNERS_WITH between two organisations, carrying the evidence
// (agreements, memberships, reported cooperation) and each piece's citations.
import neo4j, { type Integer, type Node } from 'neo4j-driver';
import type { z } from 'zod';
import { isPlanned } from '../../seed/model/statuses.ts';
import {
  type CommonPartnersResponse,
  type commonPartnersRequestSchema,
  type Evidence,
  type PartnershipsResponse,
  type partnershipsRequestSchema,
  UNKNOWN_GROUP,
} from '../contract/api.ts';
import { encodeCursor } from '../contract/common.ts';
import type { JsonValue, WireEdge, WireNode } from '../contract/graph.ts';
import type { Database } from '../database/database.ts';
import type { QueryName } from '../database/query-registry.ts';
import { filterParameters } from '../shared/filter-parameters.ts';
import { nodeToWire, toJson } from '../shared/graph-mapper.ts';
import { ResponseBudget } from '../shared/response-budget.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';
import {
  isUnfiltered,
  type PartnershipFilters,
  type RankedPage,
  type RunQuery,
  rankedPage,
} from './derived-summaries.ts';
import { rankingName, storedRankedPage } from './stored-rankings.ts';

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

/** The most evidence one partnership carries in an answer (two hubs can share a thousand agreements). */
export const EVIDENCE_PER_PARTNERSHIP = 10;

/** `evidenceCount`: how much evidence there is, when `evidence` holds only the newest of it. */
function partnershipEdge(
  a: WireNode,
  b: WireNode,
  evidence: Evidence[],
  evidenceCount = evidence.length,
): WireEdge {
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
      evidenceCount,
      // The evidence listed is the newest EVIDENCE_PER_PARTNERSHIP; the dates and sources below are of it.
      evidenceTruncated: evidenceCount > evidence.length,
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

const filterValues = (request: PartnershipFilters) => ({
  topics: request.topics ?? [],
  ...filterParameters(request),
  includeUndated: request.includeUndated,
});

/** The ranking query of each view: where it starts (see partnerships-ranked.cypher). */
function rankingQuery(request: PartnershipsRequest): { name: QueryName; groupKey: string | null } {
  if (request.ids) return { name: 'partnershipsRankedAround', groupKey: null };
  const group = request.group;
  if (!group) return { name: 'partnershipsRanked', groupKey: null };
  const unknown = group.key === UNKNOWN_GROUP;
  if (group.by === 'country') {
    return {
      name: unknown ? 'partnershipsRankedOfUnknownCountry' : 'partnershipsRankedOfCountry',
      groupKey: group.key,
    };
  }
  return {
    name: unknown ? 'partnershipsRankedOfUnknownKind' : 'partnershipsRankedOfKind',
    groupKey: group.key,
  };
}

const pairKey = (aId: string, bId: string) => `${aId}\u0000${bId}`;

/**
 * One page of partnerships, strongest (most evidence) first: of the whole graph, around given
 * organisations, or of one overview group. The ranking runs on pair ids only; the evidence and
 * its citations are fetched for the page alone, and the page stops early at the size bound.
 */
export async function partnerships(
  db: Database,
  catalog: SourceCatalog,
  request: PartnershipsRequest,
): Promise<PartnershipsResponse> {
  const { name, groupKey } = rankingQuery(request);
  const run: RunQuery = (query, params) => db.read(query, params);
  // Unfiltered, the whole graph and each group are ranked at import; around given ids, always live.
  const { total, page } =
    (!request.ids && isUnfiltered(request)
      ? await storedRankedPage(run, rankingName(request.group), request.cursor, request.limit)
      : undefined) ??
    (await rankedPage(
      run,
      name,
      { ids: request.ids ?? [], groupKey, ...filterValues(request) },
      request.cursor,
      request.limit,
    ));
  return evidencedPage(db, catalog, { total, page }, request.cursor, {
    // Around ids the pairs are a hub and its partners, elsewhere mostly two hubs: see the queries.
    query: request.ids ? 'partnershipEvidenceAround' : 'partnershipEvidence',
    params: filterValues(request),
  });
}

/**
 * The answer for one ranked page of pairs: each pair's evidence (the newest
 * EVIDENCE_PER_PARTNERSHIP, from `evidence.query`, which takes $pairs and $evidenceLimit), as
 * PARTNERS_WITH edges in ranking order, stopping early at the size bound, with the page fields.
 * Shared by every ranked partnership view (the as-of view too). `extra` is put through the same
 * budget after the page (its items are left out once it is spent).
 */
export async function evidencedPage(
  db: Database,
  catalog: SourceCatalog,
  { total, page }: RankedPage,
  cursor: number,
  evidence: { query: QueryName; params: Record<string, unknown> },
  budget: ResponseBudget = new ResponseBudget(),
): Promise<PartnershipsResponse> {
  const found = await db.read<{ a: Node; b: Node; evidence: RawEvidence[] }>(evidence.query, {
    pairs: page.map(({ aId, bId }) => ({ aId, bId })),
    evidenceLimit: neo4j.int(EVIDENCE_PER_PARTNERSHIP),
    ...evidence.params,
  });
  const byPair = new Map(
    found.records.map((record) => [
      pairKey(record.get('a').properties.id as string, record.get('b').properties.id as string),
      record,
    ]),
  );
  const nodes = new Map<string, WireNode>();
  const edges: WireEdge[] = [];
  for (const pair of page) {
    const record = byPair.get(pairKey(pair.aId, pair.bId));
    // A pair ranked but gone by the second read (an import in between): skip it, the count stays.
    if (!record) continue;
    const a = nodeToWire(record.get('a'));
    const b = nodeToWire(record.get('b'));
    const items = await Promise.all(record.get('evidence').map((raw) => toEvidence(catalog, raw)));
    const edge = partnershipEdge(a, b, items, pair.evidenceCount);
    const newNodes = [a, b].filter((node) => !nodes.has(node.id));
    if (!budget.fits({ edge, newNodes })) break;
    for (const node of newNodes) nodes.set(node.id, node);
    edges.push(edge);
  }
  const shown = budget.cut ? edges.length : page.length;
  const next = cursor + shown;
  return {
    graph: { nodes: [...nodes.values()], edges },
    total,
    nextCursor: next < total ? encodeCursor(next) : null,
    truncated: next < total,
  };
}

const toNumber = (value: Integer | number | undefined) =>
  value === undefined ? 0 : typeof value === 'number' ? value : value.toNumber();

export async function commonPartners(
  db: Database,
  catalog: SourceCatalog,
  request: CommonPartnersRequest,
): Promise<CommonPartnersResponse> {
  const ids = request.ids ?? [];
  type RawLink = { actorId: string; actor: Node; evidence: RawEvidence[]; evidenceCount: Integer };
  const result = await db.read<{
    total: Integer;
    page: { partner: Node; links: RawLink[]; evidenceCount: Integer }[];
  }>('commonPartners', {
    ids,
    ...filterParameters(request),
    includeUndated: request.includeUndated,
    skip: neo4j.int(request.cursor),
    limit: neo4j.int(request.limit),
    evidenceLimit: neo4j.int(EVIDENCE_PER_PARTNERSHIP),
  });
  const total = toNumber(result.records[0]?.get('total'));
  const page = result.records[0]?.get('page') ?? [];
  const budget = new ResponseBudget();
  const partners: CommonPartnersResponse['partners'] = [];
  const actors = new Map<string, WireNode>();
  const edges: WireEdge[] = [];
  for (const row of page) {
    const partner = nodeToWire(row.partner);
    const links = await Promise.all(
      row.links.map(async (link) => ({
        actorId: link.actorId,
        evidence: await Promise.all(link.evidence.map((raw) => toEvidence(catalog, raw))),
      })),
    );
    const linkActors = row.links.map((link) => nodeToWire(link.actor));
    const partnerEdges = linkActors.map((actor, index) =>
      partnershipEdge(
        actor,
        partner,
        links[index]?.evidence ?? [],
        toNumber(row.links[index]?.evidenceCount),
      ),
    );
    const entry = { node: partner, links, evidenceCount: toNumber(row.evidenceCount) };
    const newActors = linkActors.filter((actor) => !actors.has(actor.id));
    if (!budget.fits({ entry, partnerEdges, newActors })) break;
    partners.push(entry);
    for (const actor of newActors) actors.set(actor.id, actor);
    edges.push(...partnerEdges);
  }
  const next = request.cursor + (budget.cut ? partners.length : page.length);
  return {
    partners,
    graph: { nodes: [...actors.values(), ...partners.map((partner) => partner.node)], edges },
    total,
    nextCursor: next < total ? encodeCursor(next) : null,
    truncated: next < total,
  };
}
