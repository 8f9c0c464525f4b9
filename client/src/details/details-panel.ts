// The details of the selected node or edge: properties, the quotes that support it and their
// sources; for partnership edges, each piece of evidence with its own citations.
import type { Evidence, NodeDetailsResponse } from '../../../server/contract/api.ts';
import type { JsonValue, WireEdge } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import type { Expander } from '../explore/expand.ts';
import { nodeName, text } from '../graph/elements.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { primaryLabel } from '../graph/palette.ts';
import { plural, t } from '../i18n/i18n.ts';
import { kindName, labelAndKind, labelName, propertyName, relationshipName } from '../i18n/vocabulary.ts';
import type { SourceCache } from '../sources/source-cache.ts';
import { h } from '../ui/dom.ts';
import { attempt, showError } from '../ui/toast.ts';
import { citationList } from './citation-list.ts';
import { CurationClient } from './curation-client.ts';
import { type CurationCanvas, CurationSection } from './curation-section.ts';
import { statusBadge, statusBlock } from './status-block.ts';

// Status, its history and the inferred-date mark show above the table (status-block.ts).
const HIDDEN_KEYS = new Set([
  'sources',
  'quotes',
  'evidence',
  'name',
  'nameEn',
  'status',
  'statusHistory',
  'dateInferred',
  'sourceCount',
]);

