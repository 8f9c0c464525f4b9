// What a saved view keeps of the canvas beyond its elements: where each node is, what is hidden,
// what is pinned, what is selected and how the viewport frames it. Reading and applying it are
// kept here so GraphView stays the one owner of Cytoscape with a thin method for each.
import type { Core, Position } from 'cytoscape';

export interface Arrangement {
  positions: Record<string, Position>;
  hidden: string[];
  pinned: string[];
  selected: string | null;
  viewport: { zoom: number; x: number; y: number } | null;
}

const rounded = (value: number) => Math.round(value * 100) / 100;

export function readArrangement(cy: Core): Arrangement {
  const positions: Record<string, Position> = {};
  cy.nodes()
    .not('.group')
    .forEach((node) => {
      const { x, y } = node.position();
      positions[node.id()] = { x: rounded(x), y: rounded(y) };
    });
  const pan = cy.pan();
  return {
    positions,
    hidden: cy.elements('.hidden').map((element) => element.id()),
    pinned: cy.nodes('.pinned').map((node) => node.id()),
    selected: cy.$(':selected').first().id() || null,
    viewport: { zoom: cy.zoom(), x: rounded(pan.x), y: rounded(pan.y) },
  };
}

/** Puts the canvas back as the arrangement says; ids no longer on the canvas are skipped. */
export function applyArrangement(cy: Core, arrangement: Arrangement): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const position = arrangement.positions[node.id()];
      if (!position) return;
      // A locked node ignores position changes: unlock, move, and lock again below if pinned.
      node.unlock().removeClass('pinned');
      node.position({ x: position.x, y: position.y });
    });
    cy.elements('.hidden').removeClass('hidden');
    for (const id of arrangement.hidden) cy.$id(id).addClass('hidden');
    for (const id of arrangement.pinned) cy.$id(id).lock().addClass('pinned');
    cy.$(':selected').unselect();
    if (arrangement.selected) cy.$id(arrangement.selected).select();
  });
  if (arrangement.viewport) {
    cy.viewport({
      zoom: arrangement.viewport.zoom,
      pan: { x: arrangement.viewport.x, y: arrangement.viewport.y },
    });
  }
}
