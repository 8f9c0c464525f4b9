// Where an exported picture's labels go: names wrapped to a few short lines, each label put at the
// first of a few places around its anchor that overlaps no label placed before it, edge labels at
// the middle of the edge's length (not at a point of its polyline, which for a straight edge is
// its target: labels piled up there). Pure geometry, no DOM, so it is unit-tested.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  lines: string[];
  /** Centre of the first line's baseline. */
  x: number;
  y: number;
  size: number;
  box: Box;
}

/** Average glyph width as a share of the font size (system sans-serif): enough to keep boxes apart. */
const GLYPH_WIDTH = 0.56;
const LINE_HEIGHT = 1.2;

/** Breaks a label into lines of at most `width` characters at spaces or hyphens; long words are cut. */
export function wrapLabel(text: string, width = 18, maxLines = 3): string[] {
  const words = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[\s-])/);
  const lines: string[] = [];
  let line = '';
  for (const raw of words) {
    let word = raw;
    while (word.trim().length > width) {
      if (line.trim()) lines.push(line.trim());
      lines.push(word.slice(0, width));
      word = word.slice(width);
      line = '';
    }
    if ((line + word).trim().length > width && line.trim()) {
      lines.push(line.trim());
      line = word;
    } else {
      line += word;
    }
  }
  if (line.trim()) lines.push(line.trim());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, width - 1))}…`;
  return kept;
}

export function labelBox(lines: string[], x: number, y: number, size: number): Box {
  const width = Math.max(...lines.map((line) => line.length), 1) * size * GLYPH_WIDTH;
  const height = lines.length * size * LINE_HEIGHT;
  // y is the first baseline: the text rises about one size above it.
  return { x: x - width / 2, y: y - size, width, height };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The point halfway along a polyline, by length. */
export function midpoint(points: { x: number; y: number }[]): { x: number; y: number } | null {
  if (points.length === 0) return null;
  const lengths = points.slice(1).map((point, index) => {
    const previous = points[index] as { x: number; y: number };
    return Math.hypot(point.x - previous.x, point.y - previous.y);
  });
  let remaining = lengths.reduce((sum, length) => sum + length, 0) / 2;
  for (const [index, length] of lengths.entries()) {
    const from = points[index] as { x: number; y: number };
    const to = points[index + 1] as { x: number; y: number };
    if (remaining <= length && length > 0) {
      const share = remaining / length;
      return { x: from.x + (to.x - from.x) * share, y: from.y + (to.y - from.y) * share };
    }
    remaining -= length;
  }
  return points[0] ?? null;
}

/** Keeps the labels placed so far and finds a free place for the next one. */
export class LabelPlacer {
  readonly placed: PlacedLabel[] = [];
  /** Boxes labels must not cover (the nodes themselves). */
  constructor(private readonly obstacles: Box[] = []) {}

  /**
   * Tries each candidate anchor in turn; the first free one wins. When none is free the label is
   * kept at the first (`required`, node names) or dropped (`optional`, edge labels): a dropped edge
   * label still has its edge in the brief's list of links.
   */
  place(
    lines: string[],
    candidates: { x: number; y: number }[],
    size: number,
    mode: 'required' | 'optional',
  ): PlacedLabel | null {
    for (const candidate of candidates) {
      const box = labelBox(lines, candidate.x, candidate.y, size);
      const free =
        !this.placed.some((label) => overlaps(label.box, box)) &&
        !this.obstacles.some((obstacle) => overlaps(obstacle, box));
      if (free) return this.keep({ lines, x: candidate.x, y: candidate.y, size, box });
    }
    const first = candidates[0];
    if (mode === 'optional' || !first) return null;
    return this.keep({ lines, x: first.x, y: first.y, size, box: labelBox(lines, first.x, first.y, size) });
  }

  private keep(label: PlacedLabel): PlacedLabel {
    this.placed.push(label);
    return label;
  }

  /** The box around every placed label, so the picture's frame holds them all. */
  extent(): Box | null {
    if (this.placed.length === 0) return null;
    const x1 = Math.min(...this.placed.map((label) => label.box.x));
    const y1 = Math.min(...this.placed.map((label) => label.box.y));
    const x2 = Math.max(...this.placed.map((label) => label.box.x + label.box.width));
    const y2 = Math.max(...this.placed.map((label) => label.box.y + label.box.height));
    return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
  }
}
