// "Who bridges whom": size the canvas's nodes by degree or betweenness, colour them by Louvain
// community (with a legend), and rank who connects the French, Japanese and US actors, with the
// shortest paths through a broker drawable on the canvas. Computed on the canvas graph.
import type { WireEdge, WireNode } from '../../../server/contract/graph.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { type Bridge, bridgesBetween, pathsThrough } from './bridges.ts';
import {
  type Centrality,
  centralityOf,
  communityColour,
  type SizeMeasure,
  sizesFrom,
  toGraphology,
} from './centrality.ts';

/** The country groups compared by "who connects": France, Japan, the United States. */
export const BRIDGED_COUNTRIES = ['place-france', 'place-japan', 'place-united-states'] as const;

export interface AnalysisSettings {
  size: SizeMeasure | 'none';
  communities: boolean;
}

const nameOf = (node: WireNode | undefined, id: string): string =>
  String(node?.properties.nameEn ?? node?.properties.name ?? id);

const countryOf = (node: WireNode | undefined): string | null => {
  const country = node?.properties.derivedCountryId;
  return typeof country === 'string' && (BRIDGED_COUNTRIES as readonly string[]).includes(country)
    ? country
    : null;
};

/** The edge ids along a path of node ids (any edge between two consecutive nodes). */
export function edgesAlong(path: readonly string[], edges: readonly WireEdge[]): string[] {
  const ids: string[] = [];
  for (let index = 1; index < path.length; index += 1) {
    const a = path[index - 1];
    const b = path[index];
    const edge = edges.find(
      (candidate) =>
        (candidate.source === a && candidate.target === b) ||
        (candidate.source === b && candidate.target === a),
    );
    if (edge) ids.push(edge.id);
  }
  return ids;
}

export class AnalysisPanel {
  readonly element: HTMLElement;
  private settings: AnalysisSettings = { size: 'none', communities: false };
  private centrality: Centrality | null = null;
  private readonly legend = h('div', { class: 'analysis-legend', 'data-testid': 'analysis-legend' });
  private readonly bridgeList = h('ol', { class: 'bridge-list', 'data-testid': 'bridges' });

  constructor(private readonly view: GraphView<unknown>) {
    const size = h(
      'select',
      { 'data-testid': 'size-by', 'aria-label': t('analysis.sizeBy') },
      (['none', 'degree', 'betweenness'] as const).map((value) =>
        h('option', { value }, t(`analysis.size.${value}`)),
      ),
    );
    size.addEventListener('change', () => {
      const value = size.value;
      this.settings.size = value === 'degree' || value === 'betweenness' ? value : 'none';
      this.apply();
    });
    const communities = h('input', { type: 'checkbox', 'data-testid': 'colour-communities' });
    communities.addEventListener('change', () => {
      this.settings.communities = communities.checked;
      this.apply();
    });
    const run = h('button', { type: 'button', 'data-testid': 'bridges-run' }, t('analysis.bridgesRun'));
    run.addEventListener('click', () => this.showBridges());
    this.element = h(
      'section',
      { class: 'analysis-panel', 'data-testid': 'analysis-panel' },
      h('h3', {}, t('analysis.title')),
      h('label', { class: 'analysis-row' }, `${t('analysis.sizeBy')} `, size),
      h('label', { class: 'analysis-row' }, communities, ` ${t('analysis.communities')}`),
      this.legend,
      h('h4', {}, t('analysis.bridgesTitle')),
      h('p', { class: 'muted' }, t('analysis.bridgesHint')),
      run,
      this.bridgeList,
    );
    // The marks follow the canvas: an expansion or a removal changes who is central.
    view.on('change', () => {
      if (this.settings.size !== 'none' || this.settings.communities) this.apply();
    });
  }

  current(): AnalysisSettings {
    return { ...this.settings };
  }

  private compute(): Centrality {
    this.centrality = centralityOf(this.view.nodes(), this.view.edges());
    return this.centrality;
  }

  private apply(): void {
    const measures = this.settings.size === 'none' && !this.settings.communities ? null : this.compute();
    const sizes = measures && this.settings.size !== 'none' ? sizesFrom(measures[this.settings.size]) : null;
    const colours =
      measures && this.settings.communities
        ? new Map([...measures.community].map(([id, community]) => [id, communityColour(community)]))
        : null;
    this.view.setNodeSizes(sizes);
    this.view.setNodeColours(colours);
    this.renderLegend(measures);
  }

  private renderLegend(measures: Centrality | null): void {
    if (!measures) {
      this.legend.replaceChildren();
      return;
    }
    const nodes = new Map(this.view.nodes().map((node) => [node.id, node]));
    const parts: HTMLElement[] = [];
    if (this.settings.size !== 'none') {
      const values = measures[this.settings.size];
      const top = [...values.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
      parts.push(
        h('p', {}, t(`analysis.sizeLegend.${this.settings.size}`)),
        h(
          'ol',
          { class: 'central-list', 'data-testid': 'central-top' },
          top.map(([id, value]) =>
            h('li', { 'data-node-id': id }, `${nameOf(nodes.get(id), id)} — ${Number(value.toFixed(1))}`),
          ),
        ),
      );
    }
    if (this.settings.communities) {
      const members = new Map<number, string[]>();
      for (const [id, community] of measures.community)
        members.set(community, [...(members.get(community) ?? []), id]);
      const ranked = (ids: string[]) =>
        [...ids].sort((a, b) => (measures.degree.get(b) ?? 0) - (measures.degree.get(a) ?? 0));
      parts.push(
        h('p', {}, t('analysis.communityLegend', { count: measures.communityCount })),
        h(
          'ul',
          { class: 'community-list', 'data-testid': 'community-legend' },
          [...members.entries()]
            .sort((a, b) => a[0] - b[0])
            .map(([community, ids]) =>
              h(
                'li',
                { 'data-community': community },
                h('span', { class: 'swatch', style: `background:${communityColour(community)}` }),
                ` ${ranked(ids)
                  .slice(0, 3)
                  .map((id) => nameOf(nodes.get(id), id))
                  .join(', ')}${ids.length > 3 ? '…' : ''} (${ids.length})`,
              ),
            ),
        ),
      );
    }
    this.legend.replaceChildren(...parts);
  }

  /** Ranks who lies on the shortest paths between actors of different countries. */
  showBridges(): Bridge[] {
    const nodes = new Map(this.view.nodes().map((node) => [node.id, node]));
    const graph = toGraphology(this.view.nodes(), this.view.edges());
    const groupOf = (id: string) => countryOf(nodes.get(id));
    const answer = bridgesBetween(graph, groupOf);
    const top = answer.bridges.slice(0, 10);
    this.bridgeList.replaceChildren(
      ...(top.length === 0
        ? [h('li', { class: 'muted' }, t('analysis.noBridges'))]
        : top.map((bridge) => {
            const item = h(
              'li',
              { 'data-node-id': bridge.id, 'data-testid': 'bridge' },
              h(
                'button',
                { type: 'button', class: 'link-button', 'data-testid': 'bridge-paths' },
                nameOf(nodes.get(bridge.id), bridge.id),
              ),
              ` — ${t('analysis.bridgePairs', { pairs: bridge.pairs, total: answer.connectedPairs })}`,
            );
            item.querySelector('button')?.addEventListener('click', () => {
              const paths = pathsThrough(graph, bridge.id, groupOf);
              const edges = this.view.edges();
              const ids = new Set(paths.flat());
              for (const path of paths) for (const edge of edgesAlong(path, edges)) ids.add(edge);
              this.view.highlight([...ids]);
            });
            return item;
          })),
    );
    return top;
  }
}
