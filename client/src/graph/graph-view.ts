// The one owner of Cytoscape. Everything else (panels, menus, controllers) goes through GraphView.
import type { Core, ElementDefinition, Position } from 'cytoscape';
import type { StatusFilter } from '../../../seed/model/statuses.ts';
import type { NeighbourGroup, OverviewResponse } from '../../../server/contract/api.ts';
import type { WireEdge, WireGraph, WireNode } from '../../../server/contract/graph.ts';
import type { Language } from '../i18n/i18n.ts';
import {
  applyColours,
  applyFilterMask,
  applySizes,
  declutterLabels,
  drawnLabelBoxes,
  type FilterMode,
  type LabelBox,
} from './analysis-marks.ts';
import { applyDateWindow, applyStatusFilter, highlight, refreshDegrees, relabel } from './appearance.ts';
import { type Arrangement, applyArrangement, readArrangement } from './arrangement.ts';
import { Backdrop } from './backdrop.ts';
import { withDegreesAndHubs } from './bulk-load.ts';
import {
  byIds,
  clientPointOf,
  edgeOf,
  groupsOf,
  nodeOf,
  realEdges,
  realNodes,
  selectionOf,
} from './canvas-queries.ts';
import type { YearWindow } from './date-filter.ts';
import { type GroupData, toEdgeElement, toGroupElements, toNodeElement } from './elements.ts';
import { type CanvasSnapshot, History } from './history.ts';
import { type ContextTarget, type HoverTarget, hoverTarget, type Selection } from './interactions.ts';
import {
  applyPositions,
  clampZoom,
  isPresetLayout,
  type LayoutName,
  placeNewNodes,
  runFullLayout,
} from './layouts.ts';
import { markHubs } from './level-of-detail.ts';
import { type LabelBox as MapLabelBox, shownLabels } from './map-labels.ts';
import { type OverviewGroupData, toOverviewElements } from './overview-elements.ts';
import { clearPreview, PREVIEW_CLASS, previewIds, showPreview } from './preview-layer.ts';
import { type AppliedRendering, CanvasRenderer } from './renderer.ts';
import { revealNodes } from './reveal.ts';
import { type Scene, sceneOf } from './scene.ts';

export { WEBGL_THRESHOLD } from './renderer.ts';

export type { ContextTarget, FilterMode, HoverTarget, LabelBox, Selection };

export interface PresetResult {
  positions: Map<string, Position>;
  backdrop: string | null;
  /** Nodes this layout cannot place (the map: no known place): not drawn while it is on. */
  offMap?: string[];
}

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

/** Gives node definitions starting positions on a circle (its radius grows with their number). */
function onCircle(nodes: ElementDefinition[], centre: Position, spacing: number): ElementDefinition[] {
  const radius = spacing * Math.sqrt(nodes.length);
  return nodes.map((node, index) => {
    const angle = (2 * Math.PI * index) / nodes.length;
    return {
      ...node,
      position: { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) },
    };
  });
}

export class GraphView<Meta = unknown> {
  private readonly renderer: CanvasRenderer;
  private readonly host: HTMLDivElement;
  private readonly backdrop: Backdrop;
  private readonly history: History<Meta>;
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
  private currentLayout: LayoutName = 'fcose';
  private window: YearWindow | null = null;
  private statusFilter: StatusFilter = 'all';
  private language: Language;
  private depth = 0;
  private dragSnapshot: CanvasSnapshot<Meta> | null = null;
  private presetProvider: ((name: LayoutName) => Promise<PresetResult>) | null = null;

