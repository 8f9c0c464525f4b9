// What GraphView's controllers (content, undo steps, layout, looks) share: the renderer that owns
// Cytoscape, the canvas element, the map backdrop, and the one way to tell the panels that the
// canvas changed. `cy` is read through the renderer each time: it recreates the instance when a
// canvas crosses a level-of-detail or WebGL threshold.
import type { Core } from 'cytoscape';
import type { Backdrop } from './backdrop.ts';
import type { CanvasRenderer } from './renderer.ts';

export interface ViewContext {
  readonly renderer: CanvasRenderer;
  readonly cy: Core;
  readonly host: HTMLDivElement;
  readonly backdrop: Backdrop;
  /** Elements were added, removed, hidden or restored (GraphView's `change` event). */
  changed(): void;
}
