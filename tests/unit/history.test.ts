// The undo history on a canvas held as plain element definitions (what Cytoscape's jsons() gives):
// it must store patches, not whole canvases, and undo/redo must give back each state exactly.
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { apply, type CanvasSnapshot, diff, History } from '../../client/src/graph/history.ts';

type Meta = { mode: string };
type Snapshot = CanvasSnapshot<Meta>;

const node = (id: string, x: number): ElementDefinition => ({
  group: 'nodes',
  data: { id, name: `Actor ${id}`, props: { kind: 'city', names: [id, id.toUpperCase()] } },
  position: { x, y: x / 2 },
  classes: '',
});
const edge = (id: string, source: string, target: string): ElementDefinition => ({
  group: 'edges',
  data: { id, source, target, type: 'PARTNERS_WITH', props: { evidenceCount: 1 } },
  classes: '',
});

/** A canvas the history captures and restores, as GraphView does, with deep copies both ways. */
function fakeCanvas(size: number) {
  const elements: ElementDefinition[] = [];
  for (let i = 0; i < size; i++) elements.push(node(`n${i}`, i));
  for (let i = 1; i < size; i++) elements.push(edge(`e${i}`, `n${i - 1}`, `n${i}`));
  let state: Snapshot = { elements, meta: { mode: 'full' } };
  const history = new History<Meta>(
    () => structuredClone(state),
    (snapshot) => {
      state = structuredClone(snapshot);
    },
  );
  return {
    history,
    read: () => structuredClone(state),
    /** A change the history is not told about (a drag in progress). */
    mutate(mutate: (state: Snapshot) => void) {
      mutate(state);
    },
    /** One undoable step: record, then change the canvas. */
    change(mutate: (state: Snapshot) => void) {
      history.record();
      mutate(state);
    },
  };
}

/** Varied changes: moves, additions, removals in the middle, classes, the view mode. */
function step(state: Snapshot, index: number): void {
  const first = state.elements[0];
  switch (index % 5) {
    case 0:
      if (first?.position) first.position = { x: first.position.x + 10, y: index };
      break;
    case 1:
      state.elements.push(node(`added${index}`, index), edge(`added-e${index}`, 'n0', `added${index}`));
      break;
    case 2:
      state.elements.splice(10 + index, 1);
      break;
    case 3: {
      const target = state.elements[20 + index];
      if (target) target.classes = 'hidden';
      break;
    }
    default:
      state.meta = { mode: state.meta.mode === 'full' ? 'partners' : 'full' };
  }
}

describe('canvas history', () => {
  it('diff then apply gives the target back exactly, order included (a removal in the middle undone)', () => {
    const { read, change } = fakeCanvas(50);
    const before = read();
    change((state) => {
      state.elements.splice(7, 3);
      state.elements.push(node('late', 99));
    });
    const after = read();
    const back = diff(after, before);
    expect(back.inserted.map((entry) => entry.index)).toEqual([7, 8, 9]);
    expect(back.removed).toEqual(['late']);
    expect(apply(after, back)).toEqual(before);
    expect(apply(before, diff(before, after))).toEqual(after);
  });

  it('stores patches: 45 steps on a 2,000-element canvas keep 40 steps and a few elements each', () => {
    const { history, read, change } = fakeCanvas(1000);
    const size = read().elements.length;
    expect(size).toBe(1999);
    const states: Snapshot[] = [read()];
    for (let index = 0; index < 45; index++) {
      change((state) => step(state, index));
      states.push(read());
    }
    const footprint = history.footprint();
    expect(footprint.steps).toBe(40);
    // One whole state (the one before the latest step) plus small patches; forty snapshots would be
    // 40 × 2,000 elements.
    expect(footprint.storedElements).toBeGreaterThan(size);
    expect(footprint.storedElements).toBeLessThan(size + 40 * 4);

    // Undo goes back through each state exactly, as far as the limit.
    for (let back = 1; back <= 40; back++) {
      expect(history.undo()).toBe(true);
      expect(read()).toEqual(states[45 - back]);
    }
    expect(history.canUndo()).toBe(false);
    expect(history.undo()).toBe(false);
    expect(read()).toEqual(states[5]);
    expect(history.footprint().storedElements).toBeLessThan(40 * 4);

    // ... and redo forward again to the latest.
    for (let forward = 1; forward <= 40; forward++) {
      expect(history.redo()).toBe(true);
      expect(read()).toEqual(states[5 + forward]);
    }
    expect(history.canRedo()).toBe(false);
  });

  it('a change after some undos drops the redo steps and undoes from where it is', () => {
    const { history, read, change } = fakeCanvas(20);
    const states: Snapshot[] = [read()];
    for (let index = 0; index < 4; index++) {
      change((state) => step(state, index));
      states.push(read());
    }
    history.undo();
    history.undo();
    expect(read()).toEqual(states[2]);
    change((state) => state.elements.push(node('branch', 5)));
    const branched = read();
    expect(history.canRedo()).toBe(false);
    history.undo();
    expect(read()).toEqual(states[2]);
    history.redo();
    expect(read()).toEqual(branched);
    history.undo();
    history.undo();
    expect(read()).toEqual(states[1]);
  });

  it('a drag pushes the positions from before it began', () => {
    const { history, read, mutate } = fakeCanvas(10);
    const before = read();
    mutate((state) => {
      const first = state.elements[0];
      if (first) first.position = { x: 500, y: 500 };
    });
    const dragged = read();
    history.push(before);
    history.undo();
    expect(read()).toEqual(before);
    history.redo();
    expect(read()).toEqual(dragged);
    expect(read().elements[0]?.position).toEqual({ x: 500, y: 500 });
  });
});
