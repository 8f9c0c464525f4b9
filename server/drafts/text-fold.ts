// The folding under which a name in the graph and its mention in an article are the same: the search's
// fold (foldTerm: case and accents), plus hyphens, apostrophes and punctuation read as spaces, so
// "l'AER BFC", "Bourgogne-Franche-Comté" and "bourgogne franche comte" meet. French elisions need no
// rule of their own: "l'" and "d'" become a word of their own, and matches start at word boundaries.
import { foldTerm } from '../search/search-service.ts';

/** Characters that separate words in names: spaces, dashes, apostrophes, dots, commas, slashes. */
const SEPARATOR = /[\s\-‐‑‒–—’'‘`.,;:/()«»"“”&+]/u;

export interface FoldedText {
  folded: string;
  /** For each code unit of `folded`, the offset in the original text it comes from. */
  origin: Int32Array;
}

/** The folded text with a map back to the original offsets (a mention is highlighted in the original). */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (SEPARATOR.test(char)) {
      if (!lastWasSpace) {
        folded += ' ';
        origin.push(i);
        lastWasSpace = true;
      }
      continue;
    }
    const piece = foldTerm(char);
    for (const unit of piece) {
      folded += unit;
      origin.push(i);
    }
    if (piece.length > 0) lastWasSpace = false;
  }
  return { folded, origin: Int32Array.from(origin) };
}

/** A name folded for the matcher: "Région Bourgogne-Franche-Comté" → "region bourgogne franche comte". */
export function foldName(name: string): string {
  return foldWithOffsets(name).folded.trim();
}