function formatValue(value: JsonValue): string {
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function propertyTable(props: Record<string, JsonValue>): HTMLElement {
  const rows = Object.entries(props)
    .filter(([key]) => !HIDDEN_KEYS.has(key))
    .sort(([a], [b]) => a.localeCompare(b));
  if (rows.length === 0) return h('p', { class: 'muted' }, t('details.noProperties'));
  return h(
    'dl',
    { class: 'properties', 'data-testid': 'details-properties' },
    rows.flatMap(([key, value]) => [
      h('dt', { title: key }, propertyName(key)),
      h('dd', {}, formatValue(value)),
    ]),
  );
}

function evidenceItem(evidence: Evidence): HTMLElement {
  const facts = [
    t(`evidence.${evidence.kind}`),
    // An agreement's type is its kind (mou…); other evidence is typed by its relationship.
    evidence.kind === 'agreement' ? kindName(evidence.type) : relationshipName(evidence.type),
    evidence.date,
  ].filter(Boolean);
  return h(
    'li',
    { class: 'evidence', 'data-testid': 'evidence' },
    h(
      'div',
      { class: 'evidence-head' },
      h('strong', {}, evidence.name ?? evidence.id),
      h('span', { class: 'badge' }, facts.join(' · ')),
      evidence.status ? statusBadge(evidence.status) : null,
    ),
    evidence.statusHistory.length > 1
      ? h(
          'p',
          { class: 'muted status-history', 'data-testid': 'evidence-status-history' },
          evidence.statusHistory.map((entry) => entry.split('|').slice(0, 2).join(' ')).join(' → '),
        )
      : null,
    h(
      'p',
      { class: evidence.sources > 1 ? 'muted' : 'muted single-source', 'data-testid': 'evidence-sources' },
      plural('details.sourceCount', evidence.sources),
    ),
    citationList(evidence.citations),
  );
}

function evidenceOf(edge: WireEdge): Evidence[] {
  // The API sends evidence as JSON objects of the Evidence shape (contract: partnershipsResponse).
  return Array.isArray(edge.properties.evidence) ? (edge.properties.evidence as unknown as Evidence[]) : [];
}

export class DetailsPanel {
  private token = 0;
  private readonly curation: CurationSection;

  constructor(
    private readonly body: HTMLElement,
    private readonly deps: {
      api: ApiClient;
      sources: SourceCache;
      view: GraphView<unknown> & CurationCanvas;
      expander: Expander;
    },
  ) {
    this.curation = new CurationSection(new CurationClient(deps.api), deps.view, {
      refresh: (id) => void (deps.view.node(id) ? this.showNode(id) : this.showEdge(id)),
      gone: () => this.clear(),
    });
    this.clear();
  }

  clear(): void {
    this.token += 1;
    this.body.replaceChildren(h('p', { class: 'muted', 'data-testid': 'details-empty' }, t('details.empty')));
  }

  async showNode(id: string): Promise<void> {
    const token = ++this.token;
    const node = this.deps.view.node(id);
    if (!node) return this.clear();
    const label = primaryLabel(node.labels);
    const kind = text(node.properties.kind);
    const nameEn = text(node.properties.nameEn);
    const citations = h('div', { class: 'citations-slot' }, h('p', { class: 'muted' }, t('common.loading')));
    const neighbours = h('div', { class: 'neighbour-counts' });
    this.body.replaceChildren(
      h(
        'article',
        { class: 'details', 'data-testid': 'details-node', 'data-node-id': id },
        h('h2', { 'data-testid': 'details-title' }, nodeName(node)),
        nameEn && nameEn !== nodeName(node)
          ? h('p', { class: 'name-en', 'data-testid': 'details-name-en' }, nameEn)
          : null,
        h('p', {}, h('span', { class: 'badge' }, labelAndKind(label, kind))),
        statusBlock(null, node.properties, this.deps.sources),
        propertyTable(node.properties),
        h('h3', {}, t('details.neighbours')),
        neighbours,
        h('h3', {}, t('details.citations')),
        citations,
        label === 'Source'
          ? this.curation.forSource(id, nodeName(node))
          : this.curation.forElement(id, node.properties),
      ),
    );
    let response: NodeDetailsResponse;
    try {
      response = await this.deps.api.node(id);
    } catch (error) {
      if (token === this.token)
        citations.replaceChildren(h('p', { class: 'error-text' }, t('details.loadFailed')));
      showError(error, t('details.loadFailed'));
      return;
    }
    if (token !== this.token) return;
    citations.replaceChildren(citationList(response.citations, this.curation.citationActions(id)));
    neighbours.replaceChildren(
      ...response.neighbourCounts.map((group) =>
        h(
          'button',
          {
            type: 'button',
            class: 'chip',
            'data-testid': 'details-expand-group',
            onclick: () =>
              void attempt(() =>
                this.deps.expander.expandByType(id, group.type, group.direction, group.label),
              ),
          },
          `${group.direction === 'out' ? '→' : '←'} ${relationshipName(group.type)} · ${labelName(group.label)} (${group.count})`,
        ),
      ),
    );
    if (response.neighbourCounts.length === 0)
      neighbours.append(h('p', { class: 'muted' }, t('details.noNeighbours')));
  }

  async showEdge(id: string): Promise<void> {
    const token = ++this.token;
    const edge = this.deps.view.edge(id);
    if (!edge) return this.clear();
    const from = this.deps.view.node(edge.source);
    const to = this.deps.view.node(edge.target);
    const evidence = evidenceOf(edge);
    const citations = h('div', { class: 'citations-slot' }, h('p', { class: 'muted' }, t('common.loading')));
    this.body.replaceChildren(
      h(
        'article',
        { class: 'details', 'data-testid': 'details-edge', 'data-edge-id': id },
        h(
          'h2',
          { 'data-testid': 'details-title' },
          from ? nodeName(from) : edge.source,
          h('span', { class: 'edge-type', title: edge.type }, ` — ${relationshipName(edge.type)} → `),
          to ? nodeName(to) : edge.target,
        ),
        statusBlock(edge.type, edge.properties, this.deps.sources),
        propertyTable(edge.properties),
        evidence.length > 0
          ? [
              h('h3', {}, t('details.evidence', { count: evidence.length })),
              h('ul', { class: 'evidence-list', 'data-testid': 'evidence-list' }, evidence.map(evidenceItem)),
            ]
          : [h('h3', {}, t('details.citations')), citations],
        // Partnership edges are aggregates of several facts: each fact is corrected on its own.
        evidence.length > 0 ? null : this.curation.forElement(id, edge.properties),
      ),
    );
    if (evidence.length > 0) return;
    try {
      const list = await this.deps.sources.citationsOf(edge.properties);
      if (token === this.token)
        citations.replaceChildren(citationList(list, this.curation.citationActions(id)));
    } catch (error) {
      if (token === this.token)
        citations.replaceChildren(h('p', { class: 'error-text' }, t('details.loadFailed')));
      showError(error, t('details.loadFailed'));
    }
  }
}
