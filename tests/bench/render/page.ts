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

interface Subject {
  /** The element that receives wheel events, as a user's would. */
  surface: Element;
  /** Whether it draws with WebGL (read back from Cytoscape, which falls back to canvas silently). */
  webgl: boolean;
  destroy(): void;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const stage = () => document.getElementById('stage') as HTMLElement;

/** Wraps a draw method so every call is timed apart from the rest of the frame. */
function timeCalls<T extends object>(owner: T, key: keyof T, log: DrawLog): void {
  const original = owner[key] as unknown as (...args: unknown[]) => unknown;
  (owner as Record<keyof T, unknown>)[key] = function timed(this: unknown, ...args: unknown[]) {
    const started = performance.now();
    const result = original.apply(this, args);
    log.record(performance.now() - started);
    return result;
  };
}

function cytoscapeSubject(
  canvas: ReturnType<typeof generateCanvas>,
  library: Library,
  log: DrawLog,
): Subject {
  const big = library !== 'cytoscape-full' && isBigCanvas(canvas.graph.edges.length);
  const cy: Core = cytoscape({
    container: stage(),
    ...cytoscapeOptions({ webgl: library === 'cytoscape-webgl', big }),
  });
  // The render loop looks `render` up on every frame (the WebGL renderer replaces it), so wrapping
  // it on the instance times each draw call, before the elements arrive.
  const renderer = (cy as unknown as { renderer(): { webgl?: boolean; render(): void } }).renderer();
  timeCalls(renderer, 'render', log);
  cy.add([
    ...canvas.graph.nodes.map((node) => ({
      ...toNodeElement(node, 'en'),
      position: canvas.positions.get(node.id),
    })),
    ...canvas.graph.edges.map(toEdgeElement),
  ]);
  refreshDegrees(cy);
  markHubs(cy, big);
  cy.fit(undefined, 40);
  return { surface: cy.container() as Element, webgl: Boolean(renderer.webgl), destroy: () => cy.destroy() };
}

function sigmaSubject(canvas: ReturnType<typeof generateCanvas>, log: DrawLog): Subject {
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
  timeCalls(Sigma.prototype as unknown as { render(): unknown }, 'render', log);
  const renderer = new Sigma(graph, stage());
  return { surface: stage(), webgl: true, destroy: () => renderer.kill() };
}

function visSubject(canvas: ReturnType<typeof generateCanvas>, log: DrawLog): Subject {
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
  let started = 0;
  network.on('beforeDrawing', () => {
    started = performance.now();
  });
  network.on('afterDrawing', () => log.record(performance.now() - started));
  network.setData({ nodes, edges });
  network.fit({ animation: false });
  return {
    surface: stage().querySelector('canvas') ?? stage(),
    webgl: false,
    destroy: () => network.destroy(),
  };
}

let current: Subject | null = null;

/** Waits for the first draw that happens at or after `since`, then one more frame. */
async function frameAfter(log: DrawLog, drawsBefore: number): Promise<number> {
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
  const log = new DrawLog();
  await frame();
  const started = performance.now();
  const subject =
    options.library === 'sigma'
      ? sigmaSubject(canvas, log)
      : options.library === 'vis-network'
        ? visSubject(canvas, log)
        : cytoscapeSubject(canvas, options.library, log);
  current = subject;
  const firstDrawMs = await frameAfter(log, 0);
  const firstFrameMs = performance.now() - started;
  await pause(300);

  // Each wheel: the time to the next frame on screen, the draw call of that frame, and the slowest
  // draw until the view settles (Cytoscape redraws in full 150 ms after the last wheel event; sigma
  // animates its zoom over 250 ms).
  const box = subject.surface.getBoundingClientRect();
  const wheelFrameMs: number[] = [];
  const wheelDrawMs: number[] = [];
  const slowestDrawMs: number[] = [];
  for (let i = 0; i < options.wheels; i++) {
    const before = log.durations.length;
    const wheelStarted = performance.now();
    subject.surface.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: i % 2 === 0 ? -120 : 120,
        clientX: box.left + box.width / 2,
        clientY: box.top + box.height / 2,
        bubbles: true,
        cancelable: true,
      }),
    );
    wheelDrawMs.push(await frameAfter(log, before));
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
