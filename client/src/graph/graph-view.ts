// The one owner of Cytoscape. Everything else (panels, menus, controllers) goes through GraphView,
// a facade over small controllers: CanvasContent (what is on the canvas), UndoSteps (undo/redo),
// CanvasLayout (layouts, fit, decluttering), CanvasLooks (degrees, hubs, date and status
// filters) and CanvasRenderer (the Cytoscape instance and its level of detail).
import type { Core } from 'cytoscape';
import type { StatusFilter } from '../../../seed/model/statuses.ts';
import type { NeighbourGroup, OverviewResponse } from '../../../server/contract/api.ts';
import type { WireGraph, WireNode } from '../../../server/contract/graph.ts';
import type { Language } from '../i18n/i18n.ts';
import {
  applyColours,
  applyFilterMask,
  applySizes,
  type FilterMode,
  type LabelBox,
} from './analysis-marks.ts';
import { highlight, relabel } from './appearance.ts';
import { type Arrangement, applyArrangement, readArrangement } from './arrangement.ts';
import { Backdrop } from './backdrop.ts';
import { CanvasContent } from './canvas-content.ts';
import { CanvasLayout, type PresetResult } from './canvas-layout.ts';
import { CanvasLooks } from './canvas-looks.ts';
import { byIds } from './canvas-queries.ts';
import { CanvasReader } from './canvas-reader.ts';
import type { YearWindow } from './date-filter.ts';
import type { GroupData } from './elements.ts';
import type { ContextTarget, HoverTarget, Selection } from './interactions.ts';
import type { LayoutName } from './layouts.ts';
import type { OverviewGroupData } from './overview-elements.ts';
import { clearPreview, previewIds, showPreview } from './preview-layer.ts';
import { type AppliedRendering, CanvasRenderer } from './renderer.ts';
import { type MetaState, UndoSteps } from './undo-steps.ts';
import type { ViewContext } from './view-context.ts';

export { WEBGL_THRESHOLD } from './renderer.ts';

export type { ContextTarget, FilterMode, HoverTarget, LabelBox, PresetResult, Selection };

export interface GraphViewEvents {
  select: (selection: Selection) => void;
  expand: (nodeId: string) => void;
  group: (group: GroupData) => void;
  /** Double-click on a group of the partnership overview. */
  drill: (group: OverviewGroupData) => void;
  context: (target: ContextTarget) => void;
  /** The pointer rests on a node or an edge, or left it (null). */
  hover: (target: HoverTarget | null) => void;
  /** Elements were added, removed, hidden or restored. */
  change: () => void;
  /** Undo/redo availability changed. */
  history: () => void;
}

type Listeners = { [K in keyof GraphViewEvents]: Set<GraphViewEvents[K]> };

export class GraphView<Meta = unknown> extends CanvasReader {
  private readonly renderer: CanvasRenderer;
  protected readonly host: HTMLDivElement;
  private readonly steps: UndoSteps<Meta>;
  private readonly looks: CanvasLooks;
  private readonly layout: CanvasLayout;
  private readonly content: CanvasContent;
  private readonly listeners: Listeners = {
    select: new Set(),
    expand: new Set(),
    group: new Set(),
    drill: new Set(),
    context: new Set(),
    hover: new Set(),
    change: new Set(),
    history: new Set(),
  };
  private language: Language;

