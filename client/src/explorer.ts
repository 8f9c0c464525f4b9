// The explorer's controller: it owns the view mode, the URL state and the wiring between the canvas
// (GraphView) and the panels. main.ts builds it; nothing else reaches into it.
import type { WireGraph } from '../../server/contract/graph.ts';
import { ApiClient } from './api/api-client.ts';
import { DetailsPanel } from './details/details-panel.ts';
import { Expander } from './explore/expand.ts';
import { LayoutController } from './explore/layout-controller.ts';
import { exportMenu } from './export/export-menu.ts';
import { AnalystDesk } from './first-view/analyst-desk.ts';
import { wantsFirstView } from './first-view/first-view.ts';
import type { YearWindow } from './graph/date-filter.ts';
import { GraphView, type Selection } from './graph/graph-view.ts';
import { isLayoutName, type LayoutName } from './graph/layouts.ts';
import { HoverCard } from './hover/hover-card.ts';
import { type Language, language, onLanguageChange, plural, setLanguage, t } from './i18n/i18n.ts';
import { SpreadsheetImportPanel } from './imports/spreadsheet-import-panel.ts';
import { renderLegend } from './legend/legend.ts';
import { OffMapList } from './map/off-map-list.ts';
import { openCanvasMenu } from './menu/canvas-menu.ts';
import { OverviewDrill, overviewFirst } from './partners/overview-drill.ts';
import { PartnershipMode } from './partners/partnership-mode.ts';
import { PathsPanel } from './paths/paths-panel.ts';
import { ReviewPanel } from './review/review-panel.ts';
import { createSearchBox } from './search/search-box.ts';
import type { Shell } from './shell.ts';
import { SourceCache } from './sources/source-cache.ts';
import { SourcesPanel } from './sources/sources-panel.ts';
import { nodesWithLinks } from './state/restore.ts';
import { type UrlState, type ViewMode, writeUrlState } from './state/url-state.ts';
import type { ViewState } from './state/view-state.ts';
import { AsOfPanel } from './timeline/as-of-panel.ts';
import { statusFilterControl } from './timeline/status-filter.ts';
import { TimeSlider } from './timeline/time-slider.ts';
import {
  attempt,
  refreshStaleStatus,
  setStatus,
  showError,
  showInfo,
  watchCanvasForStatus,
} from './ui/toast.ts';
import { askForWriteToken } from './ui/token-dialog.ts';
import { StoryPlayer } from './views/story-player.ts';
import { ViewsApi } from './views/views-api.ts';
import { ViewsPanel } from './views/views-panel.ts';

interface ViewMeta {
  mode: ViewMode;
}

export class Explorer {
  readonly api = new ApiClient();
  readonly view: GraphView<ViewMeta>;
  readonly sources: SourceCache;
  readonly expander: Expander;
  readonly details: DetailsPanel;
  readonly paths: PathsPanel;
  readonly sourcesPanel: SourcesPanel;
  readonly time: TimeSlider;
  /** Ready questions, filters, who bridges whom, common partners. */
  readonly desk: AnalystDesk;
  readonly review: ReviewPanel;
  private mode: ViewMode = 'full';
  private readonly partners: PartnershipMode;
  private readonly overview: OverviewDrill;
  private cypher: string | null = null;
  /** Read before the URL is rewritten with the view's state (which drops `start`). */
  private readonly firstViewWanted = wantsFirstView();
  private busy = 0;
  readonly viewsApi: ViewsApi;
  readonly story: StoryPlayer;
  private readonly viewsPanel: ViewsPanel;
  /** The saved view the canvas shows unchanged, kept in the URL as ?view=<id> until a change. */
  private openedView: string | null = null;
  private openedStory: string | null = null;
  /** Whether the analyst pressed a key or pointer since the saved view was opened. */
  private analystActed = false;
  /**
   * The filter panel's state, saved with views: it registers how to read and re-apply its filters
   * (a view saved before it existed simply has none).
   */
  private filterState: { get(): ViewState['filters']; apply(filters: ViewState['filters']): void } | null =
    null;

