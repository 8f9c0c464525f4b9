// Undo/redo of canvas changes as snapshots of the canvas (elements with positions, classes and locks)
// plus an opaque `meta` the app stores with them (the view mode). Snapshots are simple and exact;
// the limit keeps memory bounded even for WebGL-sized canvases.
import type { ElementDefinition } from 'cytoscape';

export interface CanvasSnapshot<Meta> {
  elements: ElementDefinition[];
  meta: Meta;
}

const LIMIT = 40;

export class History<Meta> {
  private readonly undoStack: CanvasSnapshot<Meta>[] = [];
  private readonly redoStack: CanvasSnapshot<Meta>[] = [];
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
    this.undoStack.push(snapshot);
    if (this.undoStack.length > LIMIT) this.undoStack.shift();
    this.redoStack.length = 0;
    this.notify();
  }

  undo(): boolean {
    const previous = this.undoStack.pop();
    if (!previous) return false;
    this.redoStack.push(this.capture());
    this.restore(previous);
    this.notify();
    return true;
  }

  redo(): boolean {
    const next = this.redoStack.pop();
    if (!next) return false;
    this.undoStack.push(this.capture());
    this.restore(next);
    this.notify();
    return true;
  }

  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
