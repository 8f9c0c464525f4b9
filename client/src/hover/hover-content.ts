// What a hover card says: the essentials of a node (name, label and kind, country, links on the
// canvas, sources) or of a link (type, endpoints, status and date, its first quote shortened with
// the source's title), read from the canvas only, so the card costs no request but the source list.
import type { JsonValue, WireEdge, WireNode } from '../../../server/contract/graph.ts';
import { nodeName, text } from '../graph/elements.ts';
import { primaryLabel } from '../graph/palette.ts';
import { plural, t } from '../i18n/i18n.ts';
import { labelAndKind, relationshipName, statusName } from '../i18n/vocabulary.ts';
import type { SourceCache } from '../sources/source-cache.ts';
import { h } from '../ui/dom.ts';

/** What the card reads from the canvas (GraphView provides it). */
export interface CardCanvas {
  node(id: string): WireNode | undefined;
  edge(id: string): WireEdge | undefined;
  edges(): WireEdge[];
}

const QUOTE_MAX = 160;
/** Relationships that say where an actor is: followed (up to a few steps) to find its country. */
const LOCATING = new Set(['GOVERNS', 'LOCATED_IN', 'HAS_OFFICE_IN', 'PART_OF', 'HELD_IN']);

export function shorten(quote: string, max = QUOTE_MAX): string {
  if (quote.length <= max) return quote;
  const cut = quote.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function distinct(value: JsonValue | undefined): number {
  return Array.isArray(value) ? new Set(value.map(String)).size : 0;
}

/** The country the canvas places the node in: itself, or a country Place its locating links reach. */
function countryOf(canvas: CardCanvas, node: WireNode, edges: WireEdge[]): string | null {
  const isCountry = (candidate: WireNode) =>
    primaryLabel(candidate.labels) === 'Place' && text(candidate.properties.kind) === 'country';
  let frontier = [node];
  const seen = new Set([node.id]);
  for (let step = 0; step < 4 && frontier.length > 0; step++) {
    const next: WireNode[] = [];
    for (const current of frontier) {
      if (step > 0 && isCountry(current)) return nodeName(current);
      for (const edge of edges) {
        if (edge.source !== current.id || !LOCATING.has(edge.type) || seen.has(edge.target)) continue;
        seen.add(edge.target);
        const target = canvas.node(edge.target);
        if (target) next.push(target);
      }
    }
    frontier = next;
  }
  return null;
}

function line(testId: string, content: string): HTMLElement {
  return h('p', { class: 'hover-line', 'data-testid': testId }, content);
}

export function nodeCard(canvas: CardCanvas, id: string): HTMLElement[] | null {
  const node = canvas.node(id);
  if (!node) return null;
  const edges = canvas.edges();
  const neighbours = new Set<string>();
  for (const edge of edges) {
    if (edge.source === id) neighbours.add(edge.target);
    else if (edge.target === id) neighbours.add(edge.source);
  }
  const country = countryOf(canvas, node, edges);
  const status = text(node.properties.status);
  const date = text(node.properties.date) ?? text(node.properties.start);
  const nameEn = text(node.properties.nameEn);
  return [
    h('strong', { class: 'hover-title', 'data-testid': 'hover-card-title' }, nodeName(node)),
    nameEn && nameEn !== nodeName(node) ? line('hover-card-name-en', nameEn) : null,
    line('hover-card-kind', labelAndKind(primaryLabel(node.labels), text(node.properties.kind))),
    country ? line('hover-card-country', t('hover.country', { country })) : null,
    status || date
      ? line('hover-card-status', [status ? statusName(status) : null, date].filter(Boolean).join(' · '))
      : null,
    line(
      'hover-card-counts',
      `${plural('hover.links', neighbours.size)} · ${plural('hover.sources', distinct(node.properties.sources))}`,
    ),
  ].filter((part): part is HTMLElement => part !== null);
}

export function edgeCard(canvas: CardCanvas, id: string, sources: SourceCache): HTMLElement[] | null {
  const edge = canvas.edge(id);
  if (!edge) return null;
  const name = (nodeId: string) => {
    const node = canvas.node(nodeId);
    return node ? nodeName(node) : nodeId;
  };
  const status = text(edge.properties.status);
  const date = text(edge.properties.date) ?? text(edge.properties.since);
  const quotes = Array.isArray(edge.properties.quotes) ? edge.properties.quotes.map(String) : [];
  const sourceIds = Array.isArray(edge.properties.sources) ? edge.properties.sources.map(String) : [];
  const source = h('cite', { class: 'hover-source', 'data-testid': 'hover-card-source' }, sourceIds[0] ?? '');
  const first = sourceIds[0];
  if (first) {
    void sources.all().then(
      (all) => {
        const title = all.get(first)?.title;
        if (title) source.textContent = title;
      },
      () => undefined, // The id stays readable; the details panel reports a failed source list.
    );
  }
  const quote = quotes[0];
  return [
    h(
      'strong',
      { class: 'hover-title', 'data-testid': 'hover-card-title' },
      `${name(edge.source)} — ${relationshipName(edge.type)} → ${name(edge.target)}`,
    ),
    status || date
      ? line('hover-card-status', [status ? statusName(status) : null, date].filter(Boolean).join(' · '))
      : null,
    quote
      ? h('blockquote', { class: 'hover-quote', 'data-testid': 'hover-card-quote' }, shorten(quote))
      : line('hover-card-no-quote', t('details.noCitations')),
    first ? source : null,
    sourceIds.length > 1 ? line('hover-card-counts', plural('hover.sources', distinct(sourceIds))) : null,
  ].filter((part): part is HTMLElement => part !== null);
}
