// Small inline SVG icons for buttons whose meaning is a picture. Drawn as paths, so they never
// depend on the machine's fonts (a missing glyph such as ⏸ renders as an empty box).

const SVG_NS = 'http://www.w3.org/2000/svg';

const PATHS = {
  play: 'M4 2.5v11l9.5-5.5z',
  pause: 'M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z',
} as const;

export type IconName = keyof typeof PATHS;

/** A 16 × 16 icon in the current text colour, hidden from assistive technology (the button names it). */
export function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.dataset.icon = name;
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', PATHS[name]);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}
