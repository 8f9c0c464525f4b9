// Map and timeline views span far more model space than a force layout (the world, fifteen years),
// so a fitted view is zoomed far out and nodes would shrink to specks. Below ZOOM_FLOOR, these rules
// grow nodes and edges so they keep a constant size on screen; labels then fall under
// min-zoomed-font-size and hide until the analyst zooms in.
import type { StylesheetStyle } from 'cytoscape';

const ZOOM_FLOOR = 0.5;

/** A rounded scale factor, so the stylesheet is rebuilt only when it visibly changes. */
export function zoomScale(zoom: number): number {
  if (zoom >= ZOOM_FLOOR) return 1;
  return Math.round((ZOOM_FLOOR / zoom) * 4) / 4;
}

export function zoomedOutRules(scale: number): StylesheetStyle[] {
  if (scale <= 1) return [];
  const size = (min: number, max: number) => `mapData(degree, 0, 24, ${min * scale}, ${max * scale})`;
  return [
    {
      selector: 'node',
      style: {
        width: size(26, 78),
        height: size(26, 78),
        'border-width': 1.5 * scale,
        'font-size': 11 * scale * 0.6,
        'text-margin-y': 4 * scale,
      },
    },
    { selector: 'node.group', style: { height: 24 * scale, 'font-size': 10 * scale * 0.6 } },
    { selector: 'node:selected, node.highlighted', style: { 'border-width': 4 * scale } },
    {
      selector: 'edge',
      style: { width: 1.5 * scale, 'arrow-scale': 0.8, 'font-size': 8 * scale * 0.6 },
    },
    {
      selector: 'edge[type = "PARTNERS_WITH"]',
      style: { width: `mapData(weight, 1, 6, ${2 * scale}, ${7 * scale})` },
    },
    { selector: 'edge.highlighted, edge:selected', style: { width: 4 * scale } },
  ];
}
