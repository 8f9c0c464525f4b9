// A small SVG serialiser of what the canvas shows: node shapes at their positions, edges as lines
// (through their control points, dashed for plans), labels wrapped and placed apart
// (label-layout.ts), and under the picture its caption, legend and sources. For slides and briefs.
import type { Scene, SceneNode } from '../graph/scene.ts';
import { xmlEscape } from './graphml.ts';
import { LabelPlacer, midpoint, type PlacedLabel, wrapLabel } from './label-layout.ts';

function polygon(node: SceneNode, points: [number, number][]): string {
  const list = points.map(
    ([px, py]) =>
      `${(node.x + (px * node.width) / 2).toFixed(1)},${(node.y + (py * node.height) / 2).toFixed(1)}`,
  );
  return `<polygon points="${list.join(' ')}"`;
}

function regular(sides: number, rotation: number): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (2 * Math.PI * i) / sides;
    return [Math.cos(angle), Math.sin(angle)] as [number, number];
  });
}

function shapeOf(node: SceneNode): string {
  const shape = node.shape.replace(/^round-/, '');
  const x = node.x - node.width / 2;
  const y = node.y - node.height / 2;
  switch (shape) {
    case 'ellipse':
      return `<ellipse cx="${node.x}" cy="${node.y}" rx="${node.width / 2}" ry="${node.height / 2}"`;
    case 'rectangle': {
      const radius = node.shape.startsWith('round') ? Math.min(node.width, node.height) / 4 : 0;
      return `<rect x="${x}" y="${y}" width="${node.width}" height="${node.height}" rx="${radius}"`;
    }
    case 'diamond':
      return polygon(node, [
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]);
    case 'triangle':
      return polygon(node, [
        [0, -1],
        [1, 1],
        [-1, 1],
      ]);
    case 'hexagon':
      return polygon(node, regular(6, 0));
    case 'octagon':
      return polygon(node, regular(8, Math.PI / 8));
    case 'tag':
      return polygon(node, [
        [-1, -1],
        [0.5, -1],
        [1, 0],
        [0.5, 1],
        [-1, 1],
      ]);
    default:
      return `<ellipse cx="${node.x}" cy="${node.y}" rx="${node.width / 2}" ry="${node.height / 2}"`;
  }
}

function text(placed: PlacedLabel, color: string): string {
  const spans = placed.lines
    .map(
      (line, index) =>
        `<tspan x="${placed.x.toFixed(1)}" dy="${index === 0 ? 0 : (placed.size * 1.2).toFixed(1)}">${xmlEscape(line)}</tspan>`,
    )
    .join('');
  return `<text x="${placed.x.toFixed(1)}" y="${placed.y.toFixed(1)}" font-size="${placed.size}" fill="${color}" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round">${spans}</text>`;
}

/** One entry of the picture's legend: a shape in the colour the picture draws it, and its name. */
export interface LegendItem {
  shape: string;
  color: string;
  text: string;
}

/** What goes under the picture: its caption, its legend, and the sources it cites. */
export interface PictureNotes {
  caption?: string;
  legend?: LegendItem[];
  /** One line per source: title, publisher, date. */
  sources?: string[];
}

/** The legend of a scene: one entry per label and kind drawn, in the colour and shape drawn. */
export function legendOf(
  scene: Scene,
  name: (category: string, kind: string | null) => string,
): LegendItem[] {
  const items = new Map<string, LegendItem>();
  for (const node of scene.nodes) {
    const key = `${node.category}|${node.kind ?? ''}|${node.color}|${node.shape}`;
    if (!items.has(key))
      items.set(key, { shape: node.shape, color: node.color, text: name(node.category, node.kind) });
  }
  return [...items.values()].sort((a, b) => a.text.localeCompare(b.text));
}

const NODE_FONT = 11;
const EDGE_FONT = 7;
const NOTE_FONT = 12;

function notesBand(
  notes: PictureNotes,
  x: number,
  y: number,
  width: number,
): { svg: string; height: number } {
  const parts: string[] = [];
  let cursor = y;
  const line = (content: string, size: number, weight = 'normal') => {
    for (const piece of wrapLabel(content, Math.max(20, Math.floor(width / (size * 0.56))), 6)) {
      cursor += size * 1.35;
      parts.push(
        `<text x="${x.toFixed(1)}" y="${cursor.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="#111827">${xmlEscape(piece)}</text>`,
      );
    }
  };
  if (notes.caption) line(notes.caption, NOTE_FONT + 2, 'bold');
  const legend = notes.legend ?? [];
  if (legend.length > 0) {
    cursor += 6;
    const columns = Math.max(1, Math.floor(width / 190));
    legend.forEach((item, index) => {
      const column = index % columns;
      if (column === 0) cursor += NOTE_FONT * 1.6;
      const left = x + column * 190;
      const swatch: SceneNode = {
        id: '',
        x: left + 7,
        y: cursor - 4,
        width: 14,
        height: 12,
        shape: item.shape,
        color: item.color,
        borderColor: item.color,
        borderWidth: 0,
        label: '',
        opacity: 1,
        category: '',
        kind: null,
      };
      parts.push(
        `${shapeOf(swatch)} fill="${item.color}"/>`,
        `<text x="${(left + 20).toFixed(1)}" y="${cursor.toFixed(1)}" font-size="${NOTE_FONT - 1}" fill="#111827">${xmlEscape(item.text)}</text>`,
      );
    });
  }
  if ((notes.sources ?? []).length > 0) cursor += 8;
  for (const source of notes.sources ?? []) line(source, NOTE_FONT - 1);
  return { svg: parts.join('\n'), height: cursor - y + (parts.length > 0 ? 12 : 0) };
}

