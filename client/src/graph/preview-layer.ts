// What a review would add, drawn on the canvas as ghosts: outside the undo history, the URL state,
// the legend and the exports (they read only real elements), and inert to clicks. The review screen
// replaces the whole layer each time a decision changes.
import type { Core } from 'cytoscape';
import type { WireGraph } from '../../../server/contract/graph.ts';
import type { Language } from '../i18n/i18n.ts';
import { toEdgeElement, toNodeElement } from './elements.ts';
import { placeNewNodes } from './layouts.ts';

export const PREVIEW_CLASS = 'preview';

/** Replaces the preview layer; nodes already on the canvas are not drawn again (edges may join them). */
export async function showPreview(cy: Core, graph: WireGraph, language: Language): Promise<void> {
  cy.elements(`.${PREVIEW_CLASS}`).remove();
  const nodes = graph.nodes.filter((node) => cy.$id(node.id).empty());
  const known = new Set([...cy.nodes().map((node) => node.id()), ...nodes.map((node) => node.id)]);
  const edges = graph.edges.filter(
    (edge) => cy.$id(edge.id).empty() && known.has(edge.source) && known.has(edge.target),
  );
  if (nodes.length === 0 && edges.length === 0) return;
  const extent = cy.extent();
  const added = cy.add([
    ...nodes.map((node, index) => ({
      ...toNodeElement(node, language),
      classes: `${PREVIEW_CLASS} ${node.properties.existing === true ? 'preview-existing' : 'preview-new'}`,
      position: {
        x: extent.x1 + ((index + 1) * extent.w) / (nodes.length + 1),
        y: extent.y1 + extent.h * 0.5,
      },
    })),
    ...edges.map((edge) => ({ ...toEdgeElement(edge), classes: PREVIEW_CLASS })),
  ]);
  await placeNewNodes(cy, added.nodes(), false);
}

export function clearPreview(cy: Core): void {
  cy.elements(`.${PREVIEW_CLASS}`).remove();
}

export function previewIds(cy: Core): string[] {
  return cy.elements(`.${PREVIEW_CLASS}`).map((element) => element.id());
}
