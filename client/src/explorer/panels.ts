// The panels around the canvas and their wiring: details, paths, sources, the analyst desk, review,
// the time controls, as-of, spreadsheet import, export and search. Each gets the few operations it
// needs; what a selection opens (details, or the second end of a path being picked) is decided here.
import type { WireGraph } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import { DetailsPanel } from '../details/details-panel.ts';
import type { Expander } from '../explore/expand.ts';
import { LayoutController } from '../explore/layout-controller.ts';
import { exportMenu } from '../export/export-menu.ts';
import { AnalystDesk } from '../first-view/analyst-desk.ts';
import type { YearWindow } from '../graph/date-filter.ts';
import type { GraphView, Selection } from '../graph/graph-view.ts';
import { HoverCard } from '../hover/hover-card.ts';
import { onLanguageChange, t } from '../i18n/i18n.ts';
import { SpreadsheetImportPanel } from '../imports/spreadsheet-import-panel.ts';
import { OffMapList } from '../map/off-map-list.ts';
import { PathsPanel } from '../paths/paths-panel.ts';
import { ReviewPanel } from '../review/review-panel.ts';
import { createSearchBox } from '../search/search-box.ts';
import type { Shell } from '../shell.ts';
import type { SourceCache } from '../sources/source-cache.ts';
import { SourcesPanel } from '../sources/sources-panel.ts';
import { nodesWithLinks } from '../state/restore.ts';
import { AsOfPanel } from '../timeline/as-of-panel.ts';
import { statusFilterControl } from '../timeline/status-filter.ts';
import { TimeSlider } from '../timeline/time-slider.ts';
import { attempt } from '../ui/toast.ts';
import type { ModeController } from './mode-controller.ts';

export interface PanelsDeps {
  api: ApiClient;
  view: GraphView<unknown>;
  shell: Shell;
  sources: SourceCache;
  expander: Expander;
  modes: ModeController;
  task<T>(action: () => Promise<T>, context?: string): Promise<T | undefined>;
  /** The date window changed (the URL follows). */
  windowChanged(): void;
}

export class Panels {
  readonly details: DetailsPanel;
  readonly paths: PathsPanel;
  readonly sourcesPanel: SourcesPanel;
  /** Ready questions, filters, who bridges whom, common partners. */
  readonly desk: AnalystDesk;
  readonly review: ReviewPanel;
  readonly time: TimeSlider;

