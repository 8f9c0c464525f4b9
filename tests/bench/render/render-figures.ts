// The render benchmark's figures: medians per size and renderer, the Markdown table for the
// README, and where WebGL starts to win.

export type Mode = 'canvas' | 'webgl';
export interface Sample {
  nodes: number;
  edges: number;
  webgl: boolean;
  firstFrameMs: number;
  firstDrawMs: number;
  layoutMs: Record<string, number>;
  panFrameMs: number;
  panDrawMs: number;
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
  value === undefined || Number.isNaN(value) ? '–' : value.toFixed(0);

export interface Row {
  edges: number;
  nodes: number;
  elements: number;
  mode: Mode;
  firstFrameMs: number;
  firstDrawMs: number;
  layoutMs: Record<string, number>;
  panFrameMs: number;
  panDrawMs: number;
}

export function summarise(edges: number, mode: Mode, samples: Sample[]): Row {
  const nodes = samples[0]?.nodes ?? 0;
  const layoutNames = Object.keys(samples[0]?.layoutMs ?? {});
  return {
    edges,
    nodes,
    elements: nodes + edges,
    mode,
    firstFrameMs: median(samples.map((s) => s.firstFrameMs)),
    firstDrawMs: median(samples.map((s) => s.firstDrawMs)),
    layoutMs: Object.fromEntries(
      layoutNames.map((name) => [name, median(samples.map((s) => s.layoutMs[name] ?? Number.NaN))]),
    ),
    panFrameMs: median(samples.map((s) => s.panFrameMs)),
    panDrawMs: median(samples.map((s) => s.panDrawMs)),
  };
}

export function markdown(rows: Row[]): string {
  const lines = [
    '| Edges | Nodes | Elements | Renderer | First frame (ms) | of which first draw (ms) | Grid layout (ms) | fcose (ms) | Pan/zoom frame (ms) | of which draw (ms) |',
    '|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.edges.toLocaleString('en')} | ${row.nodes.toLocaleString('en')} | ${row.elements.toLocaleString('en')} | ${row.mode === 'webgl' ? 'canvas + WebGL' : 'canvas'} | ${fmt(row.firstFrameMs)} | ${fmt(row.firstDrawMs)} | ${fmt(row.layoutMs.grid)} | ${fmt(row.layoutMs.fcose)} | ${fmt(row.panFrameMs)} | ${fmt(row.panDrawMs)} |`,
    );
  }
  return lines.join('\n');
}

/** WebGL "wins" a size when both its first frame and its pan/zoom frame are faster. The threshold
 * (in elements, as the explorer counts them) lies between the last size it loses and the first it
 * wins: the geometric middle of the two, since the sizes grow by factors. */
export function threshold(rows: Row[], edgeCounts: number[]) {
  const verdicts = edgeCounts.map((edges) => {
    const canvas = rows.find((row) => row.edges === edges && row.mode === 'canvas');
    const webgl = rows.find((row) => row.edges === edges && row.mode === 'webgl');
    const wins = Boolean(
      canvas && webgl && webgl.firstFrameMs < canvas.firstFrameMs && webgl.panFrameMs < canvas.panFrameMs,
    );
    return { edges, elements: canvas?.elements ?? 0, webglWins: wins };
  });
  // The first size from which WebGL wins at every larger size too.
  const firstWin = verdicts.findIndex((_, index) => verdicts.slice(index).every((v) => v.webglWins));
  if (firstWin === -1) return { verdicts, elements: null, note: 'WebGL was not faster at any measured size' };
  const win = verdicts[firstWin] as (typeof verdicts)[number];
  if (firstWin === 0)
    return {
      verdicts,
      elements: null,
      note: `WebGL was faster at every measured size (from ${win.elements} elements)`,
    };
  const lose = verdicts[firstWin - 1] as (typeof verdicts)[number];
  const middle = Math.round(Math.sqrt(lose.elements * win.elements) / 250) * 250;
  return {
    verdicts,
    elements: middle,
    note: `canvas faster at ${lose.elements} elements, WebGL faster at ${win.elements}`,
  };
}
