// Wheel zoom with a sensible step. Cytoscape's own handler clamps the first wheel events it sees
// and divides a mouse's notch by its size, so a notch zooms by 3–5 % and a world map barely moves.
// Here a mouse notch (100 px) zooms by 25 %, a trackpad's small deltas proportionally less, at the
// pointer. It listens on the canvas's parent in the capture phase, before Cytoscape's listener.
import type { Core } from 'cytoscape';

/** Zoom factor per pixel of wheel delta: 100 px (one mouse notch) → ×1.25. */
const PER_PIXEL = Math.log(1.25) / 100;
/** Trackpad pinches arrive as wheel events with ctrlKey and small deltas: a stronger step. */
const PINCH_PER_PIXEL = Math.log(2) / 100;
const LINE_PIXELS = 33;
const PAGE_PIXELS = 800;

export function wheelFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  const pixels =
    event.deltaMode === 1
      ? event.deltaY * LINE_PIXELS
      : event.deltaMode === 2
        ? event.deltaY * PAGE_PIXELS
        : event.deltaY;
  const factor = Math.exp(-pixels * (event.ctrlKey ? PINCH_PER_PIXEL : PER_PIXEL));
  return Math.min(2, Math.max(0.5, factor));
}

export function installWheelZoom(element: HTMLElement, cy: () => Core): void {
  element.addEventListener(
    'wheel',
    (event) => {
      const core = cy();
      const container = core.container();
      if (!container?.contains(event.target as Node) || event.deltaY === 0) return;
      if (!core.userZoomingEnabled()) return;
      event.preventDefault();
      event.stopPropagation();
      const rect = container.getBoundingClientRect();
      core.zoom({
        level: core.zoom() * wheelFactor(event),
        renderedPosition: { x: event.clientX - rect.left, y: event.clientY - rect.top },
      });
    },
    { capture: true, passive: false },
  );
}