  constructor(
    container: HTMLElement,
    language: Language,
    private readonly meta: { get(): Meta; apply(meta: Meta): void },
  ) {
    this.language = language;
    this.host = document.createElement('div');
    this.host.className = 'graph-canvas';
    this.host.dataset.testid = 'graph-canvas';
    container.append(this.host);
    this.backdrop = new Backdrop(container);
    this.renderer = new CanvasRenderer(
      this.host,
      this.backdrop,
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
        dragStart: () => {
          this.dragSnapshot = this.capture();
        },
        dragEnd: (moved) => {
          if (moved && this.dragSnapshot) this.history.push(this.dragSnapshot);
          this.dragSnapshot = null;
        },
      },
      () => isPresetLayout(this.currentLayout),
      () => this.currentLayout === 'map',
    );
    this.history = new History<Meta>(
      () => this.capture(),
      (snapshot) => this.restore(snapshot),
    );
    this.history.onChange(() => this.emit('history'));
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

  private get cy(): Core {
    return this.renderer.cy;
  }

  // --- History --------------------------------------------------------------------------------

  private capture(): CanvasSnapshot<Meta> {
    const elements = this.cy.elements().not(`.${PREVIEW_CLASS}`);
    return { elements: elements.jsons() as unknown as ElementDefinition[], meta: this.meta.get() };
  }

