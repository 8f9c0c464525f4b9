// The articles behind the graph, and the facts (nodes, relationships) each one supports with its quotes.
import neo4j, { type Integer, type Node, type Relationship } from 'neo4j-driver';
import type { z } from 'zod';
import type { SourceDetailsResponse, SourcesResponse, sourceDetailsRequestSchema } from '../contract/api.ts';
import { encodeCursor } from '../contract/common.ts';
import type { Database } from '../database/database.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { GraphCollector, toJson } from '../shared/graph-mapper.ts';
import { ResponseBudget } from '../shared/response-budget.ts';

type SourceDetailsRequest = z.infer<typeof sourceDetailsRequestSchema>;

type SourceRow = { source: Node; nodeCount: Integer; relationshipCount: Integer };

function summary(record: { get<K extends keyof SourceRow>(key: K): SourceRow[K] }) {
  const source = record.get('source');
  // The full text is fetched on its own (GET /api/sources/:id/text); a list says only that it exists.
  const { text, ...properties } = source.properties;
  return {
    id: String(source.properties.id),
    properties: toJson(typeof text === 'string' ? { ...properties, hasText: true } : properties) as Record<
      string,
      never
    >,
    nodeCount: record.get('nodeCount').toNumber(),
    relationshipCount: record.get('relationshipCount').toNumber(),
  };
}

/** The quotes of an element that come from one source (its lists are parallel). */
function quotesFrom(properties: Record<string, unknown>, sourceId: string): string[] {
  const sources = Array.isArray(properties.sources) ? properties.sources : [];
  const quotes = Array.isArray(properties.quotes) ? properties.quotes : [];
  return sources.flatMap((id, index) => (id === sourceId ? [String(quotes[index])] : []));
}

const nameOf = (node: Node) => String(node.properties.name ?? node.properties.id);

export async function listSources(db: Database): Promise<SourcesResponse> {
  const result = await db.read<SourceRow>('listSources');
  const sources = new ResponseBudget().take(result.records.map(summary));
  return { sources, truncated: sources.length < result.records.length };
}

type FactRow = {
  kind: 'node' | 'relationship';
  node: Node;
  relationship: Relationship | null;
  other: Node | null;
};

/** A source and one page of the facts it supports, bounded by `limit` and by size. */
export async function sourceDetails(
  db: Database,
  id: string,
  request: SourceDetailsRequest,
): Promise<SourceDetailsResponse> {
  const [found, facts] = await Promise.all([
    db.read<SourceRow>('sourceSummary', { id }),
    db.read<FactRow>('sourceFacts', {
      id,
      skip: neo4j.int(request.cursor),
      limit: neo4j.int(request.limit),
    }),
  ]);
  const record = found.records[0];
  if (!record) throw notFound('source', id);
  const source = summary(record);
  // The counts stored at import are the facts the query walks: nodes cited, relationships cited.
  const total = source.nodeCount + source.relationshipCount;
  const page = facts.records.map((row) => ({
    kind: row.get('kind'),
    node: row.get('node'),
    relationship: row.get('relationship'),
    other: row.get('other'),
  }));
  const budget = new ResponseBudget();
  const graph = new GraphCollector();
  const listed: SourceDetailsResponse['facts'] = [];
  for (const row of page) {
    const { node, relationship, other } = row;
    const fact =
      relationship && other
        ? {
            kind: 'relationship' as const,
            id: String(relationship.properties.id),
            description: `${nameOf(node)} —${relationship.type}→ ${nameOf(other)}`,
            quotes: quotesFrom(relationship.properties, id),
          }
        : {
            kind: 'node' as const,
            id: String(node.properties.id),
            description: `${node.labels.find((name) => name !== 'Entity') ?? 'Node'}: ${nameOf(node)}`,
            quotes: quotesFrom(node.properties, id),
          };
    // The fact and the elements it adds to the graph: a node and its relationships travel twice.
    if (
      !budget.fits({
        fact,
        node: node.properties,
        relationship: relationship?.properties,
        other: other?.properties,
      })
    )
      break;
    listed.push(fact);
    graph.add(relationship && other ? [node, relationship, other] : node);
  }
  const next = request.cursor + (budget.cut ? listed.length : page.length);
  return {
    source,
    total,
    nextCursor: next < total ? encodeCursor(next) : null,
    truncated: next < total,
    facts: listed,
    graph: graph.result(),
  };
}

/** The article's full text, stored at import when the document gave one. */
export async function sourceText(db: Database, id: string): Promise<{ sourceId: string; text: string }> {
  const result = await db.read<{ text: string | null }>('sourceText', { id });
  const row = result.records[0];
  if (!row) throw notFound('source', id);
  const text = row.get('text');
  if (typeof text !== 'string') {
    throw new AppError(
      404,
      'no-source-text',
      `source "${id}" was imported without its text (the document gave no "text")`,
    );
  }
  return { sourceId: id, text };
}
