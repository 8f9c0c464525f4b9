// Level of detail for big canvases: the one place that decides when a canvas is "big" and what is
// simplified then. Measured with the render benchmark (tests/bench/render-bench.ts): at 20,000 edges
// the full style (bezier edges with arrows and labels, degree-sized nodes, every label) took seconds
// per frame on the canvas renderer; what costs is per-edge geometry and text, so a big canvas draws
// haystack edges without arrows or labels, fixed-size nodes and the labels of its hubs only, shown
// once zoomed in, and skips edges while the viewport moves.
import type { Core, StylesheetStyle } from 'cytoscape';

/** A canvas with more edges than this is drawn with the simplified style (Cytoscape's own guidance
 * for "large" graphs starts around a few thousand elements; the benchmark's 2,000-edge row is
 * already past one frame per 100 ms with the full style). */
export const LOD_EDGE_THRESHOLD = 2000;

/** How many of the most connected nodes keep their label on a big canvas. */
export const LABELLED_HUBS = 60;

/** Class carried by the nodes whose label is kept on a big canvas. */
export const HUB_CLASS = 'lod-hub';

/** Node diameter on a big canvas: one size for all, so no size is recomputed on a style pass. */
const NODE_SIZE = 14;

export function isBigCanvas(edgeCount: number): boolean {
  return edgeCount > LOD_EDGE_THRESHOLD;
}

/** Renderer options for a canvas of this size. Only read when Cytoscape is created, so the renderer
 * recreates the instance when a canvas crosses the threshold. */
export function viewportOptions(big: boolean): {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  pixelRatio?: number;
} {
  // While panning or wheel-zooming, draw the nodes alone (hideEdgesOnViewport) instead of every edge
  // on every frame. Not textureOnViewport: its cached picture is a full draw made on the first wheel
  // event, which measured 3.0 s against 0.75–0.85 s to the first frame without it (20,000 edges,
  // interleaved A/B under heavy load, 2026-12-02); later wheels were alike. One canvas pixel per CSS
  // pixel: on a high-density screen that draws a quarter of the pixels (no effect here, ratio 1).
  return big
    ? { hideEdgesOnViewport: true, textureOnViewport: false, pixelRatio: 1 }
    : { hideEdgesOnViewport: false, textureOnViewport: false };
}

/** Rules appended after the explorer's style on a big canvas (scale: see zoomed-out-style.ts). */
export function lodRules(scale = 1): StylesheetStyle[] {
  const size = NODE_SIZE * scale;
  return [
    {
      selector: 'node',
      style: {
        width: size,
        height: size,
        'border-width': 0,
        label: '',
        'text-background-opacity': 0,
      },
    },
    {
      // Hubs, the selection and what a path or a search highlights keep their name, from a zoom
      // where it is readable (min-zoomed-font-size hides it further out).
      selector: `node.${HUB_CLASS}, node:selected, node.highlighted`,
      style: { label: 'data(display)', 'font-size': 12 * scale, 'min-zoomed-font-size': 9 },
    },
    { selector: 'node.group', style: { label: 'data(display)', width: 'data(width)', height: 24 * scale } },
    { selector: 'node.overview', style: { height: 'data(width)' } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        width: 1 * scale,
        'target-arrow-shape': 'none',
        'source-arrow-shape': 'none',
        label: '',
        opacity: 0.6,
      },
    },
    {
      selector: 'edge:selected, edge.highlighted',
      style: { width: 3 * scale, opacity: 1, label: 'data(display)', 'font-size': 10 * scale },
    },
    { selector: 'node:selected, node.highlighted', style: { 'border-width': 3 * scale } },
  ];
}

/** Marks the LABELLED_HUBS most connected nodes (by `degree`, see appearance.ts) as hubs. */
export function markHubs(cy: Core, big: boolean): void {
  cy.batch(() => {
    cy.nodes(`.${HUB_CLASS}`).removeClass(HUB_CLASS);
    if (!big) return;
    const ranked = cy
      .nodes()
      .not('.group')
      .toArray()
      .sort((a, b) => Number(b.data('degree')) - Number(a.data('degree')));
    for (const node of ranked.slice(0, LABELLED_HUBS)) node.addClass(HUB_CLASS);
  });
}
