// Timeline layout: agreements, events and programmes along x by date, in bands below a year axis;
// actors above the axis, at the mean date of the items they are linked to.
import type { JsonValue, WireEdge, WireNode } from '../../../server/contract/graph.ts';
import { primaryLabel } from './palette.ts';

const PX_PER_YEAR = 140;
const ROW = 64;
const MIN_GAP = 150;
const DATED = ['Agreement', 'Event', 'Programme'];

export function fractionalYear(value: JsonValue | undefined): number | null {
  if (typeof value !== 'string') return typeof value === 'number' ? value : null;
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!match) return null;
  const month = match[2] ? Number(match[2]) - 1 : 6; // A bare year sits mid-year.
  const day = match[3] ? Number(match[3]) - 1 : 0;
  return Number(match[1]) + month / 12 + day / 365;
}

function itemDate(node: WireNode): number | null {
  if (!DATED.includes(primaryLabel(node.labels))) return null;
  const props = node.properties;
  return fractionalYear(props.date) ?? fractionalYear(props.start) ?? fractionalYear(props.since);
}

/** Stacks items sorted by x into rows so labels do not overlap; returns each item's row. */
function stack(items: { id: string; x: number }[]): Map<string, number> {
  const rowEnds: number[] = [];
  const rows = new Map<string, number>();
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    let row = rowEnds.findIndex((end) => end + MIN_GAP <= item.x);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = item.x;
    rows.set(item.id, row);
  }
  return rows;
}

export interface TimelineResult {
  positions: Map<string, { x: number; y: number }>;
  backdrop: string;
}

export function timelineLayout(nodes: WireNode[], edges: WireEdge[]): TimelineResult {
  const dates = new Map<string, number>();
  for (const node of nodes) {
    const date = itemDate(node);
    if (date !== null) dates.set(node.id, date);
  }
  const years = [...dates.values()];
  const first = years.length > 0 ? Math.floor(Math.min(...years)) : new Date().getFullYear() - 1;
  const last = years.length > 0 ? Math.floor(Math.max(...years)) + 1 : first + 2;
  const xOf = (year: number) => (year - first) * PX_PER_YEAR;
  const positions = new Map<string, { x: number; y: number }>();

  // Items: one band per label, below the axis.
  let bandTop = 90;
  for (const label of DATED) {
    const items = nodes
      .filter((node) => dates.has(node.id) && primaryLabel(node.labels) === label)
      .map((node) => ({ id: node.id, x: xOf(dates.get(node.id) ?? first) }));
    const rows = stack(items);
    for (const item of items)
      positions.set(item.id, { x: item.x, y: bandTop + (rows.get(item.id) ?? 0) * ROW });
    if (items.length > 0) bandTop += (Math.max(...rows.values()) + 1) * ROW + 40;
  }

  // Actors: above the axis, at the mean x of their dated neighbours; the undated ones on the left.
  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), edge.target]);
    neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), edge.source]);
  }
  const actors = nodes
    .filter((node) => !positions.has(node.id))
    .map((node) => {
      const xs = (neighbours.get(node.id) ?? []).flatMap((id) => {
        const placed = positions.get(id);
        return placed ? [placed.x] : [];
      });
      return { id: node.id, x: xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : -MIN_GAP * 2 };
    });
  const rows = stack(actors);
  for (const actor of actors)
    positions.set(actor.id, { x: actor.x, y: -90 - (rows.get(actor.id) ?? 0) * ROW });

  const top = -90 - (rows.size > 0 ? Math.max(...rows.values()) + 1 : 1) * ROW;
  return { positions, backdrop: axisSvg(first, last, xOf, top, bandTop) };
}

function axisSvg(
  first: number,
  last: number,
  xOf: (year: number) => number,
  top: number,
  bottom: number,
): string {
  const left = xOf(first) - 40;
  const right = xOf(last) + 40;
  // Year labels sized to the whole axis, so they stay legible when the timeline is fitted on screen.
  const font = Math.max(14, Math.round((right - left) / 70));
  const ticks: string[] = [];
  for (let year = first; year <= last; year += 1) {
    const x = xOf(year);
    ticks.push(
      `<line x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="#e2e8f0" stroke-width="1"/>`,
      `<text x="${x + 4}" y="${30 - font / 3}" font-size="${font}" fill="#334155" font-family="system-ui, sans-serif">${year}</text>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${left} ${top} ${right - left} ${bottom - top}" data-kind="timeline-axis">
${ticks.join('\n')}
<line x1="${left}" y1="30" x2="${right}" y2="30" stroke="#64748b" stroke-width="2"/>
</svg>`;
}
