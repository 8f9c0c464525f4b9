// GraphView's read-only side: what the panels, menus and tests ask of the canvas (elements, the
// selection, screen positions, computed styles, label boxes), with no effect on it. GraphView
// extends it, so the panels keep one object to talk to.
import type { Core } from 'cytoscape';
import type { WireEdge, WireNode } from '../../../server/contract/graph.ts';
import { drawnLabelBoxes, type LabelBox } from './analysis-marks.ts';
import {
  clientPointOf,
  edgeOf,
  groupsOf,
  nodeOf,
  realEdges,
  realNodes,
  selectionOf,
} from './canvas-queries.ts';
import type { GroupData } from './elements.ts';
import { type HoverTarget, hoverTarget, type Selection } from './interactions.ts';
import { type LabelBox as MapLabelBox, shownLabels } from './map-labels.ts';
import { PREVIEW_CLASS } from './preview-layer.ts';
import { type Scene, sceneOf } from './scene.ts';

export abstract class CanvasReader {
  protected abstract get cy(): Core;
  protected abstract readonly host: HTMLDivElement;

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

  highlighted(): string[] {
    return this.cy.elements('.highlighted').map((element) => element.id());
  }

  /** A computed style of an element, as Cytoscape draws it (for tests and the legend's checks). */
  styleOf(id: string, property: string): string | null {
    const element = this.cy.$id(id);
    return element.empty() ? null : String(element.style(property));
  }

  /** Ids of every selected node (shift- or ctrl-click adds to the selection). */
  selectedNodeIds(): string[] {
    return this.cy
      .nodes(':selected')
      .not('.group')
      .map((node) => node.id());
  }

  /** On-screen boxes of the node labels drawn now (tests check none overlap). */
  labelBoxes(): LabelBox[] {
    return drawnLabelBoxes(this.cy);
  }

  /** The canvas's size on screen. */
  size(): { width: number; height: number } {
    return { width: this.host.clientWidth, height: this.host.clientHeight };
  }

  /** The labels the map shows, with their boxes on screen (for tests). */
  mapLabels(): MapLabelBox[] {
    return shownLabels(this.cy);
  }

  zoomLevel(): number {
    return this.cy.zoom();
  }
}