  constructor(
    private readonly shell: Shell,
    initial: UrlState,
  ) {
    this.cypher = initial.cypher;
    this.api.writeToken.usePrompt(askForWriteToken);
    this.view = new GraphView<ViewMeta>(shell.graphHost, language(), {
      get: () => ({ mode: this.mode }),
      apply: (meta) => this.applyMode(meta.mode),
    });
    const view = this.view as GraphView<unknown>;
    this.sources = new SourceCache(this.api);
    this.expander = new Expander(this.api, view);
    this.partners = new PartnershipMode(this.api, view);
    this.overview = new OverviewDrill(this.api, view, shell.loadMore);
    new LayoutController(this.api, view);
    new HoverCard(view, this.sources, shell.graphHost);
    const offMap = new OffMapList(view, (id) => {
      this.view.select(id);
      this.onSelect({ kind: 'node', id });
    });
    shell.graphHost.after(offMap.element);
    onLanguageChange(() => offMap.refresh());
    this.details = new DetailsPanel(shell.tabs.panel('details'), {
      api: this.api,
      sources: this.sources,
      view,
      expander: this.expander,
    });
    const add = (graph: WireGraph) => this.expander.addGraph(graph);
    this.paths = new PathsPanel(shell.tabs.panel('paths'), {
      api: this.api,
      view,
      add,
      pickEnded: () => {
        shell.pickBanner.hidden = true;
      },
    });
    this.sourcesPanel = new SourcesPanel(shell.tabs.panel('sources'), {
      api: this.api,
      sources: this.sources,
      view,
      add,
    });
    this.desk = new AnalystDesk(shell.tabs.panel('start'), shell.tabs.panel('analyse'), {
      api: this.api,
      sources: this.sources,
      view,
      add,
      fullView: () => this.setMode('full'),
      findPaths: async (from, to) => {
        this.shell.tabs.show('paths');
        this.paths.setFrom(from);
        this.paths.setTo(to);
        this.shell.pickBanner.hidden = true;
        await this.paths.run();
      },
      showTab: (id) => shell.tabs.show(id),
    });
    // The filter panel's state travels with saved views.
    this.useFilterState({
      get: () => this.desk.filterState(),
      apply: (filters) => this.desk.setFilterState(filters),
    });
    this.review = new ReviewPanel(shell.tabs.panel('review'), {
      api: this.api,
      preview: view,
      addGraph: add,
      showDetails: (id) => {
        this.view.select(id);
        this.onSelect({ kind: 'node', id });
      },
      reveal: () => {
        if (shell.tabs.active() !== 'review') shell.tabs.show('review');
      },
    });
    this.time = new TimeSlider((window) => this.onWindow(window));
    const statusFilter = statusFilterControl((filter) => {
      this.api.statusFilter = filter;
      this.view.setStatusFilter(filter);
    });
    shell.timeSlot.append(this.time.element, statusFilter.element);
    new AsOfPanel(shell.tabs.panel('time'), {
      api: this.api,
      showNetwork: (graph) => this.view.replaceGraph(graph),
      addNetwork: async (graph) => {
        await this.expander.addGraph(graph);
      },
      addNodes: async (ids) => {
        const { graph } = await nodesWithLinks(this.api, ids);
        await this.expander.addGraph(graph);
      },
      reveal: (id) => {
        const kind = this.view.node(id) ? 'node' : this.view.edge(id) ? 'edge' : null;
        if (!kind) return false;
        this.view.select(id);
        this.onSelect({ kind, id });
        return true;
      },
    });
    const spreadsheetImport = new SpreadsheetImportPanel(shell.tabs.panel('import'), {
      api: this.api,
      addNodes: async (ids) => {
        const { graph } = await nodesWithLinks(this.api, ids);
        await this.expander.addGraph(graph);
        this.sources.invalidate();
      },
    });
    shell.tabs.onShow((id) => {
      if (id === 'import') void attempt(() => spreadsheetImport.refreshSaved(), t('imports.failed'));
    });
    shell.exportSlot.append(exportMenu(view, this.sources));
    this.viewsApi = new ViewsApi(this.api);
    this.story = new StoryPlayer(this.viewsApi, (state) =>
      this.task(() => this.openViewState(state)).then(() => undefined),
    );
    shell.graphHost.parentElement?.append(this.story.element);
    this.viewsPanel = new ViewsPanel(shell.tabs.panel('views'), {
      views: this.viewsApi,
      capture: () => this.viewState(),
      open: (state) => this.task(() => this.openViewState(state)).then(() => undefined),
      play: (id) => {
        this.openedStory = id;
        return this.story.play(id);
      },
    });
    const search = createSearchBox({
      api: this.api,
      testId: 'search',
      placeholderKey: 'search.placeholder',
      labelKey: 'search.label',
      onPick: (node) =>
        void this.task(async () => {
          await this.expanderAdd(node.id, () => this.expander.addNode(node));
          this.view.select(node.id);
          this.onSelect({ kind: 'node', id: node.id });
        }, t('search.failed')),
      // A fact found in the quotes: it joins the canvas (a link with its two ends) and its details open.
      onPickEvidence: (hit) =>
        void this.task(async () => {
          if (this.mode === 'partners') await this.setMode('full');
          await this.expander.addGraph(hit.graph);
          this.view.select(hit.factId);
          this.onSelect({ kind: hit.kind, id: hit.factId });
        }, t('search.failed')),
    });
    shell.searchSlot.append(search.element);
    watchCanvasForStatus(
      () => `${this.view.nodeIds().length}|${this.view.edgeIds().length}|${this.view.hiddenCount()}`,
      () => plural('status.onCanvas', this.view.nodes(true).length),
    );
    this.wire();
    if (initial.since !== null || initial.until !== null) {
      this.time.set({ since: initial.since ?? 0, until: initial.until ?? 9999 }, false);
    }
    this.view.setDateWindow(this.time.window());
    this.shell.layoutSelect.value = initial.layout;
    if (initial.panel) shell.tabs.show(initial.panel);
    this.refreshChrome();
  }

