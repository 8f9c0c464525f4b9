// Keeps nodes that share a spot readable: co-located nodes go on rings around the spot (the place
// itself in the middle), then a few relaxation passes push apart neighbouring spots that overlap
// (Kyoto and Osaka, Dijon and Besançon) without moving them far from their geography.
import type { Point } from './projection.ts';

export interface SpotEntry extends Point {
  id: string;
  /** The node that gives the spot its coordinates (the Place): it stays in the middle. */
  centre: boolean;
}

const spotKey = (p: Point): string => `${Math.round(p.x)},${Math.round(p.y)}`;

/** Ring k (from 1) has room for 6k nodes at radius k × spacing: neighbours stay ≥ spacing apart. */
function ringOffsets(count: number, spacing: number): Point[] {
  const offsets: Point[] = [];
  for (let ring = 1; offsets.length < count; ring++) {
    const onRing = Math.min(6 * ring, count - offsets.length);
    // Alternate rings start half a step apart so spokes do not line up.
    const start = -Math.PI / 2 + (ring % 2 === 0 ? Math.PI / onRing : 0);
    for (let i = 0; i < onRing; i++) {
      const angle = start + (2 * Math.PI * i) / onRing;
      offsets.push({ x: Math.cos(angle) * ring * spacing, y: Math.sin(angle) * ring * spacing });
    }
  }
  return offsets;
}

/** Spreads entries sharing one spot on rings around it; an entry alone keeps its point. */
export function spreadColocated(entries: SpotEntry[], spacing: number): Map<string, Point> {
  const spots = new Map<string, SpotEntry[]>();
  for (const entry of entries) {
    const key = spotKey(entry);
    const list = spots.get(key) ?? [];
    list.push(entry);
    spots.set(key, list);
  }
  const positions = new Map<string, Point>();
  for (const members of spots.values()) {
    const centre = members.find((member) => member.centre) ?? (members.length === 1 ? members[0] : undefined);
    const around = members.filter((member) => member !== centre);
    const origin = members[0] as SpotEntry;
    if (centre) positions.set(centre.id, { x: centre.x, y: centre.y });
    ringOffsets(around.length, spacing).forEach((offset, index) => {
      const member = around[index] as SpotEntry;
      positions.set(member.id, { x: origin.x + offset.x, y: origin.y + offset.y });
    });
  }
  return positions;
}

/** Pushes apart any two nodes closer than minDistance, in place. A grid of minDistance cells keeps
 * each pass close to linear in the number of nodes. */
export function separate(positions: Map<string, Point>, minDistance: number, passes = 30): void {
  const ids = [...positions.keys()];
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let pass = 0; pass < passes; pass++) {
    const grid = new Map<string, string[]>();
    const cellOf = (p: Point) => [Math.floor(p.x / minDistance), Math.floor(p.y / minDistance)] as const;
    for (const id of ids) {
      const [cx, cy] = cellOf(positions.get(id) as Point);
      const key = `${cx},${cy}`;
      const cell = grid.get(key) ?? [];
      cell.push(id);
      grid.set(key, cell);
    }
    let moved = false;
    ids.forEach((id, index) => {
      const a = positions.get(id) as Point;
      const [cx, cy] = cellOf(a);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const otherId of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (otherId <= id) continue; // each pair once
            const b = positions.get(otherId) as Point;
            let vx = b.x - a.x;
            let vy = b.y - a.y;
            let distance = Math.hypot(vx, vy);
            if (distance >= minDistance) continue;
            if (distance < 1e-6) {
              // Same point: split along a direction that differs per node, deterministically.
              vx = Math.cos(index * golden);
              vy = Math.sin(index * golden);
              distance = 0;
            } else {
              vx /= distance;
              vy /= distance;
            }
            const push = (minDistance - distance) / 2;
            a.x -= vx * push;
            a.y -= vy * push;
            b.x += vx * push;
            b.y += vy * push;
            moved = true;
          }
        }
      }
    });
    if (!moved) return;
  }
}