export function toSvg(scene: Scene, notes: PictureNotes = {}): string {
  const pad = 30;
  const nodeBoxes = scene.nodes.map((node) => ({
    x: node.x - node.width / 2,
    y: node.y - node.height / 2,
    width: node.width,
    height: node.height,
  }));
  const placer = new LabelPlacer(nodeBoxes);
  // Node names first (each is kept), below the node, else above, right or left of it.
  const nodeLabels = scene.nodes.map((node) => {
    const lines = wrapLabel(node.label);
    const half = (lines.length * NODE_FONT * 1.2) / 2;
    return placer.place(
      lines,
      [
        { x: node.x, y: node.y + node.height / 2 + NODE_FONT + 2 },
        { x: node.x, y: node.y - node.height / 2 - lines.length * NODE_FONT * 1.2 + NODE_FONT - 2 },
        {
          x:
            node.x + node.width / 2 + 4 + lines.reduce((m, l) => Math.max(m, l.length), 0) * NODE_FONT * 0.28,
          y: node.y - half + NODE_FONT,
        },
        {
          x:
            node.x - node.width / 2 - 4 - lines.reduce((m, l) => Math.max(m, l.length), 0) * NODE_FONT * 0.28,
          y: node.y - half + NODE_FONT,
        },
      ],
      NODE_FONT,
      'required',
    );
  });
  const edgeLabels = scene.edges.map((edge) => {
    const middle = midpoint(edge.points);
    if (!edge.label || !middle) return null;
    const lines = wrapLabel(edge.label, 22, 2);
    const step = EDGE_FONT * 1.3;
    return placer.place(
      lines,
      [0, -1, 1, -2, 2].map((shift) => ({ x: middle.x, y: middle.y - 3 + shift * step })),
      EDGE_FONT,
      'optional',
    );
  });
  const labels = placer.extent();
  const x1 = Math.min(scene.box.x, labels?.x ?? scene.box.x) - pad;
  const y1 = Math.min(scene.box.y, labels?.y ?? scene.box.y) - pad;
  const x2 = Math.max(scene.box.x + scene.box.width, labels ? labels.x + labels.width : -Infinity) + pad;
  const y2 = Math.max(scene.box.y + scene.box.height, labels ? labels.y + labels.height : -Infinity) + pad;
  // Wide enough for the caption and sources to read as lines, not a column of words.
  const width = Math.max(x2 - x1, 640);
  const band = notesBand(notes, x1 + pad, y2, width - 2 * pad);
  const height = y2 - y1 + band.height;
  const edges = scene.edges.map((edge, index) => {
    const points = edge.points.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');
    const marker = edge.arrow ? ' marker-end="url(#arrow)"' : '';
    const dash = edge.dash ? ` stroke-dasharray="${edge.dash}"` : '';
    const placed = edgeLabels[index];
    return [
      `<polyline points="${points}" fill="none" stroke="${edge.color}" stroke-width="${edge.width}" opacity="${edge.opacity}"${dash}${marker}/>`,
      placed ? text(placed, '#475569') : '',
    ].join('');
  });
  const nodes = scene.nodes.map((node, index) => {
    const placed = nodeLabels[index];
    return `<g opacity="${node.opacity}">${shapeOf(node)} fill="${node.color}" stroke="${node.borderColor}" stroke-width="${node.borderWidth}"/>${placed ? text(placed, '#111827') : ''}</g>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x1.toFixed(1)} ${y1.toFixed(1)} ${width.toFixed(1)} ${height.toFixed(1)}" width="${Math.round(width)}" height="${Math.round(height)}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#94a3b8"/></marker></defs>',
    `<rect x="${x1.toFixed(1)}" y="${y1.toFixed(1)}" width="${width.toFixed(1)}" height="${height.toFixed(1)}" fill="#ffffff"/>`,
    `<g class="edges">${edges.join('\n')}</g>`,
    `<g class="nodes">${nodes.join('\n')}</g>`,
    `<g class="notes">${band.svg}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