  private restore(snapshot: CanvasSnapshot<Meta>): void {
    this.renderer.ensure({
      elements: snapshot.elements.length,
      edges: snapshot.elements.filter((element) => element.group === 'edges').length,
    });
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(snapshot.elements);
    });
    this.meta.apply(snapshot.meta);
    this.refreshDerived();
    this.emit('change');
  }

  /** Runs several mutations as one undoable step. */
  step<T>(mutations: () => T): T {
    if (this.depth === 0) this.history.record();
    this.depth += 1;
    try {
      return mutations();
    } finally {
      this.depth -= 1;
    }
  }

  undo(): boolean {
    return this.history.undo();
  }

  redo(): boolean {
    return this.history.redo();
  }

  canUndo(): boolean {
    return this.history.canUndo();
  }

  canRedo(): boolean {
    return this.history.canRedo();
  }

  // --- Content --------------------------------------------------------------------------------

  /** Adds what is not on the canvas yet; returns the ids of the nodes added. */
  addGraph(graph: WireGraph): Promise<string[]> {
    const newNodes = graph.nodes.filter((node) => this.cy.$id(node.id).empty());
    const known = new Set([...this.cy.nodes().map((node) => node.id()), ...newNodes.map((node) => node.id)]);
    const newEdges = graph.edges.filter(
      (edge) => this.cy.$id(edge.id).empty() && known.has(edge.source) && known.has(edge.target),
    );
    if (newNodes.length === 0 && newEdges.length === 0) return Promise.resolve([]);
    return this.step(() => {
      this.renderer.ensure({
        elements: this.cy.elements().length + newNodes.length + newEdges.length,
        edges: this.cy.edges().length + newEdges.length,
      });
      // Start new nodes on a small circle in view; place() then moves them next to their neighbours.
      const added = this.cy.add([
        ...onCircle(
          newNodes.map((node) => toNodeElement(node, this.language)),
          this.modelCentre(),
          30,
        ),
        ...newEdges.map(toEdgeElement),
      ]);
      this.refreshDerived();
      this.emit('change');
      return this.place(added.nodes().map((node) => node.id()))
        .then(() => revealNodes(this.cy, added.nodes()))
        .then(() => newNodes.map((node) => node.id));
    });
  }

  /** The model point at the middle of the screen. */
  private modelCentre(): Position {
    const pan = this.cy.pan();
    const zoom = this.cy.zoom();
    return { x: (this.host.clientWidth / 2 - pan.x) / zoom, y: (this.host.clientHeight / 2 - pan.y) / zoom };
  }

  /** Replaces the whole canvas (partnership view, a shared URL) and lays it out afresh. */
  replaceGraph(graph: WireGraph): Promise<void> {
    return this.step(() => {
      this.renderer.ensure({
        elements: graph.nodes.length + graph.edges.length,
        edges: graph.edges.length,
      });
      const ids = new Set(graph.nodes.map((node) => node.id));
      // Degrees and hubs ride in the definitions (bulk-load.ts), so the nodes are styled once.
      const elements = withDegreesAndHubs(
        [
          // Spread on a circle first: nodes stacked at the origin make edges undrawable until laid out.
          ...onCircle(
            graph.nodes.map((node) => toNodeElement(node, this.language)),
            { x: 0, y: 0 },
            40,
          ),
          ...graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(toEdgeElement),
        ],
        this.renderer.isBig(),
      );
      this.cy.batch(() => {
        this.cy.elements().remove();
        this.cy.add(elements);
      });
      this.refreshDerived();
      this.emit('change');
      return this.runLayout(this.currentLayout, false);
    });
  }

  /** Replaces the canvas by the partnership overview (groups and the links between them). */
  showOverview(overview: OverviewResponse): Promise<void> {
    return this.step(() => {
      const elements = toOverviewElements(overview);
      this.renderer.ensure({
        elements: elements.length,
        edges: elements.filter((element) => element.group === 'edges').length,
      });
      this.cy.batch(() => {
        this.cy.elements().remove();
        this.cy.add(
          onCircle(
            elements.filter((element) => element.group === 'nodes'),
            { x: 0, y: 0 },
            60,
          ),
        );
        this.cy.add(elements.filter((element) => element.group === 'edges'));
      });
      this.backdrop.set(null);
      this.refreshDerived();
      this.emit('change');
      // Groups have no place or date of their own: a force layout whatever the current one.
      return runFullLayout(this.cy, 'fcose');
    });
  }

  /** Whether the canvas shows the partnership overview. */
  isOverview(): boolean {
    return this.cy.nodes('.overview').nonempty();
  }

  /** Shows "+40 organisations via MEMBER_OF" pseudo-nodes around a node with many neighbours. */
  addGroups(centre: string, groups: NeighbourGroup[]): Promise<void> {
    const elements = groups.flatMap((group) => toGroupElements(centre, group));
    const fresh = elements.filter((element) => this.cy.$id(String(element.data.id)).empty());
    if (fresh.length === 0) return Promise.resolve();
    return this.step(() => {
      const added = this.cy.add(fresh);
      this.emit('change');
      return this.place(added.nodes().map((node) => node.id()));
    });
  }

  private async place(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    if (isPresetLayout(this.currentLayout)) {
      await this.runLayout(this.currentLayout, false);
      return;
    }
    const nodes = byIds(this.cy, ids).nodes();
    await placeNewNodes(this.cy, nodes, true);
    this.declutter();
  }

  removeElements(ids: string[]): void {
    const elements = byIds(this.cy, ids);
    if (elements.empty()) return;
    this.step(() => {
      // Removing a node also removes the group pseudo-nodes hanging off it.
      const groups = this.cy.nodes('.group').filter((group) => ids.includes(String(group.data('centre'))));
      elements.union(groups).remove();
      this.shrunk();
      this.refreshDerived();
      this.emit('change');
    });
  }

  /** Replaces an element's properties (after an edit) and redraws what depends on them. */
  updateProperties(id: string, properties: WireNode['properties']): void {
    const node = this.node(id);
    const edge = node ? undefined : this.edge(id);
    const element = node
      ? toNodeElement({ ...node, properties }, this.language)
      : edge
        ? toEdgeElement({ ...edge, properties })
        : undefined;
    if (!element) return;
    // Keep the degree the canvas computed; the rest follows from the new properties.
    const { degree: _degree, ...data } = element.data as Record<string, unknown>;
    this.cy.$id(id).data(data);
    this.refreshDerived();
    this.emit('change');
  }

  clear(): void {
    if (this.cy.elements().empty()) return;
    this.step(() => {
      this.cy.elements().remove();
      this.shrunk();
      this.backdrop.set(null);
      this.emit('change');
    });
  }

  hide(ids: string[]): void {
    this.step(() => {
      for (const id of ids) this.cy.$id(id).addClass('hidden');
      this.emit('change');
    });
  }

  hiddenCount(): number {
    return this.cy.elements('.hidden').length;
  }

  showAll(): void {
    if (this.hiddenCount() === 0) return;
    this.step(() => {
      this.cy.elements('.hidden').removeClass('hidden');
      this.emit('change');
    });
  }

  /** Hides everything farther than `hops` from the node, then fits the view to what is left. */
  focusOn(id: string, hops: number): void {
    const start = this.cy.$id(id);
    if (start.empty()) return;
    this.step(() => {
      let kept = start;
      for (let hop = 0; hop < hops; hop += 1) kept = kept.union(kept.neighborhood());
      this.cy.elements().difference(kept).addClass('hidden');
      kept.removeClass('hidden');
      this.emit('change');
    });
    this.fit(this.cy.elements(':visible').map((element) => element.id()));
  }

  setPinned(id: string, pinned: boolean): void {
    const node = this.cy.$id(id);
    if (node.empty()) return;
    this.step(() => {
      if (pinned) node.lock().addClass('pinned');
      else node.unlock().removeClass('pinned');
    });
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

  // --- Reading --------------------------------------------------------------------------------

  hasNode(id: string): boolean {
    return this.cy.$id(id).nonempty();
  }

  node(id: string): WireNode | undefined {
    return nodeOf(this.cy, id);
  }

  edge(id: string): WireEdge | undefined {
    return edgeOf(this.cy, id);
  }

  /** Real nodes (no group pseudo-nodes); `visibleOnly` leaves out hidden and filtered ones. */
  nodes(visibleOnly = false): WireNode[] {
    return realNodes(this.cy, visibleOnly);
  }

  edges(visibleOnly = false): WireEdge[] {
    return realEdges(this.cy, visibleOnly);
  }

  nodeIds(): string[] {
    return this.cy
      .nodes()
      .not(`.group, .${PREVIEW_CLASS}`)
      .map((node) => node.id());
  }

  edgeIds(): string[] {
    return this.cy
      .edges()
      .not(`.group-edge, .${PREVIEW_CLASS}`)
      .map((edge) => edge.id());
  }

  isEmpty(): boolean {
    return this.cy.nodes().empty();
  }

  groupsOf(centre: string): GroupData[] {
    return groupsOf(this.cy, centre);
  }

  scene(ids?: string[]): Scene {
    return sceneOf(this.cy, ids);
  }

  png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
  }

  selected(): Selection {
    return selectionOf(this.cy);
  }

  /** Where an element is on screen (client coordinates), for tests and keyboard menus. */
  clientPoint(id: string): { x: number; y: number } | null {
    return clientPointOf(this.cy, this.host, id);
  }

  /** An element's box on screen, as a hover reports it (for the keyboard's equivalent of a hover). */
  hoverTargetOf(id: string): HoverTarget | null {
    const element = this.cy.$id(id);
    return element.empty() || !element.visible() ? null : hoverTarget(this.cy, element);
  }

  select(id: string): void {
    this.cy.$(':selected').unselect();
    this.cy.$id(id).select();
  }

  // --- Review preview -------------------------------------------------------------------------

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

  // --- Appearance -----------------------------------------------------------------------------

  highlight(ids: string[]): void {
    highlight(this.cy, ids);
  }

  clearHighlight(): void {
    this.cy.elements().removeClass('highlighted faded');
  }

  highlighted(): string[] {
    return this.cy.elements('.highlighted').map((element) => element.id());
  }

  setDateWindow(window: YearWindow | null): void {
    this.window = window;
    applyDateWindow(this.cy, this.window);
    this.emit('change');
  }

  setStatusFilter(filter: StatusFilter): void {
    this.statusFilter = filter;
    applyStatusFilter(this.cy, filter);
    this.emit('change');
  }

  // --- Analysis marks (sizes, colours, filter mask, labels by importance) -----------------------

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

  /** Ids of every selected node (shift- or ctrl-click adds to the selection). */
  selectedNodeIds(): string[] {
    return this.cy
      .nodes(':selected')
      .not('.group')
      .map((node) => node.id());
  }

  selectMany(ids: readonly string[]): void {
    this.cy.$(':selected').unselect();
    byIds(this.cy, ids).select();
  }

  /** Labels by importance with none overlapping; a big canvas keeps its own (hubs only). */
  /**
   * Labels by importance, none overlapping. The map chooses its own labels (map-labels.ts, run by
   * the renderer), so there the importance marks are taken off rather than fought over.
   */
  declutter(): void {
    if (this.currentLayout === 'map') this.cy.nodes().removeClass('label-hidden label-major');
    else if (!this.renderer.isBig()) declutterLabels(this.cy);
  }

  /** On-screen boxes of the node labels drawn now (tests check none overlap). */
  labelBoxes(): LabelBox[] {
    return drawnLabelBoxes(this.cy);
  }

  /** A computed style of an element, as Cytoscape draws it (for tests and the legend's checks). */
  styleOf(id: string, property: string): string | null {
    const element = this.cy.$id(id);
    return element.empty() ? null : String(element.style(property));
  }

  setLanguage(language: Language): void {
    this.language = language;
    relabel(this.cy, language);
  }

  /** After a removal: back to the full style (and canvas renderer) when the canvas got small. */
  private shrunk(): void {
    this.renderer.ensure({ elements: this.cy.elements().length, edges: this.cy.edges().length });
  }

  private refreshDerived(): void {
    refreshDegrees(this.cy);
    markHubs(this.cy, this.renderer.isBig());
    applyDateWindow(this.cy, this.window);
    applyStatusFilter(this.cy, this.statusFilter);
  }

  // --- Layout ---------------------------------------------------------------------------------

  /** Map and timeline positions come from the data; the layout controller supplies them. */
  setPresetProvider(provider: (name: LayoutName) => Promise<PresetResult>): void {
    this.presetProvider = provider;
  }

  layoutName(): LayoutName {
    return this.currentLayout;
  }

  async runLayout(name: LayoutName, record = true): Promise<void> {
    if (record) this.history.record();
    this.currentLayout = name;
    if (this.cy.nodes().empty()) return;
    if (isPresetLayout(name)) {
      if (!this.presetProvider) throw new Error(`the ${name} layout needs a position provider`);
      const preset = await this.presetProvider(name);
      this.setOffMap(preset.offMap ?? []);
      this.backdrop.set(preset.backdrop);
      await applyPositions(this.cy, preset.positions, true);
      this.renderer.scheduleZoomStyle();
      this.renderer.scheduleLabels();
      this.declutter();
      return;
    }
    this.backdrop.set(null);
    this.setOffMap([]);
    this.renderer.scheduleZoomStyle();
    this.renderer.scheduleLabels();
    await runFullLayout(this.cy, name as Exclude<LayoutName, 'map' | 'timeline'>);
    this.declutter();
  }

  private setOffMap(ids: string[]): void {
    const before = this.offMapIds().join(' ');
    this.cy.batch(() => {
      this.cy.nodes('.off-map').removeClass('off-map');
      byIds(this.cy, ids).addClass('off-map');
    });
    if (this.offMapIds().join(' ') !== before) this.emit('change');
  }

  /** Nodes the current layout (the map) does not draw, for the list beside it. */
  offMapIds(): string[] {
    return this.cy.nodes('.off-map').map((node) => node.id());
  }

  /** The canvas's size on screen. */
  size(): { width: number; height: number } {
    return { width: this.host.clientWidth, height: this.host.clientHeight };
  }

  fit(ids?: string[]): void {
    const target = ids && ids.length > 0 ? byIds(this.cy, ids) : this.cy.elements(':visible');
    // On a big canvas the edges' bounding box costs seconds (every edge's geometry) and adds
    // nothing: straight edges lie between their nodes.
    const eles = this.renderer.isBig() ? target.nodes() : target;
    this.cy.animate({
      fit: { eles, padding: 50 },
      duration: 300,
      complete: () => clampZoom(this.cy),
    });
  }

  /** The labels the map shows, with their boxes on screen (for tests). */
  mapLabels(): MapLabelBox[] {
    return shownLabels(this.cy);
  }

  zoomLevel(): number {
    return this.cy.zoom();
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
