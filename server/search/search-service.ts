// Search: the user's words become a Lucene query of folded words, each matched exactly (boosted),
// as a prefix or within a few edits, all words required. Accents and case are folded here too,
// because Lucene does not pass prefix and fuzzy terms through the index's analyzer.
import type { Node } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { z } from 'zod';
import { foldedWords, foldPhrase } from '../../seed/model/name-folding.ts';
import type { SearchResponse, searchRequestSchema } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { nodeToWire } from '../shared/graph-mapper.ts';

type SearchRequest = z.infer<typeof searchRequestSchema>;

/**
 * How far a word may be from what the index holds and still match (Lucene's edit distance): none
 * for short words, where one edit makes another word ("naro" → "nara"), 1 from five letters
 * ("fermantation"), 2 from eight ("Metropolis" finds "Métropole").
 */
export function fuzzyDistance(term: string): 0 | 1 | 2 {
  if (term.length >= 8) return 2;
  if (term.length >= 5) return 1;
  return 0;
}

/** The stop words of the index's analyzer ('standard-folding': Lucene's English set). */
export const INDEX_STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/**
 * "Dijon-Métropolis" → "(dijon^3 OR dijon* OR dijon~1^0.5) AND (metropolis^3 OR metropolis* OR
 * metropolis~2^0.5)": each word exactly (boosted), as a prefix, or (words of five letters or more)
 * within a few edits, all words required; empty when nothing searchable is left. The words are cut
 * where the index's analyzer cuts names (see seed/model/name-folding.ts).
 */
export function toLuceneQuery(text: string): string {
  const words = foldedWords(text);
  // The index's analyzer leaves English stop words out, so a required "and" would match nothing
  // ("National Agriculture and Food…"); they are dropped unless they are all there is.
  const meaningful = words.filter((word) => !INDEX_STOP_WORDS.has(word));
  const terms = (meaningful.length > 0 ? meaningful : words).slice(0, 8);
  return terms
    .map((term) => {
      const distance = fuzzyDistance(term);
      return distance > 0 ? `(${term}^3 OR ${term}* OR ${term}~${distance}^0.5)` : `(${term}^3 OR ${term}*)`;
    })
    .join(' AND ');
}

const fold = foldPhrase;

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
