// Where the searched words are in a quote, so the client can mark them. A word of the quote matches
// a searched word the way the Lucene query matched it (see toLuceneQuery): folded, equal, starting
// with it, or within its edit distance. Offsets are into the verbatim quote (UTF-16, end exclusive).
import { foldedWords, foldName } from '../../seed/model/name-folding.ts';
import { fuzzyDistance } from './search-service.ts';

export interface Highlight {
  start: number;
  end: number;
}

/** Levenshtein distance, given up (returns max + 1) as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

const wordMatches = (word: string, term: string) =>
  word === term ||
  word.startsWith(term) ||
  editDistance(word, term, fuzzyDistance(term)) <= fuzzyDistance(term);

/** The highlights of the searched text in one quote, and how many distinct searched words it holds. */
export function highlightsIn(quote: string, text: string): { highlights: Highlight[]; matched: number } {
  const terms = foldedWords(text).slice(0, 8);
  const highlights: Highlight[] = [];
  const found = new Set<string>();
  for (const match of quote.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = foldName(match[0]);
    const term = terms.find((candidate) => wordMatches(word, candidate));
    if (term === undefined) continue;
    found.add(term);
    highlights.push({ start: match.index, end: match.index + match[0].length });
  }
  return { highlights, matched: found.size };
}

/** The quote of a fact that best matches the text (most searched words, then the first), with its index. */
export function bestQuote(
  quotes: readonly string[],
  text: string,
): { index: number; highlights: Highlight[] } {
  let best = { index: 0, highlights: [] as Highlight[], matched: -1 };
  quotes.forEach((quote, index) => {
    const { highlights, matched } = highlightsIn(quote, text);
    if (matched > best.matched) best = { index, highlights, matched };
  });
  return { index: best.index, highlights: best.highlights };
}
