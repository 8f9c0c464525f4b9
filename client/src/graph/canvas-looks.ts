// Looks derived from the canvas's content and the panels' settings: degrees (node sizes), hub labels
// at level of detail, the date window and the status filter. Recomputed after every change of
// content; the renderer is resized (level of detail, WebGL) when the canvas shrank.
import type { StatusFilter } from '../../../seed/model/statuses.ts';
import { applyDateWindow, applyStatusFilter, refreshDegrees } from './appearance.ts';
import type { YearWindow } from './date-filter.ts';
import { markHubs } from './level-of-detail.ts';
import type { ViewContext } from './view-context.ts';

export class CanvasLooks {
  private window: YearWindow | null = null;
  private statusFilter: StatusFilter = 'all';

  constructor(private readonly context: ViewContext) {}

  /** After adding, removing or restoring elements. */
  refresh(): void {
    const { cy, renderer } = this.context;
    refreshDegrees(cy);
    markHubs(cy, renderer.isBig());
    applyDateWindow(cy, this.window);
    applyStatusFilter(cy, this.statusFilter);
  }

  /** After a removal: back to the full style (and canvas renderer) when the canvas got small. */
  shrunk(): void {
    const { cy, renderer } = this.context;
    renderer.ensure({ elements: cy.elements().length, edges: cy.edges().length });
  }

  setDateWindow(window: YearWindow | null): void {
    this.window = window;
    applyDateWindow(this.context.cy, this.window);
    this.context.changed();
  }

  setStatusFilter(filter: StatusFilter): void {
    this.statusFilter = filter;
    applyStatusFilter(this.context.cy, filter);
    this.context.changed();
  }
}
