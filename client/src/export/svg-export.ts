// A small SVG serialiser of what the canvas shows: node shapes at their positions, edges as lines
// (through their control points), labels as text. Good enough for slides and reports.
import type { Scene, SceneNode } from '../graph/scene.ts';
import { xmlEscape } from './graphml.ts';

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

function label(text: string, x: number, y: number, size: number, color: string): string {
  const lines = text.split('\n');
  const spans = lines
    .map(
      (line, index) =>
        `<tspan x="${x.toFixed(1)}" dy="${index === 0 ? 0 : size * 1.2}">${xmlEscape(line)}</tspan>`,
    )
    .join('');
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" fill="${color}" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round">${spans}</text>`;
}

export function toSvg(scene: Scene): string {
  const pad = 60;
  const { box } = scene;
  const viewBox = `${(box.x - pad).toFixed(1)} ${(box.y - pad).toFixed(1)} ${(box.width + 2 * pad).toFixed(1)} ${(box.height + 2 * pad).toFixed(1)}`;
  const edges = scene.edges.map((edge) => {
    const points = edge.points.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');
    const middle = edge.points[Math.floor(edge.points.length / 2)] ?? edge.points[0];
    const marker = edge.arrow ? ' marker-end="url(#arrow)"' : '';
    return [
      `<polyline points="${points}" fill="none" stroke="${edge.color}" stroke-width="${edge.width}" opacity="${edge.opacity}"${marker}/>`,
      edge.label && middle ? label(edge.label, middle.x, middle.y - 3, 7, '#475569') : '',
    ].join('');
  });
  const nodes = scene.nodes.map(
    (node) =>
      `<g opacity="${node.opacity}">${shapeOf(node)} fill="${node.color}" stroke="${node.borderColor}" stroke-width="${node.borderWidth}"/>${label(node.label, node.x, node.y + node.height / 2 + 13, 11, '#111827')}</g>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${Math.round(box.width + 2 * pad)}" height="${Math.round(box.height + 2 * pad)}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#94a3b8"/></marker></defs>',
    `<rect x="${box.x - pad}" y="${box.y - pad}" width="${box.width + 2 * pad}" height="${box.height + 2 * pad}" fill="#ffffff"/>`,
    `<g class="edges">${edges.join('\n')}</g>`,
    `<g class="nodes">${nodes.join('\n')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
