// Runs in the benchmark page (plain browser JavaScript, served as is): builds a seeded random
// graph, renders it with the canvas or the WebGL renderer and times the first frame, layouts and
// pan/zoom frames. tests/bench/render-bench.ts drives it, one fresh page per measurement.
/* global cytoscape, cytoscapeFcose */
cytoscape.use(cytoscapeFcose);

// Close to the explorer's own style (client/src/graph/graph-style.ts): labelled nodes, bezier edges
// with triangle arrows and centre labels, which the WebGL preview supports.
const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 26,
      height: 26,
      'background-color': '#4f7cc4',
      'border-width': 1.5,
      'border-color': '#ffffff',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      width: 1.5,
      'line-color': '#94a3b8',
      'target-arrow-color': '#94a3b8',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      label: 'data(label)',
      'font-size': 8,
      'min-zoomed-font-size': 7,
    },
  },
];

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About one node per four edges, edges between random distinct nodes, random starting positions. */
function generate(edgeCount, seed) {
  const random = mulberry32(seed);
  const nodeCount = Math.max(2, Math.round(edgeCount / 4));
  const side = Math.sqrt(nodeCount) * 80;
  const elements = [];
  for (let i = 0; i < nodeCount; i++) {
    elements.push({
      group: 'nodes',
      data: { id: `n${i}`, label: `Actor ${i}` },
      position: { x: random() * side, y: random() * side },
    });
  }
  for (let i = 0; i < edgeCount; i++) {
    const source = Math.floor(random() * nodeCount);
    let target = Math.floor(random() * (nodeCount - 1));
    if (target >= source) target++;
    elements.push({
      group: 'edges',
      data: { id: `e${i}`, source: `n${source}`, target: `n${target}`, label: 'PARTY_TO' },
    });
  }
  return { nodeCount, elements };
}

const nextAnimationFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves after the renderer's next draw call and one more animation frame, in both modes. The
 * WebGL renderer replaces render() and emits no 'render' event, so the draw call itself is hooked
 * (the render loop looks `render` up on every frame). */
function frameWatcher(cy) {
  const renderer = cy.renderer();
  const original = renderer.render;
  let waiting = [];
  renderer.render = function render(...args) {
    const result = original.apply(this, args);
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
    return result;
  };
  return {
    async next() {
      await new Promise((resolve) => waiting.push(resolve));
      await nextAnimationFrame();
    },
    /** Milliseconds the last draw call took (the render loop's own measure). */
    lastDrawMs: () => renderer.lastRedrawTime ?? Number.NaN,
  };
}

async function timeLayout(cy, frames, options) {
  const started = performance.now();
  const layout = cy.layout({ animate: false, fit: true, ...options });
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  await stopped;
  await frames.next();
  return performance.now() - started;
}

function webglInfo() {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return { webgl2: false, renderer: null };
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  return {
    webgl2: true,
    renderer: String(debug ? gl.getParameter(debug.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)),
  };
}

async function run({ edges, webgl, seed, layouts, panFrames }) {
  const { nodeCount, elements } = generate(edges, seed);
  const started = performance.now();
  const cy = cytoscape({
    container: document.getElementById('cy'),
    style: STYLE,
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  });
  // Hook the draw call before the elements arrive, so the first frame that shows them is the one timed.
  const frames = frameWatcher(cy);
  cy.add(elements);
  cy.fit();
  await frames.next();
  const firstFrameMs = performance.now() - started;
  const firstDrawMs = frames.lastDrawMs();

  const layoutMs = {};
  for (const [name, options] of Object.entries(layouts))
    layoutMs[name] = await timeLayout(cy, frames, options);

  // Pan/zoom: one viewport change at a time, each timed until it is drawn.
  const panStarted = performance.now();
  const drawTimes = [];
  for (let i = 0; i < panFrames; i++) {
    if (i % 2 === 0) cy.panBy({ x: 7, y: 4 });
    else cy.zoom({ level: cy.zoom() * 1.05, renderedPosition: { x: 640, y: 400 } });
    await frames.next();
    drawTimes.push(frames.lastDrawMs());
  }
  const panFrameMs = (performance.now() - panStarted) / panFrames;
  const panDrawMs = drawTimes.reduce((sum, value) => sum + value, 0) / drawTimes.length;
  const usedWebgl = Boolean(cy.renderer().webgl);
  cy.destroy();
  return {
    nodes: nodeCount,
    edges,
    webgl: usedWebgl,
    firstFrameMs,
    firstDrawMs,
    layoutMs,
    panFrameMs,
    panDrawMs,
  };
}

window.bench = { run, webglInfo };
window.benchReady = true;
