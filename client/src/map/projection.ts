// Mercator into a fixed model space shared by Cytoscape (preset positions) and the outline SVG.
// The scale is chosen for readability, not for the whole-world view: at 100 units per degree of
// longitude, Kyoto and Osaka (≈ 45 km apart) sit about a node apart at Cytoscape's default node
// size (30 units), so zooming into a region separates its cities instead of keeping them stacked.

export const UNITS_PER_DEGREE = 100;
/** Latitudes are clipped to this band: Mercator diverges at the poles and no actor lives there. */
export const LAT_MAX = 80;
export const LAT_MIN = -60;

const RADIUS = (UNITS_PER_DEGREE * 180) / Math.PI;
const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const TOP = mercatorY(LAT_MAX);

export const MAP_WIDTH = 360 * UNITS_PER_DEGREE;
export const MAP_HEIGHT = Math.ceil((TOP - mercatorY(LAT_MIN)) * RADIUS);

export interface Point {
  x: number;
  y: number;
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** Model coordinates of a longitude/latitude: x grows eastwards, y southwards (screen order). */
export function project(lon: number, lat: number): Point {
  return projectUnwrapped(clamp(lon, -180, 180), lat);
}

/** As project(), but longitudes past ±180 land past the map's edges: outline rings that cross the
 * antimeridian are drawn whole and clipped. */
export function projectUnwrapped(lon: number, lat: number): Point {
  return { x: (lon + 180) * UNITS_PER_DEGREE, y: (TOP - mercatorY(clamp(lat, LAT_MIN, LAT_MAX))) * RADIUS };
}
