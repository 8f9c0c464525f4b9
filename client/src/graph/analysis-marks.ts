// Marks the analysis panels put on the canvas: node sizes from a centrality, colours from a
// community, the filter panel's mask, and which labels are drawn (by importance, none overlapping).
// All of it rides in element data and classes, so it survives a renderer switch and undo snapshots.
import type { Core, NodeSingular } from 'cytoscape';

export type FilterMode = 'hide' | 'dim';

/** Sizes in model pixels per node id; null goes back to the size by degree. */
export function applySizes(cy: Core, sizes: ReadonlyMap<string, number> | null): void {
  cy.batch(() => {
    cy.nodes()
      .not('.group')
      .forEach((node) => {
        const size = sizes?.get(node.id());
        if (size === undefined) node.removeClass('mark-sized');
        else node.data('markSize', size).addClass('mark-sized');
      });
  });
}

/** Fill colours per node id; null goes back to the colours by kind. */
export function applyColours(cy: Core, colours: ReadonlyMap<string, string> | null): void {
  cy.batch(() => {
    cy.nodes()
      .not('.group')
      .forEach((node) => {
        const colour = colours?.get(node.id());
        if (colour === undefined) node.removeClass('mark-coloured');
        else node.data('markColour', colour).addClass('mark-coloured');
      });
  });
}

/** Nodes not in `kept` are hidden (their links with them) or dimmed; null lifts the mask. */
export function applyFilterMask(cy: Core, kept: ReadonlySet<string> | null, mode: FilterMode): void {
  cy.batch(() => {
    cy.elements().removeClass('filtered-out filter-dimmed');
    if (kept === null) return;
    const className = mode === 'hide' ? 'filtered-out' : 'filter-dimmed';
    const out = cy
      .nodes()
      .not('.group')
      .filter((node) => !kept.has(node.id()));
    out.addClass(className);
    if (mode === 'dim') out.connectedEdges().addClass(className);
  });
}

/** Importance of a node for its label: the analysis size when one is set, else its degree. */
const importance = (node: NodeSingular): number =>
  node.hasClass('mark-sized') ? Number(node.data('markSize')) : Number(node.data('degree') ?? 0);

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box, margin: number) =>
  a.x1 < b.x2 + margin && b.x1 < a.x2 + margin && a.y1 < b.y2 + margin && b.y1 < a.y2 + margin;

const labelBox = (node: NodeSingular): Box =>
  node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });

/** How many of the most important labels are drawn larger: the first thing a reader's eye meets. */
const MAJOR_SHARE = 0.15;

/** Label sizes in screen pixels at zoom 1 and above; zoomed out, labels keep these sizes on screen
 * (up to MAX_LABEL_SCALE times their model size) instead of shrinking to specks. */
const LABEL_PX = { major: 16, actor: 12, other: 11, generic: 10 };
const MAX_LABEL_SCALE = 3;

function labelPx(node: NodeSingular): number {
  if (node.hasClass('label-major')) return LABEL_PX.major;
  const label = String(node.data('label') ?? '');
  if (label === 'Organisation') return LABEL_PX.actor;
  return ['Place', 'Topic', 'Source'].includes(label) ? LABEL_PX.generic : LABEL_PX.other;
}

/** Sets each node's label size in model units for the current zoom. */
function sizeLabels(cy: Core, nodes: NodeSingular[]): void {
  const scale = Math.min(MAX_LABEL_SCALE, Math.max(1, 1 / cy.zoom()));
  cy.batch(() => {
    for (const node of nodes) node.data('labelSize', labelPx(node) * scale).addClass('label-sized');
  });
}

/**
 * Draws the labels of the most important nodes first and leaves out any label that would overlap
 * one already drawn, at the current zoom (zooming in makes room: more labels appear, as in Bloom).
 * A hidden label comes back on selection and highlight.
 */
export function declutterLabels(cy: Core): void {
  const nodes = cy
    .nodes()
    .not('.group, .overview')
    .filter((node) => node.visible());
  const ranked = nodes
    .toArray()
    .sort(
      (a, b) => importance(b as NodeSingular) - importance(a as NodeSingular) || a.id().localeCompare(b.id()),
    )
    .map((node) => node as NodeSingular);
  const majors = Math.max(1, Math.round(ranked.length * MAJOR_SHARE));
  cy.batch(() => {
    cy.nodes().removeClass('label-hidden label-major');
    ranked.forEach((node, index) => {
      if (index < majors && importance(node) > 0) node.addClass('label-major');
    });
  });
  sizeLabels(cy, ranked);
  const kept: Box[] = [];
  const hidden: NodeSingular[] = [];
  ranked.forEach((node) => {
    if (!String(node.data('display') ?? '')) return;
    const box = labelBox(node);
    if (kept.some((other) => overlaps(box, other, 2))) hidden.push(node);
    else kept.push(box);
  });
  cy.batch(() => {
    for (const node of hidden) node.addClass('label-hidden');
  });
}

export interface LabelBox extends Box {
  id: string;
}

/** On-screen boxes of the node labels actually drawn (shown, non-empty, not too small at this zoom). */
export function drawnLabelBoxes(cy: Core): LabelBox[] {
  // Cytoscape's own rule (eleTextBiggerThanMin): the font size at the texture level of the zoom.
  const level = 2 ** Math.ceil(Math.log2(cy.zoom() * (window.devicePixelRatio || 1)));
  return cy
    .nodes()
    .filter((node) => node.visible())
    .filter((node) => {
      const label = String(node.style('label') ?? '');
      const size = node.numericStyle('font-size') * level;
      const minimum = node.numericStyle('min-zoomed-font-size');
      return label.length > 0 && size >= minimum && node.numericStyle('text-opacity') > 0;
    })
    .map((node) => {
      const box = node.renderedBoundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
      });
      return { id: node.id(), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
    });
}
