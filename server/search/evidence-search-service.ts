// Search inside the evidence: the facts whose verbatim quotes hold the searched words, each with the
// quote that matched, its source and where the words are in it. Paged by cursor and bounded in
// bytes like every list answer (a node's wire form carries all its quotes).
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type { z } from 'zod';
import type { EvidenceHit, EvidenceSearchResponse, evidenceSearchRequestSchema } from '../contract/api.ts';
import { encodeCursor } from '../contract/common.ts';
import type { Database } from '../database/database.ts';
import { nodeToWire, relationshipToWire, wireNodeId } from '../shared/graph-mapper.ts';
import { ResponseBudget } from '../shared/response-budget.ts';
import { bestQuote } from './evidence-highlights.ts';
import { toLuceneQuery } from './search-service.ts';

type EvidenceSearchRequest = z.infer<typeof evidenceSearchRequestSchema>;

interface EvidenceRow {
  node: Node | null;
  relationship: Relationship | null;
  source: Node | null;
  target: Node | null;
  score: number;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function toHit(row: EvidenceRow, text: string): EvidenceHit | null {
  const fact = row.node ?? row.relationship;
  if (!fact) return null;
  const quotes = strings(fact.properties.quotes);
  if (quotes.length === 0) return null;
  const { index, highlights } = bestQuote(quotes, text);
  const sourceId = strings(fact.properties.sources)[index] ?? null;
  const quote = quotes[index] as string;
  if (row.node) {
    const node = nodeToWire(row.node);
    return {
      kind: 'node',
      graph: { nodes: [node], edges: [] },
      factId: node.id,
      quote,
      sourceId,
      highlights,
      score: row.score,
    };
  }
  const ends = [row.source, row.target].filter((end): end is Node => end !== null);
  const endpointIds = new Map(ends.map((end) => [end.elementId, wireNodeId(end)]));
  const edge = relationshipToWire(row.relationship as Relationship, endpointIds);
  return {
    kind: 'edge',
    graph: { nodes: ends.map(nodeToWire), edges: [edge] },
    factId: edge.id,
    quote,
    sourceId,
    highlights,
    score: row.score,
  };
}

export async function searchEvidence(
  db: Database,
  request: EvidenceSearchRequest,
): Promise<EvidenceSearchResponse> {
  const query = toLuceneQuery(request.q);
  if (!query) return { facts: [], nextCursor: null, truncated: false };
  const skip = request.cursor;
  // One more than asked for: whether a next page exists, without counting every match.
  const result = await db.read<EvidenceRow>('searchEvidence', {
    query,
    skip: neo4j.int(skip),
    limit: neo4j.int(request.limit + 1),
  });
  const rows = result.records.map((record) => record.toObject() as EvidenceRow);
  const hits = rows.slice(0, request.limit).flatMap((row) => toHit(row, request.q) ?? []);
  const budget = new ResponseBudget();
  const facts = budget.take(hits);
  const more = rows.length > request.limit || facts.length < hits.length;
  return {
    facts,
    nextCursor: more ? encodeCursor(skip + facts.length) : null,
    truncated: more,
  };
}
