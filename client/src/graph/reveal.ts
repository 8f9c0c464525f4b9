// New nodes must be seen: an actor picked from search lands beside the drawing (it has no link to
// anchor it), which after a fit is off screen. When some new node is outside the view, the view
// zooms out to show everything if that keeps labels readable, else pans to the new nodes.
import type { Core, NodeCollection } from 'cytoscape';
import { MAX_FIT_ZOOM } from './layouts.ts';

/** Below this zoom labels are no longer read: rather pan to the new nodes than fit everything. */
const READABLE_ZOOM = 0.45;
/** Room kept between the nodes and the edges of the view, in screen pixels. */
const MARGIN = 50;

function inView(cy: Core, nodes: NodeCollection): boolean {
  const view = cy.extent();
  const margin = MARGIN / cy.zoom();
  const box = nodes.boundingBox({ includeLabels: true });
  return (
    box.x1 >= view.x1 + margin / 2 &&
    box.x2 <= view.x2 - margin / 2 &&
    box.y1 >= view.y1 + margin / 2 &&
    box.y2 <= view.y2 - margin / 2
  );
}

/** Moves the view so the added nodes are on screen; resolves once the view has stopped moving. */
export function revealNodes(cy: Core, added: NodeCollection): Promise<void> {
  const shown = added.filter((node) => node.visible());
  if (shown.empty() || cy.width() === 0 || inView(cy, shown)) return Promise.resolve();
  const everything = cy.nodes(':visible');
  const box = everything.boundingBox({ includeLabels: false });
  const fitZoom = Math.min((cy.width() - 2 * MARGIN) / box.w, (cy.height() - 2 * MARGIN) / box.h);
  const viewport =
    fitZoom >= READABLE_ZOOM
      ? { fit: { eles: everything, padding: MARGIN } }
      : { center: { eles: shown }, zoom: Math.max(cy.zoom(), READABLE_ZOOM) };
  return new Promise((resolve) => {
    cy.animate({
      ...viewport,
      duration: 250,
      complete: () => {
        if (cy.zoom() > MAX_FIT_ZOOM)
          cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        resolve();
      },
    });
  });
}