  /** Runs an action with a busy indicator, sending any failure to the toasts. */
  private async task<T>(action: () => Promise<T>, context?: string): Promise<T | undefined> {
    this.busy += 1;
    this.shell.graphHost.setAttribute('aria-busy', 'true');
    try {
      return await attempt(action, context);
    } finally {
      this.busy -= 1;
      if (this.busy === 0) this.shell.graphHost.removeAttribute('aria-busy');
    }
  }

  private async expanderAdd(id: string, add: () => Promise<void>): Promise<void> {
    if (this.mode === 'partners') await this.partners.addActor(id);
    else await add();
  }

  private wire(): void {
    const { view, shell } = this;
    view.on('select', (selection) => this.onSelect(selection));
    view.on(
      'expand',
      (id) => void this.task(() => this.expanderAdd(id, () => this.expander.expand(id)), t('expand.failed')),
    );
    view.on('group', (group) => void this.task(() => this.expander.expandGroup(group), t('expand.failed')));
    view.on('drill', (group) => void this.task(() => this.overview.drill(group), t('overview.failed')));
    shell.overview.addEventListener(
      'click',
      () => void this.task(() => this.showOverview(), t('overview.failed')),
    );
    view.on('context', (target) => openCanvasMenu(this.menuDeps(), target, shell.graphHost));
    view.on('change', () => this.refreshChrome());
    // Background work (layouts settling, panels loading) also records history steps: only a change
    // that follows the analyst's own pointer or key makes the canvas no longer the saved view.
    for (const type of ['pointerdown', 'keydown'])
      document.addEventListener(
        type,
        () => {
          this.analystActed = true;
        },
        { capture: true },
      );
    view.on('history', () => {
      if (this.analystActed) {
        this.openedView = null;
        this.openedStory = null;
      }
      this.refreshChrome();
    });
    shell.modeFull.addEventListener(
      'click',
      () => void this.task(() => this.setMode('full'), t('mode.failed')),
    );
    shell.modePartners.addEventListener(
      'click',
      () => void this.task(() => this.setMode('partners'), t('mode.failed')),
    );
    shell.layoutSelect.addEventListener('change', () => {
      const name = shell.layoutSelect.value;
      if (isLayoutName(name)) void this.task(() => this.setLayout(name), t('layout.failed'));
    });
    shell.undo.addEventListener('click', () => this.undo());
    shell.redo.addEventListener('click', () => this.redo());
    shell.fit.addEventListener('click', () => view.fit());
    shell.sourcesButton.addEventListener('click', () => {
      shell.tabs.show('sources');
      shell.tabs.panel('sources').focus();
    });
    shell.addSourceButton.addEventListener('click', () => void this.review.addSource());
    shell.tabs.onShow((id) => {
      document.body.dataset.panel = id;
      if (id === 'sources') void attempt(() => this.sourcesPanel.render(), t('sources.loadFailed'));
      if (id === 'views') void attempt(() => this.viewsPanel.render(), t('views.openFailed'));
      if (id === 'review') void attempt(() => this.review.show(), t('review.loadFailed'));
      this.syncUrl();
    });
    shell.langFr.addEventListener('click', () => setLanguage('fr'));
    shell.langEn.addEventListener('click', () => setLanguage('en'));
    onLanguageChange((next) => this.onLanguage(next));
    this.onLanguage(language());
    new ResizeObserver(() => view.resize()).observe(shell.graphHost);
  }

