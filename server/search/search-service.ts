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
  // Most names are plain ASCII: they have no accents to take off, so skip the Unicode pass, which
  // is the costliest step of ranking a page of candidates.
  const unaccented = /^[\x20-\x7e]*$/.test(word)
    ? word
    : word.normalize('NFD').replace(/\p{Diacritic}/gu, '');
  return unaccented.toLowerCase().replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '');
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

/**
 * The one folding rule for matching names: case, accents, hyphens, apostrophes (so French elisions)
 * and punctuation fold away: "Bourgogne-Franche-Comté" and "bourgogne franche comte" are one name.
 */
export const foldName = (text: string) => foldTerm(text.replace(/[\s’'.,;–-]+/g, ' ')).trim();
const fold = foldName;

/**
 * Lucene gives every prefix match the same score, so "vitag" would rank the Vitagora–KBCC accord
 * level with Vitagora itself. Names that equal the query come first, then names that start with it;
 * then the score, then the shorter name.
 */
export function relevanceTier(properties: Record<string, unknown>, text: string): number {
  return tierOf(properties, fold(text));
}

/** relevanceTier with the query already folded: a page of candidates folds it once. */
function tierOf(properties: Record<string, unknown>, wanted: string): number {
  const aliases = Array.isArray(properties.aliases) ? properties.aliases : [];
  const names = [properties.name, properties.nameEn, properties.title, ...aliases]
    .filter((name): name is string => typeof name === 'string')
    .map(fold);
  if (names.some((name) => name === wanted)) return 2;
  if (names.some((name) => name.startsWith(wanted))) return 1;
  return 0;
}

export async function searchNodes(db: Database, request: SearchRequest): Promise<SearchResponse> {
  const query = toLuceneQuery(request.q);
  if (!query) return { results: [] };
  const result = await db.read<{ node: Node; score: number }>('searchNodes', {
    query,
    labels: request.labels ?? [],
    // Ties are broken here, so read more candidates than asked for.
    limit: neo4j.int(Math.min(200, request.limit * 5)),
  });
  const wanted = fold(request.q);
  // Ranked on the driver's values (names are plain strings there); only the page that is answered
  // is mapped to the wire form: mapping all five times the page was most of the API's own time.
  const ranked = result.records.map((record) => {
    const node = record.get('node');
    const name = node.properties.name ?? node.properties.title;
    return {
      node,
      score: record.get('score'),
      tier: tierOf(node.properties, wanted),
      length: typeof name === 'string' ? name.length : 0,
    };
  });
  const rounded = (score: number) => Math.round(score * 10);
  ranked.sort((a, b) => b.tier - a.tier || rounded(b.score) - rounded(a.score) || a.length - b.length);
  return {
    results: ranked.slice(0, request.limit).map(({ node, score }) => ({ node: nodeToWire(node), score })),
  };
}
