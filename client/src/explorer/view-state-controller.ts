// The view as the URL and saved views keep it: what the address bar shows (nodes, mode, layout, the
// overview or ?view=<id> while a saved view is shown unchanged), what a saved view stores, and the
// way back from either, a shared URL's or a saved view's, to the canvas.
import type { WireGraph } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import type { GraphView, Selection } from '../graph/graph-view.ts';
import { isLayoutName } from '../graph/layouts.ts';
import { language, plural, t } from '../i18n/i18n.ts';
import { overviewFirst } from '../partners/overview-drill.ts';
import type { Shell } from '../shell.ts';
import { nodesWithLinks } from '../state/restore.ts';
import { type UrlState, writeUrlState } from '../state/url-state.ts';
import type { ViewState } from '../state/view-state.ts';
import type { TimeSlider } from '../timeline/time-slider.ts';
import { setStatus, showInfo } from '../ui/toast.ts';
import { StoryPlayer } from '../views/story-player.ts';
import { ViewsApi } from '../views/views-api.ts';
import { ViewsPanel } from '../views/views-panel.ts';
import type { ModeController } from './mode-controller.ts';

export interface ViewStateDeps {
  api: ApiClient;
  view: GraphView<unknown>;
  shell: Shell;
  modes: ModeController;
  time: TimeSlider;
  /** The filter panel's state: saved with views, re-applied when one is opened. */
  filters: { get(): ViewState['filters']; apply(filters: ViewState['filters']): void };
  select(selection: Selection): void;
  /** Runs an action with the busy indicator, failures to the toasts. */
  task<T>(action: () => Promise<T>, context?: string): Promise<T | undefined>;
  /** The first view, for a URL that names no view (unless it asks for the empty canvas). */
  firstView(): Promise<void>;
}

export class ViewStateController {
  readonly viewsApi: ViewsApi;
  readonly story: StoryPlayer;
  readonly viewsPanel: ViewsPanel;
  private cypher: string | null;
  /** The saved view the canvas shows unchanged, kept in the URL as ?view=<id> until a change. */
  private openedView: string | null = null;
  private openedStory: string | null = null;
  /** Whether the analyst pressed a key or pointer since the saved view was opened. */
  private analystActed = false;

  constructor(
    private readonly deps: ViewStateDeps,
    initial: UrlState,
  ) {
    const { api, view, shell } = deps;
    this.cypher = initial.cypher;
    this.viewsApi = new ViewsApi(api);
    const open = (state: ViewState, id: string | null = null) =>
      deps.task(() => this.openViewState(state, id)).then(() => undefined);
    this.story = new StoryPlayer(this.viewsApi, (state) => open(state));
    shell.graphHost.parentElement?.append(this.story.element);
    this.viewsPanel = new ViewsPanel(shell.tabs.panel('views'), {
      views: this.viewsApi,
      capture: () => this.viewState(),
      open,
      play: (id) => {
        this.openedStory = id;
        return this.story.play(id);
      },
    });
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
    });
  }

  setCypher(query: string): void {
    this.cypher = query.trim() ? query : null;
    this.syncUrl();
  }

  cypherQuery(): string | null {
    return this.cypher;
  }

  urlState(): UrlState {
    const { view, shell, modes, time } = this.deps;
    const window = time.window();
    return {
      nodes: view.nodeIds(),
      mode: modes.current(),
      layout: view.layoutName(),
      lang: language(),
      since: window?.since ?? null,
      until: window?.until ?? null,
      panel: shell.tabs.active() === 'details' ? null : shell.tabs.active(),
      cypher: this.cypher,
      view: this.openedView,
      story: this.openedStory,
      overview: modes.overviewState(),
    };
  }

  syncUrl(): void {
    writeUrlState(this.urlState());
  }

  /** The canvas as a saved view keeps it. */
  viewState(): ViewState {
    const { view, modes, time, filters } = this.deps;
    const window = time.window();
    const saved = filters.get();
    const overview = modes.overviewState();
    return {
      mode: modes.current(),
      layout: view.layoutName(),
      nodes: view.nodeIds(),
      ...view.arrangement(),
      since: window?.since ?? null,
      until: window?.until ?? null,
      lang: language(),
      ...(saved ? { filters: saved } : {}),
      ...(overview ? { overview } : {}),
    };
  }

  /**
   * Puts a saved view back: mode, layout, date window and filters, its nodes (or its overview), then
   * their arrangement. `id` is the saved view's, kept in the URL until the analyst changes the canvas.
   */
  async openViewState(state: ViewState, id: string | null = null): Promise<void> {
    const { api, view, shell, modes, time, filters } = this.deps;
    const current = modes.supersede();
    // Opening makes history steps; the story being played stays in the URL all the same.
    const story = this.openedStory;
    modes.apply(state.mode);
    const layout = isLayoutName(state.layout) ? state.layout : 'fcose';
    shell.layoutSelect.value = layout;
    time.set(
      state.since === null && state.until === null
        ? null
        : { since: state.since ?? 0, until: state.until ?? 9999 },
      false,
    );
    view.setDateWindow(time.window());
    if (state.filters) filters.apply(state.filters);
    await view.runLayout(layout, false);
    if (state.overview) {
      await modes.reopenOverview(state.overview, current);
    } else {
      const { graph, missing } =
        state.mode === 'partners'
          ? await modes.partners.restore(state.nodes)
          : await nodesWithLinks(api, state.nodes);
      if (!current()) return;
      await view.replaceGraph(graph);
      if (missing.length > 0) showInfo(t('restore.missing', { count: missing.length }), missing.join(', '));
    }
    if (!current()) return;
    view.arrange(state);
    this.openedStory = story;
    this.openedView = id;
    this.analystActed = false;
    this.syncUrl();
    const selected = state.selected;
    if (selected) this.deps.select({ kind: view.node(selected) ? 'node' : 'edge', id: selected });
  }

  /** Rebuilds the view a shared URL describes. */
  async restore(state: UrlState): Promise<void> {
    const { api, view, modes } = this.deps;
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
    const current = modes.supersede();
    if (state.overview) {
      await modes.reopenOverview(state.overview, current);
      return;
    }
    modes.apply(state.mode);
    await view.runLayout(state.layout, false);
    if (state.nodes.length === 0) {
      // A big graph opens on its overview; a small one (the curated data) on the first view: the
      // whole partnership network with the ready questions, unless the URL asks for an empty canvas.
      if (state.cypher) return;
      if (overviewFirst((await api.schema()).labels)) await modes.showOverview();
      else await this.deps.firstView();
      return;
    }
    setStatus(t('status.restoring'));
    let graph: WireGraph;
    let missing: string[] = [];
    let truncated = false;
    if (state.mode === 'partners') {
      ({ graph, missing } = await modes.partners.restore(state.nodes));
    } else {
      ({ graph, missing, truncated } = await nodesWithLinks(api, state.nodes));
    }
    if (!current()) return;
    await view.replaceGraph(graph);
    if (missing.length > 0) showInfo(plural('restore.missing', missing.length), missing.join(', '));
    if (truncated) showInfo(t('links.truncated'));
    setStatus('');
  }
}