  constructor(private readonly deps: PanelsDeps) {
    const { api, view, shell, sources, expander, modes, task } = deps;
    new LayoutController(api, view);
    new HoverCard(view, sources, shell.graphHost);
    const offMap = new OffMapList(view, (id) => this.showDetails('node', id));
    shell.graphHost.after(offMap.element);
    onLanguageChange(() => offMap.refresh());
    this.details = new DetailsPanel(shell.tabs.panel('details'), { api, sources, view, expander });
    const add = (graph: WireGraph) => expander.addGraph(graph);
    const addNodes = async (ids: string[]) => {
      const { graph } = await nodesWithLinks(api, ids);
      await expander.addGraph(graph);
    };
    this.paths = new PathsPanel(shell.tabs.panel('paths'), {
      api,
      view,
      add,
      pickEnded: () => {
        shell.pickBanner.hidden = true;
      },
    });
    this.sourcesPanel = new SourcesPanel(shell.tabs.panel('sources'), { api, sources, view, add });
    this.desk = new AnalystDesk(shell.tabs.panel('start'), shell.tabs.panel('analyse'), {
      api,
      sources,
      view,
      add,
      fullView: () => modes.set('full'),
      findPaths: async (from, to) => {
        shell.tabs.show('paths');
        this.paths.setFrom(from);
        this.paths.setTo(to);
        shell.pickBanner.hidden = true;
        await this.paths.run();
      },
      showTab: (id) => shell.tabs.show(id),
    });
    this.review = new ReviewPanel(shell.tabs.panel('review'), {
      api,
      preview: view,
      addGraph: add,
      showDetails: (id) => this.showDetails('node', id),
      reveal: () => {
        if (shell.tabs.active() !== 'review') shell.tabs.show('review');
      },
    });
    this.time = new TimeSlider((window) => this.onWindow(window));
    const statusFilter = statusFilterControl((filter) => {
      api.statusFilter = filter;
      view.setStatusFilter(filter);
    });
    shell.timeSlot.append(this.time.element, statusFilter.element);
    new AsOfPanel(shell.tabs.panel('time'), {
      api,
      showNetwork: (graph) => view.replaceGraph(graph),
      addNetwork: async (graph) => {
        await expander.addGraph(graph);
      },
      addNodes,
      reveal: (id) => {
        const kind = view.node(id) ? 'node' : view.edge(id) ? 'edge' : null;
        if (!kind) return false;
        this.showDetails(kind, id);
        return true;
      },
    });
    const spreadsheetImport = new SpreadsheetImportPanel(shell.tabs.panel('import'), {
      api,
      addNodes: async (ids) => {
        await addNodes(ids);
        sources.invalidate();
      },
    });
    shell.tabs.onShow((id) => {
      if (id === 'import') void attempt(() => spreadsheetImport.refreshSaved(), t('imports.failed'));
    });
    shell.exportSlot.append(exportMenu(view, sources));
    const search = createSearchBox({
      api,
      testId: 'search',
      placeholderKey: 'search.placeholder',
      labelKey: 'search.label',
      onPick: (node) =>
        void task(async () => {
          await modes.addActor(node.id, () => expander.addNode(node));
          this.showDetails('node', node.id);
        }, t('search.failed')),
      // A fact found in the quotes: it joins the canvas (a link with its two ends) and its details open.
      onPickEvidence: (hit) =>
        void task(async () => {
          if (modes.current() === 'partners') await modes.set('full');
          await expander.addGraph(hit.graph);
          this.showDetails(hit.kind, hit.factId);
        }, t('search.failed')),
    });
    shell.searchSlot.append(search.element);
  }

  /** Selects an element and opens its details. */
  showDetails(kind: 'node' | 'edge', id: string): void {
    this.deps.view.select(id);
    this.select({ kind, id });
  }

  /** What a selection opens: the second end of the path being picked, or the element's details. */
  select(selection: Selection): void {
    const { view, shell } = this.deps;
    if (selection?.kind === 'node' && this.paths.picking) {
      const node = view.node(selection.id);
      if (node) {
        this.paths.setTo(node);
        shell.tabs.show('paths');
        void this.paths.run();
        return;
      }
    }
    if (!selection) {
      view.clearHighlight();
      return;
    }
    if (shell.tabs.active() !== 'details') shell.tabs.show('details');
    if (selection.kind === 'node') void this.details.showNode(selection.id);
    else void this.details.showEdge(selection.id);
  }

  findPathsFrom(id: string): void {
    const { view, shell } = this.deps;
    const node = view.node(id);
    if (!node) return;
    shell.tabs.show('paths');
    this.paths.startFrom(node);
    shell.pickBanner.textContent = t('paths.pickTarget');
    // Re-translated in place if the language changes while the analyst is picking.
    shell.pickBanner.dataset.i18n = 'paths.pickTarget';
    shell.pickBanner.hidden = false;
  }

  /** Sets the time slider's span from the dated items in the data. */
  async loadTimeBounds(): Promise<void> {
    const response = await this.deps.api.timeline({ limit: 1000 });
    const years = response.items.flatMap((item) => {
      const start = Number(item.date.slice(0, 4));
      const end = item.end ? Number(item.end.slice(0, 4)) : start;
      return [start, end].filter(Number.isFinite);
    });
    if (years.length > 0) this.time.setBounds(Math.min(...years), Math.max(...years));
  }

  private onWindow(window: YearWindow | null): void {
    this.deps.view.setDateWindow(window);
    this.deps.windowChanged();
  }
}
