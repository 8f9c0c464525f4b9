// The articles behind the graph, and the facts (nodes, relationships) each one supports with its quotes.
import type { Integer, Node, Relationship } from 'neo4j-driver';
import type { SourceDetailsResponse, SourcesResponse } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { notFound } from '../shared/errors.ts';
import { GraphCollector, toJson } from '../shared/graph-mapper.ts';

type SourceRow = { source: Node; nodeCount: Integer; relationshipCount: Integer };

function summary(record: { get<K extends keyof SourceRow>(key: K): SourceRow[K] }) {
  const source = record.get('source');
  return {
    id: String(source.properties.id),
    properties: toJson(source.properties) as Record<string, never>,
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
  return { sources: result.records.map(summary) };
}

export async function sourceDetails(db: Database, id: string): Promise<SourceDetailsResponse> {
  const listed = await db.read<SourceRow>('listSources');
  const record = listed.records.find((row) => row.get('source').properties.id === id);
  if (!record) throw notFound('source', id);
  const facts = await db.read<{ node: Node; relationships: [Relationship, Node][] }>('sourceFacts', { id });
  const graph = new GraphCollector();
  const body: SourceDetailsResponse = {
    source: summary(record),
    facts: [],
    graph: { nodes: [], edges: [] },
  };
  for (const row of facts.records) {
    const node = row.get('node');
    graph.add(node);
    const nodeQuotes = quotesFrom(node.properties, id);
    if (nodeQuotes.length > 0) {
      const label = node.labels.find((name) => name !== 'Entity') ?? 'Node';
      body.facts.push({
        kind: 'node',
        id: String(node.properties.id),
        description: `${label}: ${nameOf(node)}`,
        quotes: nodeQuotes,
      });
    }
    for (const [relationship, other] of row.get('relationships')) {
      graph.add([relationship, other]);
      body.facts.push({
        kind: 'relationship',
        id: String(relationship.properties.id),
        description: `${nameOf(node)} —${relationship.type}→ ${nameOf(other)}`,
        quotes: quotesFrom(relationship.properties, id),
      });
    }
  }
  body.graph = graph.result();
  return body;
}
