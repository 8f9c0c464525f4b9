// The render benchmark's figures: medians per size and library, the Markdown table for the README,
// the verdict against issue 10's targets at 20,000 edges, and whether WebGL helps Cytoscape here.

/** cytoscape: the explorer as it draws (its style, level of detail, canvas renderer); -webgl: the
 * same on Cytoscape's WebGL renderer; -full: the explorer's style without the level of detail. */
export const LIBRARIES = ['cytoscape', 'cytoscape-webgl', 'cytoscape-full', 'sigma', 'vis-network'] as const;
export type Library = (typeof LIBRARIES)[number];

export interface Sample {
  library: Library;
  nodes: number;
  edges: number;
  webgl: boolean;
  /** Library creation (elements converted and added) → the first draw on screen + one frame. */
  firstFrameMs: number;
  /** The first draw call alone. */
  firstDrawMs: number;
  /** Per wheel event: the event → the next frame on screen. */
  wheelFrameMs: number[];
  /** Per wheel event: the draw call of that next frame. */
  wheelDrawMs: number[];
  /** Per wheel event: the slowest draw call until the view settles (includes full redraws). */
  slowestDrawMs: number[];
  /** JavaScript heap held with the graph drawn, after garbage collection, minus the empty page's. */
  heapBytes: number;
  /** Cytoscape only: set-up steps before the first frame (convert, add, degreesAndHubs, fit), ms. */
  phases: Record<string, number>;
}

const median = (values: number[]): number => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export const fmt = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '–' : Math.round(value).toLocaleString('en');

export interface Row {
  library: Library;
  edges: number;
  nodes: number;
  runs: number;
  firstFrameMs: number;
  firstDrawMs: number;
  wheelFrameMs: number;
  wheelDrawMs: number;
  slowestDrawMs: number;
  heapMiB: number;
}

export function summarise(library: Library, edges: number, samples: Sample[]): Row {
  return {
    library,
    edges,
    nodes: samples[0]?.nodes ?? 0,
    runs: samples.length,
    firstFrameMs: median(samples.map((s) => s.firstFrameMs)),
    firstDrawMs: median(samples.map((s) => s.firstDrawMs)),
    wheelFrameMs: median(samples.flatMap((s) => s.wheelFrameMs)),
    wheelDrawMs: median(samples.flatMap((s) => s.wheelDrawMs)),
    slowestDrawMs: median(samples.flatMap((s) => s.slowestDrawMs)),
    heapMiB: median(samples.map((s) => s.heapBytes / 2 ** 20)),
  };
}

const NAMES: Record<Library, string> = {
  cytoscape: 'Cytoscape, explorer style + LOD (canvas)',
  'cytoscape-webgl': 'Cytoscape, explorer style + LOD (WebGL)',
  'cytoscape-full': 'Cytoscape, explorer style, no LOD (canvas)',
  sigma: 'sigma.js (WebGL)',
  'vis-network': 'vis-network (canvas)',
};

export function markdown(rows: Row[]): string {
  const lines = [
    '| edges | nodes | library | first frame | first draw | wheel → frame | its draw | slowest draw per wheel | JS heap |',
    '|---:|---:|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.edges.toLocaleString('en')} | ${row.nodes.toLocaleString('en')} | ${NAMES[row.library]} | ${fmt(row.firstFrameMs)} ms | ${fmt(row.firstDrawMs)} ms | ${fmt(row.wheelFrameMs)} ms | ${fmt(row.wheelDrawMs)} ms | ${fmt(row.slowestDrawMs)} ms | ${row.heapMiB.toFixed(1)} MiB |`,
    );
  }
  return lines.join('\n');
}

/** Issue 10's targets for the explorer (Cytoscape with its level of detail) at 20,000 edges. */
export const TARGETS = { drawMs: 100, wheelFrameMs: 250, firstFrameMs: 3000 };

export function verdict(row: Row | undefined): string[] {
  if (!row) return ['no 20,000-edge figures for the explorer (all runs failed)'];
  const check = (name: string, value: number, target: number) =>
    `${name} ${fmt(value)} ms (target ≤ ${fmt(target)} ms): ${value <= target ? 'MET' : 'MISSED'}`;
  return [
    check('draw per frame (slowest per wheel)', row.slowestDrawMs, TARGETS.drawMs),
    check('wheel → next frame', row.wheelFrameMs, TARGETS.wheelFrameMs),
    check('first frame', row.firstFrameMs, TARGETS.firstFrameMs),
  ];
}

/** WebGL helps at a size when its wheel→frame and its first frame both beat the canvas renderer's. */
export function webglFaster(rows: Row[], edges: number): boolean | null {
  const canvas = rows.find((row) => row.edges === edges && row.library === 'cytoscape');
  const webgl = rows.find((row) => row.edges === edges && row.library === 'cytoscape-webgl');
  if (!canvas || !webgl || webgl.runs === 0 || canvas.runs === 0) return null;
  return webgl.wheelFrameMs < canvas.wheelFrameMs && webgl.firstFrameMs < canvas.firstFrameMs;
}
