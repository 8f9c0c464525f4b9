// How names and search text are folded, defined once for the server's search, its ranking and the
// client's ordering of suggestions: case and accents off, and words cut where the full-text index's
// analyzer cuts them (spaces, hyphens and dashes, apostrophes and elisions, punctuation). The index
// splits "Bourgogne-Franche-Comté" into three tokens, so the query must too: gluing them into
// "bourgognefranchecomte" matched nothing.

/** Lowercase, accents removed: "Métropole" → "metropole". Keeps every other character. */
export function foldName(text: string): string {
  // Most names are plain ASCII: they have no accents to take off, so skip the Unicode pass, which
  // is the costliest step of ranking a page of candidates.
  const unaccented = /^[\x20-\x7e]*$/.test(text)
    ? text
    : text.normalize('NFD').replace(/\p{Diacritic}/gu, '');
  return unaccented.toLowerCase();
}

/**
 * Where words break: white space, hyphens and every dash, apostrophes (straight and curly), and
 * punctuation, including Lucene's operators, so user text never reaches Lucene as syntax.
 */
export const WORD_BREAK = /[\s\p{Pd}'’‘`´.,;:!?+&|(){}[\]^"“”«»~*\\/<>=@#$%]+/u;

/** The folded words of a text: "Jean-Michel l’Agence" → ["jean", "michel", "l", "agence"]. */
export function foldedWords(text: string): string[] {
  return foldName(text)
    .split(WORD_BREAK)
    .filter((word) => word.length > 0);
}

/** A name or query as one comparable string: folded words joined by one space. */
export function foldPhrase(text: string): string {
  return foldedWords(text).join(' ');
}

/**
 * An id made from a name: lowercase words of letters and digits joined by dashes, at most 80
 * characters ("Région Occitanie" → "region-occitanie"). Drafts and spreadsheets mint ids this way.
 */
export function slugOf(text: string): string {
  return foldName(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
