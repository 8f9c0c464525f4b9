// Undo/redo of canvas changes. The canvas is captured as a snapshot (elements with positions,
// classes and locks, plus an opaque `meta` the app stores with them: the view mode), but only the
// state before the latest change is kept whole; every older step is stored as a patch, the elements
// that differ between two neighbouring states. On a 20,000-edge canvas a step that moves a few nodes
// costs a few elements, not 25,000 (forty full snapshots of such a canvas were hundreds of MB).
import type { ElementDefinition } from 'cytoscape';

export interface CanvasSnapshot<Meta> {
  elements: ElementDefinition[];
  meta: Meta;
}

/** What turns one state (`from`) into another (`to`). */
export interface CanvasPatch<Meta> {
  /** Ids of the elements of `from` that `to` does not hold as they are (gone or changed). */
  removed: string[];
  /** Elements of `to` that `from` does not hold as they are, with their index in `to`, ascending. */
  inserted: { index: number; element: ElementDefinition }[];
  meta: Meta;
}

const LIMIT = 40;

const idOf = (element: ElementDefinition): string => String(element.data.id);

/** The patch from `from` to `to`. Elements kept in the same relative order and with the same
 * content are not stored; anything else (new, changed, moved in the order) is. */
export function diff<Meta>(from: CanvasSnapshot<Meta>, to: CanvasSnapshot<Meta>): CanvasPatch<Meta> {
  const fromIndex = new Map(from.elements.map((element, index) => [idOf(element), index]));
  const kept = new Set<string>();
  const inserted: CanvasPatch<Meta>['inserted'] = [];
  let last = -1;
  to.elements.forEach((element, index) => {
    const id = idOf(element);
    const at = fromIndex.get(id);
    const before = at === undefined ? undefined : from.elements[at];
    if (at !== undefined && at > last && before && JSON.stringify(before) === JSON.stringify(element)) {
      kept.add(id);
      last = at;
    } else {
      inserted.push({ index, element });
    }
  });
  const removed = from.elements.map(idOf).filter((id) => !kept.has(id));
  return { removed, inserted, meta: to.meta };
}

/** `to` again, from `from` and the patch `diff(from, to)`. */
export function apply<Meta>(from: CanvasSnapshot<Meta>, patch: CanvasPatch<Meta>): CanvasSnapshot<Meta> {
  const removed = new Set(patch.removed);
  const elements = from.elements.filter((element) => !removed.has(idOf(element)));
  for (const { index, element } of patch.inserted) elements.splice(index, 0, element);
  return { elements, meta: patch.meta };
}

export class History<Meta> {
  /** undo[i] turns state i+1 into state i; the newest is last. */
  private readonly undoStack: CanvasPatch<Meta>[] = [];
  /** redo[i] turns state i into state i+1 (from the top down). */
  private readonly redoStack: CanvasPatch<Meta>[] = [];
  /** The state before the latest change, whole: what it changed into is known only later. */
  private pending: CanvasSnapshot<Meta> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly capture: () => CanvasSnapshot<Meta>,
    private readonly restore: (snapshot: CanvasSnapshot<Meta>) => void,
  ) {}

  /** Call before a change: remembers the canvas as it is now. */
  record(): void {
    this.push(this.capture());
  }

  /** Remembers a snapshot taken earlier (a drag records the positions from before it began). */
  push(snapshot: CanvasSnapshot<Meta>): void {
    // The snapshot is also what the previous change led to: the previous state becomes a patch.
    if (this.pending) this.undoStack.push(diff(snapshot, this.pending));
    this.pending = snapshot;
    if (this.undoStack.length + 1 > LIMIT) this.undoStack.shift();
    this.redoStack.length = 0;
    this.notify();
  }

  undo(): boolean {
    const now = this.capture();
    let previous: CanvasSnapshot<Meta>;
    if (this.pending) {
      previous = this.pending;
      this.pending = null;
    } else {
      const patch = this.undoStack.pop();
      if (!patch) return false;
      previous = apply(now, patch);
    }
    this.redoStack.push(diff(previous, now));
    this.restore(previous);
    this.notify();
    return true;
  }

  redo(): boolean {
    const patch = this.redoStack.pop();
    if (!patch) return false;
    const now = this.capture();
    const next = apply(now, patch);
    this.undoStack.push(diff(next, now));
    this.restore(next);
    this.notify();
    return true;
  }

  canUndo(): boolean {
    return this.pending !== null || this.undoStack.length > 0;
  }

  canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** How many steps back are kept, and how many elements they store in all (the whole pending state
   * counts in full): for tests and for judging memory. */
  footprint(): { steps: number; storedElements: number } {
    const patches = [...this.undoStack, ...this.redoStack];
    return {
      steps: this.undoStack.length + (this.pending ? 1 : 0),
      storedElements:
        (this.pending?.elements.length ?? 0) +
        patches.reduce((sum, patch) => sum + patch.inserted.length + patch.removed.length, 0),
    };
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
