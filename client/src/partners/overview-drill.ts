// Overview first, then drill-down: the partnership network aggregated by country (or kind) for a
// graph of any size, a double-click into one group lists its partnerships page by page (strongest
// first, "load more"), and from there the usual expansion. The partnership view's own mode is used
// throughout: what is drawn are organisations and PARTNERS_WITH links.
import type { OverviewResponse } from '../../../server/contract/api.ts';
import type { ApiClient } from '../api/api-client.ts';
import type { GraphView } from '../graph/graph-view.ts';
import type { OverviewGroupData } from '../graph/overview-elements.ts';
import { t } from '../i18n/i18n.ts';
import type { StillCurrent } from '../state/latest-request.ts';
import type { OverviewRef } from '../state/url-state.ts';
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

type DrilledGroup = Pick<OverviewGroupData, 'groupBy' | 'key' | 'name'>;

interface Drilled {
  group: DrilledGroup;
  cursor: string | null;
  shown: number;
  total: number;
  /** The organisations the drill-down drew: while the canvas holds exactly these, it is the drill-down. */
  ids: Set<string>;
}

const always: StillCurrent = () => true;

export class OverviewDrill {
  private drilled: Drilled | null = null;
  /** The overview last drawn, to name it in the URL and to drill into one of its groups by key. */
  private shown: OverviewResponse | null = null;

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
  async show(
    switched: () => void,
    groupBy: OverviewRef['groupBy'] = 'country',
    current: StillCurrent = always,
  ): Promise<void> {
    const overview = await this.api.overview({ groupBy });
    if (!current()) return;
    this.forget();
    this.shown = overview;
    const done = this.view.showOverview(overview);
    switched();
    await done;
    setStatus(t('overview.status', { groups: overview.groups.length, links: overview.links.length }));
    if (overview.truncated) showInfo(t('overview.truncated'));
  }

  /** The first page of a group's partnerships, in place of the overview. */
  async drill(group: DrilledGroup, current = always): Promise<void> {
    const page = await this.api.partnerships({ group: `${group.groupBy}:${group.key}`, limit: DRILL_PAGE });
    if (!current()) return;
    const ids = new Set(page.graph.nodes.map((node) => node.id));
    const drilled = {
      group,
      cursor: page.nextCursor,
      shown: page.graph.edges.length,
      total: page.total,
      ids,
    };
    // Set before the canvas changes, so the URL written on that change names the drill-down.
    this.drilled = drilled;
    await this.view.replaceGraph(page.graph);
    this.refresh();
  }

  /**
   * What the canvas shows of the overview, for the URL and saved views: the overview itself, the
   * drill-down while the canvas holds its organisations and nothing else, or null.
   */
  state(): OverviewRef | null {
    if (this.view.isOverview()) return this.shown ? { groupBy: this.shown.groupBy, key: null } : null;
    const drilled = this.drilled;
    if (!drilled) return null;
    const ids = this.view.nodeIds();
    const same = ids.length === drilled.ids.size && ids.every((id) => drilled.ids.has(id));
    return same ? { groupBy: drilled.group.groupBy, key: drilled.group.key } : null;
  }

  /** Reopens what `state()` described: the overview, then (as by hand, so undo leads back) the group. */
  async reopen(ref: OverviewRef, switched: () => void, current = always): Promise<void> {
    await this.show(switched, ref.groupBy, current);
    if (ref.key === null || !current()) return;
    const group = this.shown?.groups.find((candidate) => candidate.key === ref.key);
    if (!group) {
      showInfo(t('overview.groupMissing', { key: ref.key }));
      return;
    }
    await this.drill({ groupBy: ref.groupBy, key: group.key, name: group.name }, current);
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
      for (const node of page.graph.nodes) drilled.ids.add(node.id);
      this.drilled = { ...drilled, cursor: page.nextCursor, shown: drilled.shown + page.graph.edges.length };
      await this.view.addGraph(page.graph);
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
