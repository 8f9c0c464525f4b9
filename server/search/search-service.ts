// Search: the user's words become a Lucene query of escaped terms, each matched exactly (boosted)
// or as a prefix, all terms required. Accents and case are folded here too, because Lucene does not
// pass prefix terms through the index's analyzer.
import type { Node } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { z } from 'zod';
import type { SearchResponse, searchRequestSchema } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { nodeToWire } from '../shared/graph-mapper.ts';

type SearchRequest = z.infer<typeof searchRequestSchema>;

/** Lowercase, accents removed, Lucene's special characters dropped: "Métropole" → "metropole". */
export function foldTerm(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '');
}

/** "Dijon métro" → "(dijon^3 OR dijon*) AND (metro^3 OR metro*)"; empty when nothing searchable is left. */
export function toLuceneQuery(text: string): string {
  const terms = text
    .split(/[\s,;.'’]+/)
    .map(foldTerm)
    .filter((term) => term.length > 0)
    .slice(0, 8);
  return terms.map((term) => `(${term}^3 OR ${term}*)`).join(' AND ');
}

export async function searchNodes(db: Database, request: SearchRequest): Promise<SearchResponse> {
  const query = toLuceneQuery(request.q);
  if (!query) return { results: [] };
  const result = await db.read<{ node: Node; score: number }>('searchNodes', {
    query,
    labels: request.labels ?? [],
    limit: neo4j.int(request.limit),
  });
  return {
    results: result.records.map((record) => ({
      node: nodeToWire(record.get('node')),
      score: record.get('score'),
    })),
  };
}
