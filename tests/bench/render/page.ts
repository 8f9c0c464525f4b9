// The render benchmark's page (bundled by render-bench.ts with Vite): draws one generated graph with
// one library and times it. Cytoscape gets exactly the explorer's options, style and level of detail
// (client/src/graph/renderer.ts), its elements through the explorer's own conversion; sigma.js and
// vis-network get the same nodes, edges and positions with their documented defaults for a graph
// that is already laid out. One fresh page per measurement; render-bench.ts drives it.
import cytoscape, { type Core } from 'cytoscape';
import Graph from 'graphology';
import Sigma from 'sigma';
import { DataSet, Network } from 'vis-network/standalone';
import { refreshDegrees } from '../../../client/src/graph/appearance.ts';
import { addAll, withDegreesAndHubs } from '../../../client/src/graph/bulk-load.ts';
import { toEdgeElement, toNodeElement } from '../../../client/src/graph/elements.ts';
import { isBigCanvas, markHubs } from '../../../client/src/graph/level-of-detail.ts';
import { cytoscapeOptions } from '../../../client/src/graph/renderer.ts';
import { generateCanvas } from '../../support/generated-canvas.ts';
import type { Library, Sample } from './render-figures.ts';

/** Counts draws and their durations, whatever the library; `next()` waits for the next one. */
class DrawLog {
  readonly durations: number[] = [];
  private waiting: ((ms: number) => void)[] = [];

  record(ms: number): void {
    this.durations.push(ms);
    const done = this.waiting;
    this.waiting = [];
    for (const resolve of done) resolve(ms);
  }

  next(): Promise<number> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}

const log = new DrawLog();
const nativeFrame = window.requestAnimationFrame.bind(window);
let inFrame = false;

// A library's drawing is the work its animation-frame callbacks do: Cytoscape, for one, renders in
// a frame callback that first rebuilds its cached textures and then draws, and spreads that work
// over several frames; timing its render() call alone reported ~0 ms frames while textures were
// rebuilt beside it. So every frame callback of the page's libraries is timed (the benchmark's own
// waits use the native function and are not).
window.requestAnimationFrame = (callback: FrameRequestCallback): number =>
  nativeFrame((time) => {
    const started = performance.now();
    inFrame = true;
    try {
      callback(time);
    } finally {
      inFrame = false;
      log.record(performance.now() - started);
    }
  });

interface Subject {
  /** Whether it draws with WebGL (read back from Cytoscape, which falls back to canvas silently). */
  webgl: boolean;
  destroy(): void;
}

const frame = () => new Promise<void>((resolve) => nativeFrame(() => resolve()));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const stage = () => document.getElementById('stage') as HTMLElement;

/** Times a draw method's calls made outside a frame callback (sigma draws in its constructor). */
function timeCalls<T extends object>(owner: T, key: keyof T): void {
  const original = owner[key] as unknown as (...args: unknown[]) => unknown;
  (owner as Record<keyof T, unknown>)[key] = function timed(this: unknown, ...args: unknown[]) {
    if (inFrame) return original.apply(this, args);
    const started = performance.now();
    const result = original.apply(this, args);
    log.record(performance.now() - started);
    return result;
  };
}

function cytoscapeSubject(canvas: ReturnType<typeof generateCanvas>, library: Library): Subject {
  const big = library !== 'cytoscape-full' && isBigCanvas(canvas.graph.edges.length);
  const cy: Core = cytoscape({
    container: stage(),
    ...cytoscapeOptions({ webgl: library === 'cytoscape-webgl', big }),
  });
  const renderer = (cy as unknown as { renderer(): { webgl?: boolean } }).renderer();
  const mark = (name: string, since: number) => {
    phases[name] = performance.now() - since;
    return performance.now();
  };
  let at = performance.now();
  // As the explorer loads a whole canvas (canvas-content.ts, bulk-load.ts): degrees and hubs in the
  // definitions, one batch.
  const elements = withDegreesAndHubs(
    [
      ...canvas.graph.nodes.map((node) => ({
        ...toNodeElement(node, 'en'),
        position: canvas.positions.get(node.id),
      })),
      ...canvas.graph.edges.map(toEdgeElement),
    ],
    big,
  );
  at = mark('convert', at);
  addAll(cy, elements);
  at = mark('add', at);
  refreshDegrees(cy);
  markHubs(cy, big);
  at = mark('degreesAndHubs', at);
  // As the explorer fits a big canvas (graph-view.ts): on its nodes, not its edges' geometry.
  cy.fit(cy.nodes(), 40);
  mark('fit', at);
  return { webgl: Boolean(renderer.webgl), destroy: () => cy.destroy() };
}