  constructor(container: HTMLElement, language: Language, meta: MetaState<Meta>) {
    super();
    this.language = language;
    this.host = document.createElement('div');
    this.host.className = 'graph-canvas';
    this.host.dataset.testid = 'graph-canvas';
    container.append(this.host);
    const backdrop = new Backdrop(container);
    this.renderer = new CanvasRenderer(
      this.host,
      backdrop,
      {
        select: (selection) => {
          // Cytoscape keeps the mousedown from focusing the canvas; without focus the keys the help
          // names (Delete, Shift+F10, + and -) would go to the page body and do nothing.
          if (document.activeElement !== container) container.focus({ preventScroll: true });
          this.emit('select', selection);
        },
        expand: (id) => this.emit('expand', id),
        group: (id) => this.emit('group', this.cy.$id(id).data() as GroupData),
        drill: (id) => this.emit('drill', this.cy.$id(id).data() as OverviewGroupData),
        context: (target) => this.emit('context', target),
        hover: (target) => this.emit('hover', target),
        dragStart: () => this.steps.dragStarted(),
        dragEnd: (moved) => this.steps.dragEnded(moved),
      },
      () => this.layout.isPreset(),
      () => this.layout.isMap(),
    );
    const renderer = this.renderer;
    const context: ViewContext = {
      renderer,
      get cy() {
        return renderer.cy;
      },
      host: this.host,
      backdrop,
      changed: () => this.emit('change'),
    };
    this.looks = new CanvasLooks(context);
    this.steps = new UndoSteps(context, this.looks, meta);
    this.steps.onChange(() => this.emit('history'));
    this.layout = new CanvasLayout(context, () => this.steps.record());
    this.content = new CanvasContent(
      context,
      this.looks,
      this.layout,
      (mutations) => this.steps.step(mutations),
      () => this.language,
    );
    // Labels keep a readable size on screen, so which of them fit without overlap depends on zoom.
    this.renderer.onZoomEnd(() => this.declutter());
  }

  on<K extends keyof GraphViewEvents>(event: K, listener: GraphViewEvents[K]): void {
    this.listeners[event].add(listener);
  }

  private emit<K extends keyof GraphViewEvents>(event: K, ...args: Parameters<GraphViewEvents[K]>): void {
    for (const listener of this.listeners[event]) (listener as (...a: typeof args) => void)(...args);
  }

  isWebgl(): boolean {
    return this.renderer.isWebgl();
  }

  /** The renderer and level-of-detail choices Cytoscape is actually running with. */
  rendering(): AppliedRendering {
    return this.renderer.applied();
  }

  protected get cy(): Core {
    return this.renderer.cy;
  }

  // --- History (undo-steps.ts) ------------------------------------------------------------------

  /** Runs several mutations as one undoable step. */
  step<T>(mutations: () => T): T {
    return this.steps.step(mutations);
  }

  undo(): boolean {
    return this.steps.undo();
  }

  redo(): boolean {
    return this.steps.redo();
  }

  canUndo(): boolean {
    return this.steps.canUndo();
  }

  canRedo(): boolean {
    return this.steps.canRedo();
  }

  // --- Content (canvas-content.ts) --------------------------------------------------------------

  /** Adds what is not on the canvas yet; returns the ids of the nodes added. */
  addGraph(graph: WireGraph): Promise<string[]> {
    return this.content.addGraph(graph);
  }

  /** Replaces the whole canvas (partnership view, a shared URL) and lays it out afresh. */
  replaceGraph(graph: WireGraph): Promise<void> {
    return this.content.replaceGraph(graph);
  }

  /** Replaces the canvas by the partnership overview (groups and the links between them). */
  showOverview(overview: OverviewResponse): Promise<void> {
    return this.content.showOverview(overview);
  }

  /** Whether the canvas shows the partnership overview. */
  isOverview(): boolean {
    return this.cy.nodes('.overview').nonempty();
  }

  /** Shows "+40 organisations via MEMBER_OF" pseudo-nodes around a node with many neighbours. */
  addGroups(centre: string, groups: NeighbourGroup[]): Promise<void> {
    return this.content.addGroups(centre, groups);
  }

  removeElements(ids: string[]): void {
    this.content.removeElements(ids);
  }

  /** Replaces an element's properties (after an edit) and redraws what depends on them. */
  updateProperties(id: string, properties: WireNode['properties']): void {
    this.content.updateProperties(id, properties);
  }

  clear(): void {
    this.content.clear();
  }

  hide(ids: string[]): void {
    this.content.hide(ids);
  }

  hiddenCount(): number {
    return this.cy.elements('.hidden').length;
  }

  showAll(): void {
    this.content.showAll();
  }

