import { describe, expect, it } from 'vitest';
import {
  computeMapLayout,
  fittedSpacing,
  MAP_HEIGHT,
  MAP_NODE_SPACING,
  MAP_WIDTH,
  outlineTransform,
  project,
} from '../../client/src/map/index.ts';
import type { WireEdge, WireNode } from '../../server/contract/graph.ts';

const node = (id: string, label: string, properties: WireNode['properties'] = {}): WireNode => ({
  id,
  elementId: `e-${id}`,
  labels: [label, 'Entity'],
  properties: { name: id, ...properties },
});
const edge = (source: string, type: string, target: string): WireEdge => ({
  id: `${source}|${type}|${target}`,
  elementId: `r-${source}-${target}`,
  type,
  source,
  target,
  properties: {},
});
const place = (id: string, lat: number, lon: number) => node(id, 'Place', { lat, lon });
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

const PARIS = { lat: 48.86, lon: 2.35 };
const TOKYO = { lat: 35.68, lon: 139.69 };
const KUMAMOTO = { lat: 32.8, lon: 130.71 };

describe('map projection', () => {
  it('puts Paris west of Tokyo and Paris north of Tokyo', () => {
    const paris = project(PARIS.lon, PARIS.lat);
    const tokyo = project(TOKYO.lon, TOKYO.lat);
    expect(paris.x).toBeLessThan(tokyo.x);
    expect(paris.y).toBeLessThan(tokyo.y);
  });

  it('keeps the southern hemisphere below the equator and every point inside the model space', () => {
    const equator = project(0, 0);
    const sydney = project(151.2, -33.87);
    expect(sydney.y).toBeGreaterThan(equator.y);
    for (const [lon, lat] of [
      [-180, 90],
      [180, -90],
      [0, 0],
    ] as const) {
      const { x, y } = project(lon, lat);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(MAP_WIDTH);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  it('gives an outline whose viewBox is the model space, and a transform that follows pan and zoom', () => {
    const { outlineSvg } = computeMapLayout({ nodes: [], edges: [] });
    // Booleans, not toMatch: a failure would print the whole 120 kB outline.
    expect(outlineSvg.startsWith('<svg ')).toBe(true);
    expect(outlineSvg.includes(`viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"`)).toBe(true);
    expect(/<path class="map-land"[^>]* d="M\d/.test(outlineSvg)).toBe(true);
    expect(outlineTransform({ x: 12, y: -5 }, 0.5)).toBe('translate(12px, -5px) scale(5)');
  });
});

describe('computeMapLayout', () => {
  it('places a Place at its coordinates and a region at the place it governs', () => {
    const graph = {
      nodes: [place('kumamoto', KUMAMOTO.lat, KUMAMOTO.lon), node('kumamoto-prefecture', 'Organisation')],
      edges: [edge('kumamoto-prefecture', 'GOVERNS', 'kumamoto')],
    };
    const { positions } = computeMapLayout(graph);
    const spot = project(KUMAMOTO.lon, KUMAMOTO.lat);
    expect(positions.get('kumamoto')).toEqual(spot);
    expect(distance(positions.get('kumamoto-prefecture') as { x: number; y: number }, spot)).toBeCloseTo(
      MAP_NODE_SPACING,
    );
  });

  it('follows LOCATED_IN, HELD_IN and PART_OF chains to a place with coordinates', () => {
    const graph = {
      nodes: [
        place('tokyo', TOKYO.lat, TOKYO.lon),
        node('japan-office', 'Organisation'),
        node('tokyo-forum', 'Event'),
        node('forum-session', 'Event'),
      ],
      edges: [
        edge('japan-office', 'LOCATED_IN', 'tokyo'),
        edge('tokyo-forum', 'HELD_IN', 'tokyo'),
        edge('forum-session', 'PART_OF', 'tokyo-forum'),
      ],
    };
    const { positions } = computeMapLayout(graph);
    const tokyo = project(TOKYO.lon, TOKYO.lat);
    for (const id of ['japan-office', 'tokyo-forum', 'forum-session']) {
      expect(distance(positions.get(id) as { x: number; y: number }, tokyo)).toBeLessThan(
        3 * MAP_NODE_SPACING,
      );
    }
  });

  it('uses only the first HAS_OFFICE_IN of an organisation', () => {
    const graph = {
      nodes: [
        place('paris', PARIS.lat, PARIS.lon),
        place('tokyo', TOKYO.lat, TOKYO.lon),
        node('agency', 'Organisation'),
      ],
      edges: [edge('agency', 'HAS_OFFICE_IN', 'tokyo'), edge('agency', 'HAS_OFFICE_IN', 'paris')],
    };
    const { positions } = computeMapLayout(graph);
    const agency = positions.get('agency') as { x: number; y: number };
    expect(distance(agency, project(TOKYO.lon, TOKYO.lat))).toBeLessThan(2 * MAP_NODE_SPACING);
  });

  it('spreads the many actors of one city so that no two overlap, around the city itself', () => {
    const actors = Array.from({ length: 20 }, (_, i) => node(`dijon-actor-${i}`, 'Organisation'));
    const graph = {
      nodes: [place('dijon', 47.32, 5.04), place('besancon', 47.24, 6.02), ...actors],
      edges: actors.map((actor) => edge(actor.id, 'LOCATED_IN', 'dijon')),
    };
    const { positions } = computeMapLayout(graph);
    const points = [...positions.values()];
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        expect(
          distance(points[i] as { x: number; y: number }, points[j] as { x: number; y: number }),
        ).toBeGreaterThan(MAP_NODE_SPACING * 0.8);
      }
    }
    const dijon = project(5.04, 47.32);
    for (const actor of actors) {
      expect(distance(positions.get(actor.id) as { x: number; y: number }, dijon)).toBeLessThan(
        5 * MAP_NODE_SPACING,
      );
    }
  });

  it('keeps nearby Japanese cities apart and in their west-to-east order', () => {
    const cities = {
      kumamoto: [32.8, 130.71],
      osaka: [34.69, 135.5],
      kyoto: [35.01, 135.77],
      nagoya: [35.18, 136.91],
      tokyo: [35.68, 139.69],
    } as const;
    const nodes = Object.entries(cities).map(([id, [lat, lon]]) => place(id, lat, lon));
    const { positions } = computeMapLayout({ nodes, edges: [] });
    const xs = Object.keys(cities).map((id) => positions.get(id)?.x ?? Number.NaN);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(
      distance(
        positions.get('osaka') as { x: number; y: number },
        positions.get('kyoto') as { x: number; y: number },
      ),
    ).toBeGreaterThanOrEqual(MAP_NODE_SPACING * 0.89);
  });

  it('puts a place-less node at the centroid of its placed neighbours when they lie close together', () => {
    const graph = {
      nodes: [
        place('paris', PARIS.lat, PARIS.lon),
        place('versailles', 48.8, 2.13),
        node('paris-hall', 'Organisation'),
        node('versailles-hall', 'Organisation'),
        node('local-pact', 'Agreement'),
      ],
      edges: [
        edge('paris-hall', 'GOVERNS', 'paris'),
        edge('versailles-hall', 'GOVERNS', 'versailles'),
        edge('paris-hall', 'PARTY_TO', 'local-pact'),
        edge('versailles-hall', 'PARTY_TO', 'local-pact'),
      ],
    };
    const { positions, offMap } = computeMapLayout(graph);
    const a = positions.get('paris-hall') as { x: number; y: number };
    const b = positions.get('versailles-hall') as { x: number; y: number };
    const pact = positions.get('local-pact') as { x: number; y: number };
    expect(offMap).toEqual([]);
    expect(distance(pact, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 })).toBeLessThan(MAP_NODE_SPACING);
  });

  it('leaves off the map a node whose neighbours are far apart, rather than draw it half-way (over Central Asia)', () => {
    const graph = {
      nodes: [
        place('paris', PARIS.lat, PARIS.lon),
        place('tokyo', TOKYO.lat, TOKYO.lon),
        node('paris-hall', 'Organisation'),
        node('tokyo-hall', 'Organisation'),
        node('twinning', 'Agreement'),
      ],
      edges: [
        edge('paris-hall', 'GOVERNS', 'paris'),
        edge('tokyo-hall', 'GOVERNS', 'tokyo'),
        edge('paris-hall', 'PARTY_TO', 'twinning'),
        edge('tokyo-hall', 'PARTY_TO', 'twinning'),
      ],
    };
    const { positions, offMap } = computeMapLayout(graph);
    expect(offMap).toEqual(['twinning']);
    expect(positions.has('twinning')).toBe(false);
    expect(positions.has('tokyo-hall')).toBe(true);
  });

  it('lists nodes with no way to a place as off the map', () => {
    const graph = {
      nodes: [
        place('paris', PARIS.lat, PARIS.lon),
        node('lonely-topic', 'Topic'),
        node('lonely-person', 'Person'),
      ],
      edges: [],
    };
    const { positions, offMap } = computeMapLayout(graph);
    expect([...positions.keys()]).toEqual(['paris']);
    expect(offMap).toEqual(['lonely-topic', 'lonely-person']);
  });

  it('spreads co-located actors by the spacing asked for, e.g. one fitted to a world-wide zoom', () => {
    const actors = ['a', 'b', 'c', 'd'].map((id) => node(id, 'Organisation'));
    const graph = {
      nodes: [place('kumamoto', KUMAMOTO.lat, KUMAMOTO.lon), ...actors],
      edges: actors.map((actor) => edge(actor.id, 'LOCATED_IN', 'kumamoto')),
    };
    const spacing = fittedSpacing([project(PARIS.lon, PARIS.lat), project(KUMAMOTO.lon, KUMAMOTO.lat)], {
      width: 900,
      height: 700,
    });
    expect(spacing).toBeGreaterThan(MAP_NODE_SPACING * 3);
    const { positions } = computeMapLayout(graph, spacing);
    const points = ['a', 'b', 'c', 'd'].map((id) => positions.get(id) as { x: number; y: number });
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        expect(
          distance(points[i] as { x: number; y: number }, points[j] as { x: number; y: number }),
        ).toBeGreaterThanOrEqual(spacing * 0.89);
  });

  it('survives cycles among locating relationships', () => {
    const graph = {
      nodes: [node('a', 'Organisation'), node('b', 'Organisation')],
      edges: [edge('a', 'PART_OF', 'b'), edge('b', 'PART_OF', 'a')],
    };
    const { positions, offMap } = computeMapLayout(graph);
    expect(positions.size).toBe(0);
    expect(offMap).toEqual(['a', 'b']);
  });
});
