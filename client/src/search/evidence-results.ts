// "In the evidence": the facts whose verbatim quotes hold the searched words (GET /api/search/evidence),
// shown under the name matches of the toolbar search. Each row is the quote with the words marked
// and the fact it supports (a node, or a link's two ends); the server says where the words are.
import type { EvidenceHit, EvidenceSearchResponse } from '../../../server/contract/api.ts';
import type { ApiClient } from '../api/api-client.ts';
import { nodeName } from '../graph/elements.ts';
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';

/** Facts asked for at a time: the list is a glance; "more" pages on. */
export const EVIDENCE_PAGE = 5;

export function fetchEvidence(
  api: ApiClient,
  query: string,
  cursor: string | null,
  signal: AbortSignal,
): Promise<EvidenceSearchResponse> {
  const params = new URLSearchParams({ q: query, limit: String(EVIDENCE_PAGE) });
  if (cursor) params.set('cursor', cursor);
  return api.read<EvidenceSearchResponse>(`/search/evidence?${params}`, { signal });
}

/** The quote as text with the matched words in <mark>, in the order the server gave. */
export function markedQuote(hit: EvidenceHit): HTMLElement {
  const quote = h('q', { class: 'evidence-quote', 'data-testid': 'evidence-quote' });
  let at = 0;
  for (const { start, end } of [...hit.highlights].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    quote.append(hit.quote.slice(at, start), h('mark', {}, hit.quote.slice(start, end)));
    at = end;
  }
  quote.append(hit.quote.slice(at));
  return quote;
}

/** What the quote supports: "Dijon métropole — COOPERATES_WITH → Kumamoto", or the node's name. */
export function factLine(hit: EvidenceHit): string {
  const name = (id: string) => {
    const node = hit.graph.nodes.find((candidate) => candidate.id === id);
    return node ? nodeName(node) : id;
  };
  const edge = hit.graph.edges[0];
  if (hit.kind === 'edge' && edge) return `${name(edge.source)} — ${edge.type} → ${name(edge.target)}`;
  return name(hit.factId);
}

export function evidenceHeader(): HTMLLIElement {
  return h(
    'li',
    { class: 'search-section', role: 'presentation', 'data-testid': 'evidence-header' },
    t('search.inEvidence'),
  );
}

export function evidenceItem(hit: EvidenceHit): HTMLLIElement {
  return h(
    'li',
    {
      role: 'option',
      'aria-selected': 'false',
      class: 'evidence-hit',
      'data-testid': 'evidence-hit',
      'data-fact-id': hit.factId,
      'data-fact-kind': hit.kind,
    },
    h('span', { class: 'evidence-fact' }, factLine(hit)),
    markedQuote(hit),
  );
}

export function moreEvidenceItem(): HTMLLIElement {
  return h(
    'li',
    { role: 'option', 'aria-selected': 'false', class: 'evidence-more', 'data-testid': 'evidence-more' },
    t('search.moreEvidence'),
  );
}