  /** Hides everything farther than `hops` from the node, then fits the view to what is left. */
  focusOn(id: string, hops: number): void {
    this.content.focusOn(id, hops);
  }

  setPinned(id: string, pinned: boolean): void {
    this.content.setPinned(id, pinned);
  }

  isPinned(id: string): boolean {
    return this.cy.$id(id).hasClass('pinned');
  }

  /** Positions, hidden elements, pins, selection and viewport, for a saved view. */
  arrangement(): Arrangement {
    return readArrangement(this.cy);
  }

  /** Puts a saved view's arrangement back (one undoable step). */
  arrange(arrangement: Arrangement): void {
    this.step(() => {
      applyArrangement(this.cy, arrangement);
      this.emit('change');
    });
  }

  // --- Review preview (preview-layer.ts) --------------------------------------------------------

  /** Draws what a review would add as ghosts (see preview-layer.ts); replaces the previous preview. */
  showPreview(graph: WireGraph): Promise<void> {
    return showPreview(this.cy, graph, this.language);
  }

  clearPreview(): void {
    clearPreview(this.cy);
  }

  previewIds(): string[] {
    return previewIds(this.cy);
  }

  // --- Appearance -------------------------------------------------------------------------------

  highlight(ids: string[]): void {
    highlight(this.cy, ids);
  }

  clearHighlight(): void {
    this.cy.elements().removeClass('highlighted faded');
  }

  setDateWindow(window: YearWindow | null): void {
    this.looks.setDateWindow(window);
  }

  setStatusFilter(filter: StatusFilter): void {
    this.looks.setStatusFilter(filter);
  }

  setLanguage(language: Language): void {
    this.language = language;
    relabel(this.cy, language);
  }

  // --- Analysis marks (analysis-marks.ts: sizes, colours, filter mask, labels by importance) ----

  /** Node sizes from a centrality (model pixels by id); null: back to the size by degree. */
  setNodeSizes(sizes: ReadonlyMap<string, number> | null): void {
    applySizes(this.cy, sizes);
    this.declutter();
  }

  /** Node fill colours (e.g. by community); null: back to the colours by kind. */
  setNodeColours(colours: ReadonlyMap<string, string> | null): void {
    applyColours(this.cy, colours);
  }

  /** Hides or dims the nodes not in `kept` (the filter panel); null shows them again. */
  setFilterMask(kept: ReadonlySet<string> | null, mode: FilterMode = 'hide'): void {
    applyFilterMask(this.cy, kept, mode);
    this.declutter();
    this.emit('change');
  }

  select(id: string): void {
    this.cy.$(':selected').unselect();
    this.cy.$id(id).select();
  }

  selectMany(ids: readonly string[]): void {
    this.cy.$(':selected').unselect();
    byIds(this.cy, ids).select();
  }

  /** Labels by importance, none overlapping (see CanvasLayout.declutter). */
  declutter(): void {
    this.layout.declutter();
  }

  // --- Layout and viewport (canvas-layout.ts) -----------------------------------------------

  /** Map and timeline positions come from the data; the layout controller supplies them. */
  setPresetProvider(provider: (name: LayoutName) => Promise<PresetResult>): void {
    this.layout.setPresetProvider(provider);
  }

  layoutName(): LayoutName {
    return this.layout.name();
  }

  runLayout(name: LayoutName, record = true): Promise<void> {
    return this.layout.run(name, record);
  }

  /** Nodes the current layout (the map) does not draw, for the list beside it. */
  offMapIds(): string[] {
    return this.layout.offMapIds();
  }

  fit(ids?: string[]): void {
    this.layout.fit(ids);
  }

  panBy(dx: number, dy: number): void {
    this.cy.panBy({ x: dx, y: dy });
  }

  zoom(factor: number): void {
    const rect = this.host.getBoundingClientRect();
    this.cy.zoom({
      level: this.cy.zoom() * factor,
      renderedPosition: { x: rect.width / 2, y: rect.height / 2 },
    });
  }

  /** Cytoscape must re-measure when its container changes size (panels opened or closed). */
  resize(): void {
    this.cy.resize();
  }
}
