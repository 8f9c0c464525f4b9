// The world outline drawn behind the canvas: Natural Earth 110m countries from world-atlas, bundled
// so the map works offline. Built once, on first use.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { MAP_HEIGHT, MAP_WIDTH, type Point, projectUnwrapped } from './projection.ts';

/** The SVG element is this many times smaller than the model space, so the browser never holds a
 * 36,000-pixel layer; outlineTransform() scales it back up. */
const OUTLINE_DOWNSCALE = 10;
/** Antarctica lies below LAT_MIN: drawn, it would only be a flat band at the bottom edge. */
const SKIPPED_COUNTRY_IDS = new Set(['010']);

/** world-atlas stitches polygons across the antimeridian (Russia, Fiji): make each ring's
 * longitudes continuous, so it may run past ±180, instead of letting it streak across the map. */
function unwrap(ring: Position[]): Position[] {
  let offset = 0;
  let previous: number | undefined;
  return ring.map(([lon = 0, lat = 0]) => {
    if (previous !== undefined) {
      const step = lon + offset - previous;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    previous = lon + offset;
    return [previous, lat];
  });
}

function ringPath(ring: Position[], shift: number): string {
  const points: Point[] = [];
  for (const [lon = 0, lat = 0] of ring) {
    const { x, y } = projectUnwrapped(lon + shift, lat);
    const rounded = { x: Math.round(x), y: Math.round(y) };
    const last = points[points.length - 1];
    if (!last || last.x !== rounded.x || last.y !== rounded.y) points.push(rounded);
  }
  if (points.length < 3) return '';
  return `M${points.map((p) => `${p.x} ${p.y}`).join('L')}Z`;
}

/** A ring, plus its copy a world away when it runs past an edge (the clip path trims both). */
function ringPaths(ring: Position[]): string {
  const continuous = unwrap(ring);
  const lons = continuous.map(([lon = 0]) => lon);
  let paths = ringPath(continuous, 0);
  if (Math.max(...lons) > 180) paths += ringPath(continuous, -360);
  if (Math.min(...lons) < -180) paths += ringPath(continuous, 360);
  return paths;
}

function countriesPath(): string {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const parts: string[] = [];
  for (const country of collection.features) {
    if (SKIPPED_COUNTRY_IDS.has(String(country.id))) continue;
    const geometry = country.geometry as Polygon | MultiPolygon | null;
    if (!geometry) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) parts.push(ringPaths(ring));
  }
  return parts.join('');
}

let cachedSvg: string | undefined;

/** An <svg> whose viewBox is the model space. Class names let the app restyle it. */
export function worldOutlineSvg(): string {
  cachedSvg ??= [
    `<svg xmlns="http://www.w3.org/2000/svg" class="map-outline" aria-hidden="true"`,
    ` viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"`,
    ` width="${MAP_WIDTH / OUTLINE_DOWNSCALE}" height="${Math.round(MAP_HEIGHT / OUTLINE_DOWNSCALE)}"`,
    ` style="position:absolute;left:0;top:0;transform-origin:0 0;pointer-events:none">`,
    `<clipPath id="map-outline-clip"><rect width="${MAP_WIDTH}" height="${MAP_HEIGHT}"/></clipPath>`,
    `<rect class="map-sea" width="${MAP_WIDTH}" height="${MAP_HEIGHT}" fill="#f4f7fb"/>`,
    `<path class="map-land" clip-path="url(#map-outline-clip)" d="${countriesPath()}"`,
    ` fill="#e4e8ee" stroke="#aab3c0" stroke-width="1"`,
    ` stroke-linejoin="round" vector-effect="non-scaling-stroke"/>`,
    '</svg>',
  ].join('');
  return cachedSvg;
}

/** CSS transform that keeps the outline under Cytoscape's model coordinates:
 * `svg.style.transform = outlineTransform(cy.pan(), cy.zoom())` on every 'viewport' event. */
export function outlineTransform(pan: Point, zoom: number): string {
  return `translate(${pan.x}px, ${pan.y}px) scale(${zoom * OUTLINE_DOWNSCALE})`;
}
