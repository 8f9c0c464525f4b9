// The explorer's composition root: it builds the canvas (GraphView) and the controllers around it,
// and wires them together. main.ts builds it; nothing else reaches into it.
//   explorer/mode-controller.ts       full view / partnership view / overview, latest request wins
//   explorer/panels.ts                the panels and what a selection opens
//   explorer/view-state-controller.ts the URL, saved views, short links and the restore of either
//   explorer/chrome.ts                toolbar, tabs, language, what follows a change of the canvas
import type { WireGraph } from '../../server/contract/graph.ts';
import { ApiClient } from './api/api-client.ts';
import { Expander } from './explore/expand.ts';
import { wireChrome } from './explorer/chrome.ts';
import { ModeController } from './explorer/mode-controller.ts';
import { Panels } from './explorer/panels.ts';
import { ViewStateController } from './explorer/view-state-controller.ts';
import { wantsFirstView } from './first-view/first-view.ts';
import { GraphView } from './graph/graph-view.ts';
import type { LayoutName } from './graph/layouts.ts';
import { language, plural, t } from './i18n/i18n.ts';
import type { CanvasMenuDeps } from './menu/canvas-menu.ts';
import type { Shell } from './shell.ts';
import { SourceCache } from './sources/source-cache.ts';
import type { UrlState, ViewMode } from './state/url-state.ts';
import { attempt, setStatus, showError, watchCanvasForStatus } from './ui/toast.ts';
import { askForWriteToken } from './ui/token-dialog.ts';

interface ViewMeta {
  mode: ViewMode;
}

export class Explorer {
  readonly api = new ApiClient();
  readonly view: GraphView<ViewMeta>;
  readonly sources: SourceCache;
  readonly expander: Expander;
  readonly panels: Panels;
  private readonly modes: ModeController;
  private readonly viewStates: ViewStateController;
  /** Read before the URL is rewritten with the view's state (which drops `start`). */
  private readonly firstViewWanted = wantsFirstView();
  private busy = 0;

  constructor(
    private readonly shell: Shell,
    initial: UrlState,
  ) {
    this.api.writeToken.usePrompt(askForWriteToken);
    // The history's metadata is the mode, so undo and redo come back to the view they left.
    this.view = new GraphView<ViewMeta>(shell.graphHost, language(), {
      get: () => ({ mode: this.modes.current() }),
      apply: (meta) => this.modes.apply(meta.mode),
    });
    const view = this.view as GraphView<unknown>;
    const task = <T>(action: () => Promise<T>, context?: string) => this.task(action, context);
    this.sources = new SourceCache(this.api);
    this.expander = new Expander(this.api, view);
    this.modes = new ModeController(this.api, view, shell, () => this.viewStates?.syncUrl());
    const deps = { api: this.api, view, shell, sources: this.sources, expander: this.expander };
    this.panels = new Panels({
      ...deps,
      modes: this.modes,
      task,
      windowChanged: () => this.viewStates.syncUrl(),
    });
    this.viewStates = new ViewStateController(
      {
        ...deps,
        modes: this.modes,
        time: this.panels.time,
        filters: {
          get: () => this.panels.desk.filterState(),
          apply: (filters) => this.panels.desk.setFilterState(filters),
        },
        select: (selection) => this.panels.select(selection),
        task,
        firstView: () => (this.firstViewWanted ? this.showFirstView() : Promise.resolve()),
      },
      initial,
    );
    watchCanvasForStatus(
      () => `${this.view.nodeIds().length}|${this.view.edgeIds().length}|${this.view.hiddenCount()}`,
      () => plural('status.onCanvas', this.view.nodes(true).length),
    );
    const refreshChrome = wireChrome({
      ...deps,
      modes: this.modes,
      panels: this.panels,
      viewStates: this.viewStates,
      menu: this.menuDeps(),
      task,
      setLayout: (name) => this.setLayout(name),
    });
    if (initial.since !== null || initial.until !== null) {
      this.panels.time.set({ since: initial.since ?? 0, until: initial.until ?? 9999 }, false);
    }
    this.view.setDateWindow(this.panels.time.window());
    shell.layoutSelect.value = initial.layout;
    if (initial.panel) shell.tabs.show(initial.panel);
    refreshChrome();
  }

  /** Ready questions, filters, who bridges whom, common partners. */
  get desk() {
    return this.panels.desk;
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

  menuDeps(): CanvasMenuDeps {
    return {
      api: this.api,
      view: this.view as GraphView<unknown>,
      expander: this.expander,
      findPathsFrom: (id: string) => this.panels.findPathsFrom(id),
      showDetails: (kind: 'node' | 'edge', id: string) => this.panels.showDetails(kind, id),
      relayout: () => this.setLayout(this.view.layoutName()),
      commonPartners: (ids: string[]) => this.panels.desk.commonPartners(ids),
    };
  }

  viewMode(): ViewMode {
    return this.modes.current();
  }

  async setLayout(name: LayoutName): Promise<void> {
    this.shell.layoutSelect.value = name;
    setStatus(t('status.layout', { name: t(`layout.${name}`) }));
    const done = this.view.runLayout(name);
    this.viewStates.syncUrl();
    await done;
    setStatus('');
    this.viewStates.syncUrl();
  }

  /** A graph the Cypher workbench returned joins the full view. */
  showCypherGraph(graph: WireGraph): void {
    void this.task(async () => {
      if (this.modes.current() === 'partners') await this.modes.set('full');
      const added = await this.expander.addGraph(graph);
      this.view.fit();
      setStatus(plural('status.added', added.length));
    }, t('cypher.showFailed'));
  }

  setCypher(query: string): void {
    this.viewStates.setCypher(query);
  }

  undo(): void {
    this.view.undo();
  }

  redo(): void {
    this.view.redo();
  }

  /** Rebuilds the view a shared URL describes. */
  restore(state: UrlState): Promise<void> {
    return this.viewStates.restore(state);
  }

  /** The first view: the whole who-partners-with-whom network, the ready questions and sources. */
  async showFirstView(): Promise<void> {
    setStatus(t('status.loading'));
    await this.modes.set('partners');
    this.view.fit();
    this.shell.tabs.show('start');
    await Promise.all([this.panels.desk.start.renderSources(), this.panels.desk.loadNames()]);
  }

  loadTimeBounds(): Promise<void> {
    return this.panels.loadTimeBounds();
  }

  reportError(error: unknown): void {
    showError(error);
  }
}
