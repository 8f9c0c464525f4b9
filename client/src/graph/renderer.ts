// Owns the Cytoscape instance: creates it (canvas, or WebGL for big graphs), recreates it when the
// element count crosses WEBGL_THRESHOLD, and rescales the style when map/timeline views zoom far out.
import cytoscape, { type Core, type CytoscapeOptions, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Backdrop } from './backdrop.ts';
import { graphStyle } from './graph-style.ts';
import { bindInteractions, type InteractionHandlers } from './interactions.ts';
import { hardwareWebgl } from './webgl-support.ts';
import { zoomedOutRules, zoomScale } from './zoomed-out-style.ts';

cytoscape.use(fcose);

/**
 * Above this many elements the canvas switches to Cytoscape's WebGL renderer, when the browser has
 * a hardware GPU (see webgl-support.ts: software WebGL lost to the canvas at every size we measured).
 * The figure follows Cytoscape's own guidance; it has not been measured on a GPU here.
 */
export const WEBGL_THRESHOLD = 2000;

// Cytoscape ≥ 3.31 takes a renderer option that its type definitions do not describe yet.
type OptionsWithRenderer = CytoscapeOptions & {
  renderer?: { name: 'canvas'; webgl: boolean };
};

export class CanvasRenderer {
  cy: Core;
  private webgl = false;
  private styleScale = 1;
  private zoomFrame = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly backdrop: Backdrop,
    private readonly handlers: InteractionHandlers,
    /** Whether the current layout spans a large model space (map, timeline). */
    private readonly wideLayout: () => boolean,
  ) {
    this.cy = this.create(false);
  }

  isWebgl(): boolean {
    return this.webgl;
  }

  private create(webgl: boolean): Core {
    const options: OptionsWithRenderer = {
      container: this.host,
      style: graphStyle,
      minZoom: 0.03,
      maxZoom: 5,
      selectionType: 'single',
      // WebGL mode is for big graphs: cheaper viewport changes matter more than edges while panning.
      hideEdgesOnViewport: webgl,
      textureOnViewport: webgl,
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    };
    const cy = cytoscape(options);
    bindInteractions(cy, this.handlers);
    this.backdrop.attach(cy);
    cy.on('zoom', () => this.scheduleZoomStyle());
    this.webgl = webgl;
    this.styleScale = 1;
    return cy;
  }

  /** Switches renderer when the element count crosses the threshold, keeping elements and viewport. */
  ensure(elementCount: number): void {
    const wanted = elementCount > WEBGL_THRESHOLD && hardwareWebgl();
    if (wanted === this.webgl) return;
    const elements = this.cy.elements().jsons() as unknown as ElementDefinition[];
    const viewport = { zoom: this.cy.zoom(), pan: this.cy.pan() };
    this.cy.destroy();
    this.cy = this.create(wanted);
    this.cy.add(elements);
    this.cy.viewport(viewport);
  }

  /** In map and timeline views, keeps nodes a constant size on screen when zoomed far out. */
  scheduleZoomStyle(): void {
    if (this.zoomFrame) return;
    this.zoomFrame = requestAnimationFrame(() => {
      this.zoomFrame = 0;
      const scale = this.wideLayout() ? zoomScale(this.cy.zoom()) : 1;
      if (scale === this.styleScale) return;
      this.styleScale = scale;
      this.cy.style([...graphStyle, ...zoomedOutRules(scale)]);
    });
  }
}
