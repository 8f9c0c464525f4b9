// Overview first, then drill-down: the partnership network aggregated by country (or kind) for a
// graph of any size, a double-click into one group lists its partnerships page by page (strongest
// first, "load more"), and from there the usual expansion. The partnership view's own mode is used
// throughout: what is drawn are organisations and PARTNERS_WITH links.
import type { ApiClient } from '../api/api-client.ts';
import type { GraphView } from '../graph/graph-view.ts';
import type { OverviewGroupData } from '../graph/overview-elements.ts';
import { t } from '../i18n/i18n.ts';
import { setStatus, showInfo } from '../ui/toast.ts';

/** A graph with more organisations than this opens on the overview (the curated one, with a few
 * dozen, opens on the empty canvas as before; the atlas has ~15,000). */
export const OVERVIEW_FIRST_ABOVE = 2_000;

/** Whether the first view should be the overview, from the schema's label counts. */
export function overviewFirst(labels: readonly { label: string; count: number }[]): boolean {
  return (labels.find((entry) => entry.label === 'Organisation')?.count ?? 0) > OVERVIEW_FIRST_ABOVE;
}

/** Partnerships per drill-down page: enough to read, few enough to lay out at once. */
export const DRILL_PAGE = 100;

interface Drilled {
  group: OverviewGroupData;
  cursor: string | null;
  shown: number;
  total: number;
}

export class OverviewDrill {
  private drilled: Drilled | null = null;

  constructor(
    private readonly api: ApiClient,
    private readonly view: GraphView<unknown>,
    private readonly loadMore: HTMLButtonElement,
  ) {
    loadMore.addEventListener('click', () => void this.next());
    view.on('change', () => {
      // Another view replaced the drilled group (undo, a mode switch, the overview again).
      if (this.drilled && !this.view.nodeIds().length) this.forget();
    });
  }

  /** Replaces the canvas by the overview; `switched` runs once the undo step is recorded. */
  async show(switched: () => void, groupBy: 'country' | 'kind' = 'country'): Promise<void> {
    const overview = await this.api.overview({ groupBy });
    this.forget();
    const done = this.view.showOverview(overview);
    switched();
    await done;
    setStatus(t('overview.status', { groups: overview.groups.length, links: overview.links.length }));
    if (overview.truncated) showInfo(t('overview.truncated'));
  }

  /** The first page of a group's partnerships, in place of the overview. */
  async drill(group: OverviewGroupData): Promise<void> {
    const page = await this.api.partnerships({ group: `${group.groupBy}:${group.key}`, limit: DRILL_PAGE });
    await this.view.replaceGraph(page.graph);
    this.drilled = { group, cursor: page.nextCursor, shown: page.graph.edges.length, total: page.total };
    this.refresh();
  }

  /** The next page, added to what the drill-down already shows. */
  async next(): Promise<void> {
    const drilled = this.drilled;
    if (!drilled?.cursor) return;
    this.loadMore.disabled = true;
    try {
      const page = await this.api.partnerships({
        group: `${drilled.group.groupBy}:${drilled.group.key}`,
        limit: DRILL_PAGE,
        cursor: drilled.cursor,
      });
      await this.view.addGraph(page.graph);
      this.drilled = { ...drilled, cursor: page.nextCursor, shown: drilled.shown + page.graph.edges.length };
    } finally {
      this.loadMore.disabled = false;
      this.refresh();
    }
  }

  /** Leaves the drill-down (the canvas is about to show something else). */
  forget(): void {
    this.drilled = null;
    this.refresh();
  }

  private refresh(): void {
    const drilled = this.drilled;
    this.loadMore.hidden = !drilled?.cursor;
    if (!drilled) return;
    const counts = { shown: drilled.shown, total: drilled.total, name: drilled.group.name };
    this.loadMore.textContent = t('overview.loadMore', counts);
    setStatus(t('overview.drilled', counts));
  }
}