  menuDeps() {
    return {
      api: this.api,
      view: this.view as GraphView<unknown>,
      expander: this.expander,
      findPathsFrom: (id: string) => this.findPathsFrom(id),
      showDetails: (kind: 'node' | 'edge', id: string) => {
        this.view.select(id);
        this.onSelect({ kind, id });
      },
      relayout: () => this.setLayout(this.view.layoutName()),
      commonPartners: (ids: string[]) => this.desk.commonPartners(ids),
    };
  }

  private onSelect(selection: Selection): void {
    if (selection?.kind === 'node' && this.paths.picking) {
      const node = this.view.node(selection.id);
      if (node) {
        this.paths.setTo(node);
        this.shell.tabs.show('paths');
        void this.paths.run();
        return;
      }
    }
    if (!selection) {
      this.view.clearHighlight();
      return;
    }
    if (this.shell.tabs.active() !== 'details') this.shell.tabs.show('details');
    if (selection.kind === 'node') void this.details.showNode(selection.id);
    else void this.details.showEdge(selection.id);
  }

  findPathsFrom(id: string): void {
    const node = this.view.node(id);
    if (!node) return;
    this.shell.tabs.show('paths');
    this.paths.startFrom(node);
    this.shell.pickBanner.textContent = t('paths.pickTarget');
    // Re-translated in place if the language changes while the analyst is picking.
    this.shell.pickBanner.dataset.i18n = 'paths.pickTarget';
    this.shell.pickBanner.hidden = false;
  }

  // --- Mode -----------------------------------------------------------------------------------

  viewMode(): ViewMode {
    return this.mode;
  }

  private applyMode(mode: ViewMode): void {
    this.mode = mode;
    this.syncUrl();
    this.shell.modeFull.setAttribute('aria-pressed', String(mode === 'full'));
    this.shell.modePartners.setAttribute('aria-pressed', String(mode === 'partners'));
    document.body.dataset.mode = mode;
  }

