// Owns the Cytoscape instance: creates it (canvas, or WebGL for big graphs), recreates it when the
// canvas crosses WEBGL_THRESHOLD or the level-of-detail threshold (level-of-detail.ts: both choose
// options Cytoscape reads only at creation), and rescales the style when map/timeline views zoom far out.
import cytoscape, {
  type Core,
  type CytoscapeOptions,
  type ElementDefinition,
  type StylesheetStyle,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Backdrop } from './backdrop.ts';
import { graphStyle } from './graph-style.ts';
import { bindInteractions, type InteractionHandlers } from './interactions.ts';
import { isBigCanvas, lodRules, viewportOptions } from './level-of-detail.ts';
import { declutterLabels } from './map-labels.ts';
import { hardwareWebgl } from './webgl-support.ts';
import { installWheelZoom } from './wheel-zoom.ts';
import { zoomedOutRules, zoomScale } from './zoomed-out-style.ts';

cytoscape.use(fcose);

/**
 * Above this many elements the canvas switches to Cytoscape's WebGL renderer, when the browser has
 * a hardware GPU (see webgl-support.ts: software WebGL lost to the canvas at every size we measured).
 * The figure follows Cytoscape's own guidance; it has not been measured on a GPU here.
 */
export const WEBGL_THRESHOLD = 2000;

// Cytoscape ≥ 3.31 takes a renderer option that its type definitions do not describe yet.
export type OptionsWithRenderer = CytoscapeOptions & {
  renderer?: { name: 'canvas'; webgl: boolean };
};

/** What the canvas holds, as the renderer's choices need it. */
export interface CanvasSize {
  elements: number;
  edges: number;
}

/** The drawing choices in force, read back from Cytoscape itself (for tests and the benchmark). */
export interface AppliedRendering {
  webgl: boolean;
  levelOfDetail: boolean;
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
}

// The renderer's fields that hold the viewport options; not in Cytoscape's type definitions.
interface RendererFields {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
  webgl?: boolean;
}

/** The explorer's stylesheet for a canvas of this size (scale: see zoomed-out-style.ts). */
export function canvasStyle(big: boolean, scale = 1): StylesheetStyle[] {
  return [...graphStyle, ...zoomedOutRules(scale), ...(big ? lodRules(scale) : []), ...MAP_LABEL_RULES];
}

/** The map's chosen labels (map-labels.ts): a constant size on screen, whatever the zoom. */
const MAP_LABEL_RULES: StylesheetStyle[] = [
  { selector: 'node.map-quiet', style: { label: '' } },
  {
    selector: 'node.map-label',
    style: {
      label: 'data(mapLabel)',
      'font-size': 'data(mapLabelSize)',
      'text-margin-y': 'data(mapLabelMargin)',
      'min-zoomed-font-size': 0,
      'text-wrap': 'none',
      'text-background-opacity': 0.85,
      'z-index': 20,
    } as never,
  },
  {
    selector: 'node.map-label.map-side-above',
    style: { 'text-valign': 'top', 'text-margin-y': 'data(mapLabelMarginUp)' } as never,
  },
  {
    selector: 'node.map-label.map-side-right',
    style: {
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-y': 0,
      'text-margin-x': 'data(mapLabelMargin)',
    } as never,
  },
  {
    selector: 'node.map-label.map-side-left',
    style: {
      'text-valign': 'center',
      'text-halign': 'left',
      'text-margin-y': 0,
      'text-margin-x': 'data(mapLabelMarginUp)',
    } as never,
  },
];

/** Everything the explorer gives Cytoscape but the container: also what the render benchmark draws. */
export function cytoscapeOptions(choice: { webgl: boolean; big: boolean }): OptionsWithRenderer {
  return {
    style: canvasStyle(choice.big),
    minZoom: 0.03,
    maxZoom: 5,
    selectionType: 'single',
    ...viewportOptions(choice.big),
    ...(choice.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  };
}

/** Quiet time after the last zoom event before the zoom counts as ended. */
const ZOOM_END_MS = 120;

export class CanvasRenderer {
  cy: Core;
  private webgl = false;
  private big = false;
  private styleScale = 1;
  private zoomFrame = 0;
  private zoomEndTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly zoomEndListeners = new Set<() => void>();
  private labelFrame = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly backdrop: Backdrop,
    private readonly handlers: InteractionHandlers,
    /** Whether the current layout spans a large model space (map, timeline). */
    private readonly wideLayout: () => boolean,
    /** Whether labels are chosen by importance, without overlaps (the map). */
    private readonly chosenLabels: () => boolean = () => false,
  ) {
    this.cy = this.create(false, false);
    // Cytoscape's own wheel zoom moves a few per cent a notch; this one a visible step.
    installWheelZoom(host.parentElement ?? host, () => this.cy);
  }

  /** Chooses the map's labels again, once per frame at most (after a layout, pan or zoom). */
  scheduleLabels(): void {
    if (this.labelFrame) return;
    this.labelFrame = requestAnimationFrame(() => {
      this.labelFrame = 0;
      declutterLabels(this.cy, this.chosenLabels());
    });
  }

  isWebgl(): boolean {
    return this.webgl;
  }

  /** Called once the zoom has stopped changing (after a wheel, a pinch or a fit animation). */
  onZoomEnd(listener: () => void): void {
    this.zoomEndListeners.add(listener);
  }

  /** Whether the level-of-detail style and viewport options are on. */
  isBig(): boolean {
    return this.big;
  }

  applied(): AppliedRendering {
    const fields = (this.cy as unknown as { renderer(): RendererFields }).renderer();
    return {
      webgl: Boolean(fields.webgl),
      levelOfDetail: this.big,
      hideEdgesOnViewport: Boolean(fields.hideEdgesOnViewport),
      textureOnViewport: Boolean(fields.textureOnViewport),
    };
  }

  private create(webgl: boolean, big: boolean): Core {
    this.big = big;
    const options: OptionsWithRenderer = {
      container: this.host,
      ...cytoscapeOptions({ webgl, big }),
    };
    const cy = cytoscape(options);
    bindInteractions(cy, this.handlers);
    this.backdrop.attach(cy);
    cy.on('zoom', () => {
      this.scheduleZoomStyle();
      clearTimeout(this.zoomEndTimer);
      this.zoomEndTimer = setTimeout(() => {
        for (const listener of this.zoomEndListeners) listener();
      }, ZOOM_END_MS);
    });
    cy.on('viewport', () => {
      if (this.chosenLabels() || cy.nodes('.map-label, .map-quiet').nonempty()) this.scheduleLabels();
    });
    this.webgl = webgl;
    this.styleScale = 1;
    return cy;
  }

  /**
   * Call before the canvas grows or after it shrinks: switches renderer and level of detail when its
   * size crosses a threshold, keeping elements and viewport (the instance holds the smaller canvas).
   */
  ensure(size: CanvasSize): void {
    const webgl = size.elements > WEBGL_THRESHOLD && hardwareWebgl();
    const big = isBigCanvas(size.edges);
    if (webgl === this.webgl && big === this.big) return;
    const elements = this.cy.elements().jsons() as unknown as ElementDefinition[];
    const viewport = { zoom: this.cy.zoom(), pan: this.cy.pan() };
    this.cy.destroy();
    this.cy = this.create(webgl, big);
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
      this.cy.style(canvasStyle(this.big, scale));
    });
  }
}
