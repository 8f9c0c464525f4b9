// The PNG export with its caption, legend and sources drawn in a band under the canvas picture.
import type { PictureNotes } from './svg-export.ts';

const SCALE = 2;
const FONT = 12 * SCALE;
const LINE = FONT * 1.4;
const PAD = 16 * SCALE;

function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function pngWithNotes(picture: Blob, notes: PictureNotes): Promise<Blob> {
  const image = await createImageBitmap(picture);
  const width = Math.max(image.width, 900 * SCALE);
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) return picture;
  measure.font = `${FONT}px system-ui, sans-serif`;
  const text = width - 2 * PAD;
  const caption = notes.caption ? wrap(measure, notes.caption, text) : [];
  const sources = (notes.sources ?? []).flatMap((line) => wrap(measure, line, text));
  const legend = notes.legend ?? [];
  const columns = Math.max(1, Math.floor(text / (220 * SCALE)));
  const legendRows = Math.ceil(legend.length / columns);
  const band =
    PAD * 2 + (caption.length + legendRows + sources.length) * LINE + (sources.length ? LINE / 2 : 0);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = image.height + band;
  const context = canvas.getContext('2d');
  if (!context) return picture;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, (width - image.width) / 2, 0);
  let y = image.height + PAD;
  context.fillStyle = '#111827';
  context.textBaseline = 'top';
  context.font = `bold ${FONT + 2 * SCALE}px system-ui, sans-serif`;
  for (const line of caption) {
    context.fillText(line, PAD, y);
    y += LINE;
  }
  context.font = `${FONT}px system-ui, sans-serif`;
  legend.forEach((item, index) => {
    const column = index % columns;
    const left = PAD + column * 220 * SCALE;
    context.fillStyle = item.color;
    context.fillRect(left, y + 2 * SCALE, 14 * SCALE, 12 * SCALE);
    context.fillStyle = '#111827';
    context.fillText(item.text, left + 20 * SCALE, y);
    if (column === columns - 1 || index === legend.length - 1) y += LINE;
  });
  if (sources.length) y += LINE / 2;
  for (const line of sources) {
    context.fillText(line, PAD, y);
    y += LINE;
  }
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob ?? picture), 'image/png'));
}