  /** The partnership network by country, drawn in the partnership view. */
  async showOverview(): Promise<void> {
    setStatus(t('status.loading'));
    await this.overview.show(() => this.applyMode('partners'));
  }

  async setMode(next: ViewMode): Promise<void> {
    if (next === this.mode) return;
    this.overview.forget();
    setStatus(t('status.loading'));
    if (next === 'partners') {
      const count = await this.partners.enter(() => this.applyMode('partners'));
      setStatus(plural('status.partnerships', count));
    } else {
      await this.partners.leave(() => this.applyMode('full'));
      setStatus('');
    }
  }

  async setLayout(name: LayoutName): Promise<void> {
    this.shell.layoutSelect.value = name;
    setStatus(t('status.layout', { name: t(`layout.${name}`) }));
    const done = this.view.runLayout(name);
    this.syncUrl();
    await done;
    setStatus('');
    this.syncUrl();
  }

  // --- Cypher workbench -------------------------------------------------------------------------

  showCypherGraph(graph: WireGraph): void {
    void this.task(async () => {
      if (this.mode === 'partners') await this.setMode('full');
      const added = await this.expander.addGraph(graph);
      this.view.fit();
      setStatus(plural('status.added', added.length));
    }, t('cypher.showFailed'));
  }

  setCypher(query: string): void {
    this.cypher = query.trim() ? query : null;
    this.syncUrl();
  }

  cypherQuery(): string | null {
    return this.cypher;
  }

  // --- State ----------------------------------------------------------------------------------

  undo(): void {
    this.view.undo();
  }

  redo(): void {
    this.view.redo();
  }

  private onWindow(window: YearWindow | null): void {
    this.view.setDateWindow(window);
    this.syncUrl();
  }

  private onLanguage(next: Language): void {
    this.view.setLanguage(next);
    this.shell.langFr.setAttribute('aria-pressed', String(next === 'fr'));
    this.shell.langEn.setAttribute('aria-pressed', String(next === 'en'));
    this.refreshChrome();
    this.paths.relabel();
    // A message in the old language becomes what the canvas holds, in the new one.
    if (this.shell.status.textContent) setStatus(plural('status.onCanvas', this.view.nodes(true).length));
    const selection = this.view.selected();
    if (selection) this.onSelect(selection);
    else this.details.clear();
  }

  private refreshChrome(): void {
    const nodes = this.view.nodes();
    // The legend counts what is drawn: hidden and filtered-out nodes are not on the canvas.
    renderLegend(this.shell.legend, this.view.nodes(true));
    this.shell.emptyHint.hidden = nodes.length > 0;
    this.shell.undo.disabled = !this.view.canUndo();
    this.shell.redo.disabled = !this.view.canRedo();
    refreshStaleStatus();
    if (this.shell.tabs.active() === 'sources')
      void attempt(() => this.sourcesPanel.render(), t('sources.loadFailed'));
    this.syncUrl();
  }

  urlState(): UrlState {
    const window = this.time.window();
    return {
      nodes: this.view.nodeIds(),
      mode: this.mode,
      layout: this.view.layoutName(),
      lang: language(),
      since: window?.since ?? null,
      until: window?.until ?? null,
      panel: this.shell.tabs.active() === 'details' ? null : this.shell.tabs.active(),
      cypher: this.cypher,
      view: this.openedView,
      story: this.openedStory,
    };
  }

  /** Lets the filter panel save its filters with views and re-apply them when one is opened. */
  useFilterState(state: { get(): ViewState['filters']; apply(filters: ViewState['filters']): void }): void {
    this.filterState = state;
  }

  /** The canvas as a saved view keeps it. */
  viewState(): ViewState {
    const window = this.time.window();
    const arrangement = this.view.arrangement();
    const filters = this.filterState?.get();
    return {
      mode: this.mode,
      layout: this.view.layoutName(),
      nodes: this.view.nodeIds(),
      ...arrangement,
      since: window?.since ?? null,
      until: window?.until ?? null,
      lang: language(),
      ...(filters ? { filters } : {}),
    };
  }

