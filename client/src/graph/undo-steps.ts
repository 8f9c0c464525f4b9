// Undo and redo for the canvas: what a step captures (every element but the review preview's
// ghosts, and the caller's meta: filters, panels), how a snapshot is put back, and nesting, so that
// several mutations make one step. A node drag is a step too, recorded only when it moved something.
import type { ElementDefinition } from 'cytoscape';
import type { CanvasLooks } from './canvas-looks.ts';
import { type CanvasSnapshot, History } from './history.ts';
import { PREVIEW_CLASS } from './preview-layer.ts';
import type { ViewContext } from './view-context.ts';

export interface MetaState<Meta> {
  get(): Meta;
  apply(meta: Meta): void;
}

export class UndoSteps<Meta> {
  private readonly history: History<Meta>;
  private depth = 0;
  private dragSnapshot: CanvasSnapshot<Meta> | null = null;

  constructor(
    private readonly context: ViewContext,
    private readonly looks: CanvasLooks,
    private readonly meta: MetaState<Meta>,
  ) {
    this.history = new History<Meta>(
      () => this.capture(),
      (snapshot) => this.restore(snapshot),
    );
  }

  /** Undo/redo availability changed. */
  onChange(listener: () => void): void {
    this.history.onChange(listener);
  }

  private capture(): CanvasSnapshot<Meta> {
    const elements = this.context.cy.elements().not(`.${PREVIEW_CLASS}`);
    return { elements: elements.jsons() as unknown as ElementDefinition[], meta: this.meta.get() };
  }

  private restore(snapshot: CanvasSnapshot<Meta>): void {
    this.context.renderer.ensure({
      elements: snapshot.elements.length,
      edges: snapshot.elements.filter((element) => element.group === 'edges').length,
    });
    const { cy } = this.context;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(snapshot.elements);
    });
    this.meta.apply(snapshot.meta);
    this.looks.refresh();
    this.context.changed();
  }

  /** Records the canvas as it is now as one step (a layout run records itself this way). */
  record(): void {
    this.history.record();
  }

  /** Runs several mutations as one undoable step. */
  step<T>(mutations: () => T): T {
    if (this.depth === 0) this.history.record();
    this.depth += 1;
    try {
      return mutations();
    } finally {
      this.depth -= 1;
    }
  }

  dragStarted(): void {
    this.dragSnapshot = this.capture();
  }

  dragEnded(moved: boolean): void {
    if (moved && this.dragSnapshot) this.history.push(this.dragSnapshot);
    this.dragSnapshot = null;
  }

  undo(): boolean {
    return this.history.undo();
  }

  redo(): boolean {
    return this.history.redo();
  }

  canUndo(): boolean {
    return this.history.canUndo();
  }

  canRedo(): boolean {
    return this.history.canRedo();
  }
}
