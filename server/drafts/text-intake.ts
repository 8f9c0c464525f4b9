// An article as the analyst sends it (plain text, Markdown, HTML) becomes the plain text a draft keeps:
// every offset of the draft (sentences, mentions, quotes) refers to that text, and so does the quote
// check at commit. Markdown is kept as written; HTML is reduced to its text, scripts and styles dropped.
import { convert } from 'html-to-text';
import type { CreateDraftRequest } from '../contract/drafts.ts';

const HTML_OPTIONS = {
  wordwrap: false as const,
  selectors: [
    // Links and images would add their URLs to the text; the analyst quotes words, not addresses.
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    // Headings keep their case: html-to-text upper-cases them by default, which breaks names.
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
      selector,
      options: { uppercase: false },
    })),
    { selector: 'table', format: 'dataTable' },
  ],
};

/** The plain text of the article: line endings normalised, trailing spaces trimmed. */
export function plainTextOf(text: string, format: CreateDraftRequest['format']): string {
  const raw = format === 'html' ? convert(text, HTML_OPTIONS) : text;
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
