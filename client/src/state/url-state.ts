// The view lives in the query string, so a URL can be shared and reloaded into the same view:
// ?nodes=a,b&mode=partners&layout=map&lang=fr&since=2015&until=2020&panel=paths&cypher=MATCH…
// A saved view is shared by its short id instead (?view=<id>, ?story=<id> plays a story): the URL
// cannot hold positions, pins or hidden elements, and a big canvas makes it thousands of characters.
// The partnership overview is named by its grouping (?overview=country), a drill-down by its group
// (?overview=country:<key>): its groups are not nodes, and the drill-down is reopened from the API.

import type { OverviewResponse } from '../../../server/contract/api.ts';
import type { ViewState } from '../../../server/contract/views.ts';
import { isLayoutName, type LayoutName } from '../graph/layouts.ts';
import { LANGUAGES, type Language } from '../i18n/i18n.ts';

export type ViewMode = 'full' | 'partners';

/** The overview (`key` null) or its drill-down into one group, as saved views keep it too. */
export type OverviewRef = NonNullable<ViewState['overview']>;

// Every grouping the API offers, checked against its type (a missing or an extra one fails to build).
const GROUPINGS = { country: true, kind: true } satisfies Record<OverviewResponse['groupBy'], true>;
const isGrouping = (value: string): value is OverviewRef['groupBy'] => Object.hasOwn(GROUPINGS, value);

function overviewRef(value: string | null): OverviewRef | null {
  const match = value?.match(/^([a-z]+)(?::(.+))?$/);
  const groupBy = match?.[1];
  if (!match || !groupBy || !isGrouping(groupBy)) return null;
  return { groupBy, key: match[2] ?? null };
}

export interface UrlState {
  nodes: string[];
  mode: ViewMode;
  layout: LayoutName;
  lang: Language | null;
  since: number | null;
  until: number | null;
  panel: string | null;
  cypher: string | null;
  /** A saved view shown as it was saved (cleared at the analyst's first change). */
  view: string | null;
  story: string | null;
  /** The overview or a drill-down the canvas shows (then `nodes` is not written). */
  overview: OverviewRef | null;
}

const SHORT_ID = /^[A-Za-z0-9_-]{6,32}$/;
const shortId = (value: string | null) => (value && SHORT_ID.test(value) ? value : null);

function year(value: string | null): number | null {
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

export function readUrlState(search: string = window.location.search): UrlState {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const layout = params.get('layout');
  return {
    nodes: (params.get('nodes') ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
    mode: params.get('mode') === 'partners' ? 'partners' : 'full',
    layout: isLayoutName(layout) ? layout : 'fcose',
    lang: lang && (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : null,
    since: year(params.get('since')),
    until: year(params.get('until')),
    panel: params.get('panel'),
    cypher: params.get('cypher'),
    view: shortId(params.get('view')),
    story: shortId(params.get('story')),
    overview: overviewRef(params.get('overview')),
  };
}

export function urlFor(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.view || state.story) {
    if (state.view) params.set('view', state.view);
    if (state.story) params.set('story', state.story);
    if (state.lang) params.set('lang', state.lang);
    return `${window.location.pathname}?${params.toString()}`;
  }
  if (state.overview) {
    const { groupBy, key } = state.overview;
    params.set('overview', key === null ? groupBy : `${groupBy}:${key}`);
  } else {
    if (state.nodes.length > 0) params.set('nodes', state.nodes.join(','));
    if (state.mode !== 'full') params.set('mode', state.mode);
  }
  if (state.layout !== 'fcose') params.set('layout', state.layout);
  if (state.lang) params.set('lang', state.lang);
  if (state.since !== null) params.set('since', String(state.since));
  if (state.until !== null) params.set('until', String(state.until));
  if (state.panel) params.set('panel', state.panel);
  if (state.cypher) params.set('cypher', state.cypher);
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** Writes the state into the address bar (replaceState, debounced: the canvas changes often). */
export function writeUrlState(state: UrlState): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const next = urlFor(state);
    if (next !== `${window.location.pathname}${window.location.search}`)
      window.history.replaceState(null, '', next);
  }, 150);
}
