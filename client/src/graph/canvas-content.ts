// What is on the canvas: adding a neighbourhood, replacing the whole canvas (a partnership view, a
// shared URL, the overview), group pseudo-nodes, removing, editing, hiding and pinning. Each change
// is one undoable step, resizes the renderer first (level of detail, WebGL), then refreshes the
// derived looks and tells the panels.
import type { ElementDefinition, Position } from 'cytoscape';
import type { NeighbourGroup, OverviewResponse } from '../../../server/contract/api.ts';
import type { WireGraph, WireNode } from '../../../server/contract/graph.ts';
import type { Language } from '../i18n/i18n.ts';
import { withDegreesAndHubs } from './bulk-load.ts';
import type { CanvasLayout } from './canvas-layout.ts';
import type { CanvasLooks } from './canvas-looks.ts';
import { byIds, edgeOf, nodeOf } from './canvas-queries.ts';
import { toEdgeElement, toGroupElements, toNodeElement } from './elements.ts';
import { runFullLayout } from './layouts.ts';
import { toOverviewElements } from './overview-elements.ts';
import { revealNodes } from './reveal.ts';
import type { ViewContext } from './view-context.ts';

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

export class CanvasContent {
  constructor(
    private readonly context: ViewContext,
    private readonly looks: CanvasLooks,
    private readonly layout: CanvasLayout,
    /** Runs mutations as one undoable step (UndoSteps.step). */
    private readonly step: <T>(mutations: () => T) => T,
    private readonly language: () => Language,
  ) {}

  private get cy() {
    return this.context.cy;
  }

  /** Elements changed: derived looks again, then the panels hear of it. */
  private changed(): void {
    this.looks.refresh();
    this.context.changed();
  }

  /** Adds what is not on the canvas yet; returns the ids of the nodes added. */
  addGraph(graph: WireGraph): Promise<string[]> {
    const newNodes = graph.nodes.filter((node) => this.cy.$id(node.id).empty());
    const known = new Set([...this.cy.nodes().map((node) => node.id()), ...newNodes.map((node) => node.id)]);
    const newEdges = graph.edges.filter(
      (edge) => this.cy.$id(edge.id).empty() && known.has(edge.source) && known.has(edge.target),
    );
    if (newNodes.length === 0 && newEdges.length === 0) return Promise.resolve([]);
    return this.step(() => {
      this.context.renderer.ensure({
        elements: this.cy.elements().length + newNodes.length + newEdges.length,
        edges: this.cy.edges().length + newEdges.length,
      });
      // Start new nodes on a small circle in view; place() then moves them next to their neighbours.
      const added = this.cy.add([
        ...onCircle(
          newNodes.map((node) => toNodeElement(node, this.language())),
          this.modelCentre(),
          30,
        ),
        ...newEdges.map(toEdgeElement),
      ]);
      this.changed();
      return this.layout
        .place(added.nodes().map((node) => node.id()))
        .then(() => revealNodes(this.cy, added.nodes()))
        .then(() => newNodes.map((node) => node.id));
    });
  }

  /** The model point at the middle of the screen. */
  private modelCentre(): Position {
    const pan = this.cy.pan();
    const zoom = this.cy.zoom();
    const { host } = this.context;
    return { x: (host.clientWidth / 2 - pan.x) / zoom, y: (host.clientHeight / 2 - pan.y) / zoom };
  }

  /** Replaces the whole canvas (partnership view, a shared URL) and lays it out afresh. */
  replaceGraph(graph: WireGraph): Promise<void> {
    return this.step(() => {
      this.context.renderer.ensure({
        elements: graph.nodes.length + graph.edges.length,
        edges: graph.edges.length,
      });
      const ids = new Set(graph.nodes.map((node) => node.id));
      // Degrees and hubs ride in the definitions (bulk-load.ts), so the nodes are styled once.
      const elements = withDegreesAndHubs(
        [
          // Spread on a circle first: nodes stacked at the origin make edges undrawable until laid out.
          ...onCircle(
            graph.nodes.map((node) => toNodeElement(node, this.language())),
            { x: 0, y: 0 },
            40,
          ),
          ...graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(toEdgeElement),
        ],
        this.context.renderer.isBig(),
      );
      this.cy.batch(() => {
        this.cy.elements().remove();
        this.cy.add(elements);
      });
      this.changed();
      return this.layout.run(this.layout.name(), false);
    });
  }

  /** Replaces the canvas by the partnership overview (groups and the links between them). */
  showOverview(overview: OverviewResponse): Promise<void> {
    return this.step(() => {
      const elements = toOverviewElements(overview);
      this.context.renderer.ensure({
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
      this.context.backdrop.set(null);
      this.changed();
      // Groups have no place or date of their own: a force layout whatever the current one.
      return runFullLayout(this.cy, 'fcose');
    });
  }

  /** Shows "+40 organisations via MEMBER_OF" pseudo-nodes around a node with many neighbours. */
  addGroups(centre: string, groups: NeighbourGroup[]): Promise<void> {
    const elements = groups.flatMap((group) => toGroupElements(centre, group));
    const fresh = elements.filter((element) => this.cy.$id(String(element.data.id)).empty());
    if (fresh.length === 0) return Promise.resolve();
    return this.step(() => {
      const added = this.cy.add(fresh);
      this.context.changed();
      return this.layout.place(added.nodes().map((node) => node.id()));
    });
  }

  removeElements(ids: string[]): void {
    const elements = byIds(this.cy, ids);
    if (elements.empty()) return;
    this.step(() => {
      // Removing a node also removes the group pseudo-nodes hanging off it.
      const groups = this.cy.nodes('.group').filter((group) => ids.includes(String(group.data('centre'))));
      elements.union(groups).remove();
      this.looks.shrunk();
      this.changed();
    });
  }

  /** Replaces an element's properties (after an edit) and redraws what depends on them. */
  updateProperties(id: string, properties: WireNode['properties']): void {
    const node = nodeOf(this.cy, id);
    const edge = node ? undefined : edgeOf(this.cy, id);
    const element = node
      ? toNodeElement({ ...node, properties }, this.language())
      : edge
        ? toEdgeElement({ ...edge, properties })
        : undefined;
    if (!element) return;
    // Keep the degree the canvas computed; the rest follows from the new properties.
    const { degree: _degree, ...data } = element.data as Record<string, unknown>;
    this.cy.$id(id).data(data);
    this.changed();
  }

  clear(): void {
    if (this.cy.elements().empty()) return;
    this.step(() => {
      this.cy.elements().remove();
      this.looks.shrunk();
      this.context.backdrop.set(null);
      this.context.changed();
    });
  }

  hide(ids: string[]): void {
    this.step(() => {
      for (const id of ids) this.cy.$id(id).addClass('hidden');
      this.context.changed();
    });
  }

  showAll(): void {
    if (this.cy.elements('.hidden').empty()) return;
    this.step(() => {
      this.cy.elements('.hidden').removeClass('hidden');
      this.context.changed();
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
      this.context.changed();
    });
    this.layout.fit(this.cy.elements(':visible').map((element) => element.id()));
  }

  setPinned(id: string, pinned: boolean): void {
    const node = this.cy.$id(id);
    if (node.empty()) return;
    this.step(() => {
      if (pinned) node.lock().addClass('pinned');
      else node.unlock().removeClass('pinned');
    });
  }
}
