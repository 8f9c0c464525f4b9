// What the canvas shows: the full view or the partnership view, the partnership overview and its
// drill-down. Only the latest request to change it may land (state/latest-request.ts): the analyst
// who chose "Full view" while the partnerships were loading keeps the full view.
import type { ApiClient } from '../api/api-client.ts';
import type { GraphView } from '../graph/graph-view.ts';
import type { OverviewGroupData } from '../graph/overview-elements.ts';
import { plural, t } from '../i18n/i18n.ts';
import { OverviewDrill } from '../partners/overview-drill.ts';
import { PartnershipMode } from '../partners/partnership-mode.ts';
import type { Shell } from '../shell.ts';
import { LatestRequest, type StillCurrent } from '../state/latest-request.ts';
import type { OverviewRef, ViewMode } from '../state/url-state.ts';
import { setStatus } from '../ui/toast.ts';

export class ModeController {
  private mode: ViewMode = 'full';
  private readonly latest = new LatestRequest();
  /** A mode switch waiting on the API, whose "loading" status a newer choice must clear. */
  private switching = false;
  readonly partners: PartnershipMode;
  readonly overview: OverviewDrill;

  constructor(
    api: ApiClient,
    view: GraphView<unknown>,
    private readonly shell: Shell,
    /** Runs after every mode change (the URL follows). */
    private readonly changed: () => void,
  ) {
    this.partners = new PartnershipMode(api, view);
    this.overview = new OverviewDrill(api, view, shell.loadMore);
  }

  current(): ViewMode {
    return this.mode;
  }

  /** Records the mode the canvas is in (also on undo and redo, from the history's metadata). */
  apply(mode: ViewMode): void {
    this.mode = mode;
    this.changed();
    this.shell.modeFull.setAttribute('aria-pressed', String(mode === 'full'));
    this.shell.modePartners.setAttribute('aria-pressed', String(mode === 'partners'));
    document.body.dataset.mode = mode;
  }

  async set(next: ViewMode): Promise<void> {
    const current = this.latest.begin();
    if (next === this.mode) {
      // Already there: a switch still loading is superseded by this choice and dropped on arrival.
      if (this.switching) setStatus('');
      this.switching = false;
      return;
    }
    this.overview.forget();
    setStatus(t('status.loading'));
    this.switching = true;
    try {
      if (next === 'partners') {
        const count = await this.partners.enter(() => this.apply('partners'), current);
        if (count !== null) setStatus(plural('status.partnerships', count));
      } else if (await this.partners.leave(() => this.apply('full'), current)) setStatus('');
    } finally {
      if (current()) this.switching = false;
    }
  }

  /** The partnership network by group, drawn in the partnership view. */
  async showOverview(): Promise<void> {
    const current = this.latest.begin();
    setStatus(t('status.loading'));
    await this.overview.show(() => this.apply('partners'), 'country', current);
  }

  /** A double-click on a group of the overview: its partnerships, page by page. */
  drill(group: OverviewGroupData): Promise<void> {
    return this.overview.drill(group, this.latest.begin());
  }

  /** The overview or drill-down a shared URL or a saved view names. */
  reopenOverview(ref: OverviewRef, current: StillCurrent): Promise<void> {
    return this.overview.reopen(ref, () => this.apply('partners'), current);
  }

  /** What the canvas shows of the overview, or null (then its nodes say what it shows). */
  overviewState(): OverviewRef | null {
    return this.overview.state();
  }

  /** Another view is being opened: every request still loading is dropped when it answers. */
  supersede(): StillCurrent {
    this.overview.forget();
    this.switching = false;
    return this.latest.begin();
  }

  /** An organisation found or double-clicked: with its partners in the partnership view. */
  async addActor(id: string, add: () => Promise<void>): Promise<void> {
    if (this.mode === 'partners') await this.partners.addActor(id);
    else await add();
  }
}