function sigmaSubject(canvas: ReturnType<typeof generateCanvas>): Subject {
  const graph = new Graph({ type: 'undirected' });
  const degree = new Map<string, number>();
  for (const edge of canvas.graph.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  for (const node of canvas.graph.nodes) {
    const position = canvas.positions.get(node.id) ?? { x: 0, y: 0 };
    graph.addNode(node.id, {
      x: position.x,
      y: -position.y,
      size: 3 + Math.min(12, Math.sqrt(degree.get(node.id) ?? 0)),
      label: String(node.properties.name),
      color: '#2563eb',
    });
  }
  for (const edge of canvas.graph.edges)
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, { color: '#94a3b8', size: 1 });
  // Sigma draws in its constructor: time the draw method on the prototype, before construction.
  timeCalls(Sigma.prototype as unknown as { render(): unknown }, 'render');
  const renderer = new Sigma(graph, stage());
  return { webgl: true, destroy: () => renderer.kill() };
}

function visSubject(canvas: ReturnType<typeof generateCanvas>): Subject {
  const nodes = new DataSet(
    canvas.graph.nodes.map((node) => {
      const position = canvas.positions.get(node.id) ?? { x: 0, y: 0 };
      return { id: node.id, label: String(node.properties.name), x: position.x, y: position.y };
    }),
  );
  const edges = new DataSet(
    canvas.graph.edges.map((edge) => ({ id: edge.id, from: edge.source, to: edge.target })),
  );
  const network = new Network(
    stage(),
    { nodes: [], edges: [] },
    {
      // vis-network's own advice for big, already placed graphs: no physics, no smooth curves, no
      // improved layout pass.
      physics: false,
      layout: { improvedLayout: false },
      edges: { smooth: false },
      interaction: { hideEdgesOnDrag: true, hideEdgesOnZoom: true },
    },
  );
  // vis-network draws in a frame callback too, but setData may draw at once: time those as well.
  let started = 0;
  network.on('beforeDrawing', () => {
    started = performance.now();
  });
  network.on('afterDrawing', () => {
    if (!inFrame) log.record(performance.now() - started);
  });
  network.setData({ nodes, edges });
  network.fit({ animation: false });
  return { webgl: false, destroy: () => network.destroy() };
}

let current: Subject | null = null;
/** Where Cytoscape's set-up time goes, before its first frame (ms). */
let phases: Record<string, number> = {};

/** Waits for the first frame callback (or draw) after the `drawsBefore`th, then one more frame. */
async function frameAfter(drawsBefore: number): Promise<number> {
  if (log.durations.length === drawsBefore) await log.next();
  await frame();
  return log.durations[drawsBefore] ?? Number.NaN;
}

async function run(options: {
  library: Library;
  edges: number;
  seed: number;
  wheels: number;
}): Promise<Sample> {
  const canvas = generateCanvas(options.edges, options.seed);
  phases = {};
  await frame();
  const started = performance.now();
  const subject =
    options.library === 'sigma'
      ? sigmaSubject(canvas)
      : options.library === 'vis-network'
        ? visSubject(canvas)
        : cytoscapeSubject(canvas, options.library);
  current = subject;
  const firstDrawMs = await frameAfter(0);
  const firstFrameMs = performance.now() - started;
  await pause(300);

  // Each wheel: the time to the next frame on screen, the draw call of that frame, and the slowest
  // draw until the view settles (Cytoscape redraws in full 150 ms after the last wheel event; sigma
  // animates its zoom over 250 ms).
  // The wheel goes to what is under the pointer, as a user's would (sigma listens on its top canvas).
  const box = stage().getBoundingClientRect();
  const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  const surface = document.elementFromPoint(centre.x, centre.y) ?? stage();
  const wheelFrameMs: number[] = [];
  const wheelDrawMs: number[] = [];
  const slowestDrawMs: number[] = [];
  for (let i = 0; i < options.wheels; i++) {
    const before = log.durations.length;
    const wheelStarted = performance.now();
    surface.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: i % 2 === 0 ? -120 : 120,
        clientX: centre.x,
        clientY: centre.y,
        bubbles: true,
        cancelable: true,
      }),
    );
    wheelDrawMs.push(await frameAfter(before));
    wheelFrameMs.push(performance.now() - wheelStarted);
    await pause(600);
    slowestDrawMs.push(Math.max(...log.durations.slice(before)));
  }
  return {
    library: options.library,
    nodes: canvas.graph.nodes.length,
    edges: canvas.graph.edges.length,
    webgl: subject.webgl,
    firstFrameMs,
    firstDrawMs,
    wheelFrameMs,
    wheelDrawMs,
    slowestDrawMs,
    heapBytes: 0,
    phases,
  };
}

function destroy(): void {
  current?.destroy();
  current = null;
}

function webglInfo(): { webgl2: boolean; renderer: string | null } {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return { webgl2: false, renderer: null };
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  return {
    webgl2: true,
    renderer: String(debug ? gl.getParameter(debug.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)),
  };
}

declare global {
  interface Window {
    bench?: { run: typeof run; destroy: typeof destroy; webglInfo: typeof webglInfo };
    benchReady?: boolean;
  }
}

window.bench = { run, destroy, webglInfo };
window.benchReady = true;