  /** Puts a saved view back: mode, layout, date window and filters, its nodes, then their arrangement. */
  async openViewState(state: ViewState, id: string | null = null): Promise<void> {
    // Opening makes history steps; the story being played stays in the URL all the same.
    const story = this.openedStory;
    this.overview.forget();
    this.applyMode(state.mode);
    const layout = isLayoutName(state.layout) ? state.layout : 'fcose';
    this.shell.layoutSelect.value = layout;
    this.time.set(
      state.since === null && state.until === null
        ? null
        : { since: state.since ?? 0, until: state.until ?? 9999 },
      false,
    );
    this.view.setDateWindow(this.time.window());
    if (state.filters) this.filterState?.apply(state.filters);
    await this.view.runLayout(layout, false);
    const { graph, missing } =
      state.mode === 'partners'
        ? await this.partners.restore(state.nodes)
        : await nodesWithLinks(this.api, state.nodes);
    await this.view.replaceGraph(graph);
    this.view.arrange(state);
    this.openedStory = story;
    if (missing.length > 0) showInfo(t('restore.missing', { count: missing.length }), missing.join(', '));
    this.openedView = id;
    this.analystActed = false;
    this.syncUrl();
    const selected = state.selected;
    if (selected) this.onSelect({ kind: this.view.node(selected) ? 'node' : 'edge', id: selected });
  }

  private syncUrl(): void {
    writeUrlState(this.urlState());
  }

  /** Rebuilds the view a shared URL describes. */
  async restore(state: UrlState): Promise<void> {
    if (state.story) {
      this.openedStory = state.story;
      await this.story.play(state.story);
      return;
    }
    if (state.view) {
      setStatus(t('status.restoring'));
      const saved = await this.viewsApi.get(state.view);
      await this.openViewState(saved.state, saved.id);
      setStatus(t('views.opened', { name: saved.name }));
      return;
    }
    this.applyMode(state.mode);
    await this.view.runLayout(state.layout, false);
    if (state.nodes.length === 0) {
      // A big graph opens on its overview; a small one (the curated data) on the first view: the
      // whole partnership network with the ready questions, unless the URL asks for an empty canvas.
      if (state.cypher) return;
      if (overviewFirst((await this.api.schema()).labels)) await this.showOverview();
      else if (this.firstViewWanted) await this.showFirstView();
      return;
    }
    setStatus(t('status.restoring'));
    let graph: WireGraph;
    let missing: string[] = [];
    let truncated = false;
    if (state.mode === 'partners') {
      ({ graph, missing } = await this.partners.restore(state.nodes));
    } else {
      ({ graph, missing, truncated } = await nodesWithLinks(this.api, state.nodes));
    }
    await this.view.replaceGraph(graph);
    if (missing.length > 0) showInfo(plural('restore.missing', missing.length), missing.join(', '));
    if (truncated) showInfo(t('links.truncated'));
    setStatus('');
  }

  /** The first view: the whole who-partners-with-whom network, the ready questions and sources. */
  async showFirstView(): Promise<void> {
    setStatus(t('status.loading'));
    await this.setMode('partners');
    this.view.fit();
    this.shell.tabs.show('start');
    await Promise.all([this.desk.start.renderSources(), this.desk.loadNames()]);
  }

  /** Sets the time slider's span from the dated items in the data. */
  async loadTimeBounds(): Promise<void> {
    const response = await this.api.timeline({ limit: 1000 });
    const years = response.items.flatMap((item) => {
      const start = Number(item.date.slice(0, 4));
      const end = item.end ? Number(item.end.slice(0, 4)) : start;
      return [start, end].filter(Number.isFinite);
    });
    if (years.length > 0) this.time.setBounds(Math.min(...years), Math.max(...years));
  }

  reportError(error: unknown): void {
    showError(error);
  }
}
