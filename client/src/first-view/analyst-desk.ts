// The analyst's desk: the "Start" tab (ready questions, sources) and the "Analyse" tab (filters,
// who bridges whom, common partners), wired to the canvas through GraphView and to the explorer
// through a few callbacks. The explorer decides when the first view is drawn (first-view.ts).
import type { WireGraph, WireNode } from '../../../server/contract/graph.ts';
import { AnalysisPanel } from '../analysis/analysis-panel.ts';
import type { ApiClient } from '../api/api-client.ts';
import { FilterPanel } from '../filters/filter-panel.ts';
import type { FilterState } from '../filters/filter-state.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { t } from '../i18n/i18n.ts';
import { CommonPartnersPanel } from '../partners/common-partners-panel.ts';
import type { SourceCache } from '../sources/source-cache.ts';
import { h } from '../ui/dom.ts';
import { attempt, showInfo } from '../ui/toast.ts';
import { StartPanel } from './start-panel.ts';

export interface DeskDeps {
  api: ApiClient;
  sources: SourceCache;
  view: GraphView<unknown>;
  add(graph: WireGraph): Promise<unknown>;
  fullView(): Promise<void>;
  findPaths(from: WireNode, to: WireNode): Promise<void>;
  showTab(id: 'start' | 'analyse' | 'paths'): void;
}

export class AnalystDesk {
  readonly start: StartPanel;
  readonly filters: FilterPanel;
  readonly analysis: AnalysisPanel;
  readonly common: CommonPartnersPanel;
  private readonly names = { countries: new Map<string, string>(), sources: new Map<string, string>() };

  constructor(startHost: HTMLElement, analyseHost: HTMLElement, deps: DeskDeps) {
    this.start = new StartPanel(deps);
    this.filters = new FilterPanel({ view: deps.view, names: () => this.names });
    this.analysis = new AnalysisPanel(deps.view);
    this.common = new CommonPartnersPanel(deps);
    const ofSelection = h(
      'button',
      { type: 'button', 'data-testid': 'common-of-selection', 'data-i18n': 'commonPartners.ofSelection' },
      t('commonPartners.ofSelection'),
    );
    ofSelection.addEventListener('click', () => void this.commonPartners(deps.view.selectedNodeIds()));
    startHost.append(this.start.element);
    analyseHost.append(
      this.filters.element,
      this.analysis.element,
      h('h3', { 'data-i18n': 'commonPartners.heading' }, t('commonPartners.heading')),
      h('p', { class: 'muted', 'data-i18n': 'commonPartners.hint' }, t('commonPartners.hint')),
      ofSelection,
      this.common.element,
    );
    this.deps = deps;
  }

  private readonly deps: DeskDeps;

  /** Country and source names for the filter panel, once (ids are shown until then). */
  async loadNames(): Promise<void> {
    const [overview, sources] = await Promise.all([
      this.deps.api.overview({ groupBy: 'country' }),
      this.deps.sources.all(),
    ]);
    for (const group of overview.groups) this.names.countries.set(group.key, group.name);
    for (const source of sources.values()) this.names.sources.set(source.id, source.title ?? source.id);
    this.filters.render();
  }

  async commonPartners(ids: readonly string[]): Promise<void> {
    if (ids.length < 2) {
      showInfo(t('commonPartners.needTwo'));
      return;
    }
    this.deps.showTab('analyse');
    await attempt(() => this.common.show(ids.slice(0, 10)), t('commonPartners.failed'));
  }

  filterState(): FilterState {
    return this.filters.state();
  }

  setFilterState(state: unknown): void {
    this.filters.set(state);
  }
}
