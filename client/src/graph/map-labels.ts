// Labels on the map: at a world zoom every label is far below a readable size, and all of them at
// once would overlap. Here the important nodes (most links on the canvas first, actors before
// places) get a label of a constant screen size, taken greedily: below its node, else above, right
// or left, a label is kept only when its box overlaps no label kept before it and no other node,
// and lies inside the view. Run again after every pan or zoom.
import type { Core, NodeSingular } from 'cytoscape';

export const MAP_LABEL_PX = 12;
const MAX_CANDIDATES = 120;
const MAX_LABELS = 40;
/** Room kept between two labels, in pixels. */
const GAP = 3;
/** Where a label may go around its node, in the order tried. */
const SIDES = ['below', 'above', 'right', 'left'] as const;
const SIDE_CLASSES = 'map-side-above map-side-right map-side-left';

export interface LabelBox {
  id: string;
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function firstLine(node: NodeSingular): string {
  return String(node.data('name') ?? node.data('display') ?? node.id()).split('\n')[0] ?? '';
}

function importance(node: NodeSingular): number {
  const place = node.data('label') === 'Place' ? 0 : 1000;
  return place + Number(node.data('degree') ?? 0);
}

/** The label's box on screen (canvas coordinates), as Cytoscape measures it. */
function boxOf(node: NodeSingular): LabelBox {
  const box = node.renderedBoundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
  });
  return { id: node.id(), text: firstLine(node), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
}

const overlaps = (a: LabelBox, b: LabelBox) =>
  a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;

/** Chooses and shows the map's labels; `enabled` false takes them all off (other layouts). */
export function declutterLabels(cy: Core, enabled: boolean): void {
  const labelled = cy.nodes('.map-label');
  if (!enabled) {
    cy.batch(() => cy.nodes('.map-label, .map-quiet').removeClass(`map-label map-quiet ${SIDE_CLASSES}`));
    return;
  }
  const width = cy.width();
  const height = cy.height();
  const zoom = cy.zoom();
  const visible = (cy.nodes(':visible').not('.group').nodes().toArray() as NodeSingular[]).filter((node) => {
    const p = node.renderedPosition();
    return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
  });
  const candidates = visible
    .sort((a, b) => importance(b) - importance(a) || firstLine(a).localeCompare(firstLine(b)))
    .slice(0, MAX_CANDIDATES);
  // Show every candidate's label first, so that Cytoscape measures it at its real size.
  cy.batch(() => {
    cy.nodes().not('.group').addClass('map-quiet');
    labelled.removeClass(`map-label ${SIDE_CLASSES}`);
    for (const node of candidates) {
      node.data({
        mapLabel: firstLine(node),
        mapLabelSize: MAP_LABEL_PX / zoom,
        mapLabelMargin: 3 / zoom,
        mapLabelMarginUp: -3 / zoom,
      });
      node.removeClass('map-quiet').addClass('map-label');
    }
  });
  // Node bodies are obstacles too: a label over another node hides it.
  const bodies = new Map(
    visible.map((node) => {
      const box = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      return [node.id(), { id: node.id(), text: '', x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 }];
    }),
  );
  const kept: LabelBox[] = [];
  const dropped: NodeSingular[] = [];
  for (const node of candidates) {
    const fits = (box: LabelBox) =>
      box.x1 >= 0 &&
      box.y1 >= 0 &&
      box.x2 <= width &&
      box.y2 <= height &&
      !kept.some((other) => overlaps(box, other)) &&
      ![...bodies.values()].some((body) => body.id !== node.id() && overlaps(box, body));
    let placed = false;
    for (const side of kept.length < MAX_LABELS ? SIDES : []) {
      node.removeClass(SIDE_CLASSES);
      if (side !== 'below') node.addClass(`map-side-${side}`);
      const box = boxOf(node);
      if (fits(box)) {
        kept.push(box);
        placed = true;
        break;
      }
    }
    if (!placed) dropped.push(node);
  }
  cy.batch(() => {
    for (const node of dropped) node.removeClass(`map-label ${SIDE_CLASSES}`).addClass('map-quiet');
  });
}

/** The labels shown, in client coordinates (for tests). */
export function shownLabels(cy: Core): LabelBox[] {
  const rect = cy.container()?.getBoundingClientRect() ?? { left: 0, top: 0 };
  return cy.nodes('.map-label:visible').map((node) => {
    const box = boxOf(node);
    return {
      ...box,
      x1: box.x1 + rect.left,
      x2: box.x2 + rect.left,
      y1: box.y1 + rect.top,
      y2: box.y2 + rect.top,
    };
  });
}
