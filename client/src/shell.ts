// The page's frame: toolbar, canvas with legend, side panel with tabs, time bar, status and toasts.
import { LAYOUT_NAMES } from './graph/layouts.ts';
import { t } from './i18n/i18n.ts';
import { Tabs } from './panels/tabs.ts';
import { h } from './ui/dom.ts';

export interface Shell {
  searchSlot: HTMLElement;
  modeFull: HTMLButtonElement;
  modePartners: HTMLButtonElement;
  /** Draws the partnership overview (by country). */
  overview: HTMLButtonElement;
  /** Over the canvas after a drill-down: the next page of the group's partnerships. */
  loadMore: HTMLButtonElement;
  layoutSelect: HTMLSelectElement;
  undo: HTMLButtonElement;
  redo: HTMLButtonElement;
  fit: HTMLButtonElement;
  sourcesButton: HTMLButtonElement;
  /** Opens "Add a source" (paste or upload an article, then review it). */
  addSourceButton: HTMLButtonElement;
  exportSlot: HTMLElement;
  langFr: HTMLButtonElement;
  langEn: HTMLButtonElement;
  graphHost: HTMLElement;
  legend: HTMLElement;
  emptyHint: HTMLElement;
  pickBanner: HTMLElement;
  tabs: Tabs;
  timeSlot: HTMLElement;
  status: HTMLElement;
  toasts: HTMLElement;
}

function button(
  testId: string,
  labelKey: string,
  options: { titleKey?: string; text?: string } = {},
): HTMLButtonElement {
  const element = h('button', {
    type: 'button',
    'data-testid': testId,
    ...(options.text === undefined
      ? { 'data-i18n': labelKey }
      : { 'data-i18n-aria-label': labelKey, 'aria-label': t(labelKey) }),
    ...(options.titleKey ? { 'data-i18n-title': options.titleKey, title: t(options.titleKey) } : {}),
  });
  element.textContent = options.text ?? t(labelKey);
  return element;
}

export function buildShell(root: HTMLElement): Shell {
  const searchSlot = h('div', { class: 'search-slot', id: 'search' });
  // A link to a div moves the reading position but leaves focus on the body: focus the field itself.
  const skipLink = h('a', { class: 'skip-link', href: '#search', 'data-i18n': 'app.skip' }, t('app.skip'));
  skipLink.addEventListener('click', (event) => {
    const field = searchSlot.querySelector('input');
    if (!field) return;
    event.preventDefault();
    field.focus();
  });
  const modeFull = button('mode-full', 'mode.full', { titleKey: 'mode.fullHint' });
  const modePartners = button('mode-partners', 'mode.partners', { titleKey: 'mode.partnersHint' });
  const overview = button('overview', 'mode.overview', { titleKey: 'mode.overviewHint' });
  const loadMore = h('button', {
    type: 'button',
    class: 'load-more',
    'data-testid': 'load-more',
    hidden: true,
  });
  const layoutSelect = h(
    'select',
    {
      'data-testid': 'layout-select',
      'data-i18n-aria-label': 'layout.label',
      'aria-label': t('layout.label'),
    },
    LAYOUT_NAMES.map((name) =>
      h('option', { value: name, 'data-i18n': `layout.${name}` }, t(`layout.${name}`)),
    ),
  );
  const undo = button('undo', 'history.undo', { titleKey: 'history.undoHint', text: '↶' });
  const redo = button('redo', 'history.redo', { titleKey: 'history.redoHint', text: '↷' });
  const fit = button('fit', 'canvas.fit', { titleKey: 'canvas.fit', text: '⤢' });
  const sourcesButton = button('sources-button', 'sources.button', { titleKey: 'sources.hint' });
  const addSourceButton = button('add-source', 'review.addSource', { titleKey: 'review.addSourceHint' });
  const exportSlot = h('div', { class: 'export-slot' });
  const langFr = button('lang-fr', 'lang.fr', { text: 'FR', titleKey: 'lang.fr' });
  const langEn = button('lang-en', 'lang.en', { text: 'EN', titleKey: 'lang.en' });
  langFr.lang = 'fr';
  langEn.lang = 'en';

  const graphHost = h('div', {
    class: 'graph-host',
    tabindex: 0,
    'data-testid': 'graph-host',
    'data-i18n-aria-label': 'canvas.label',
    'aria-label': t('canvas.label'),
    'aria-describedby': 'canvas-help',
  });
  const legend = h('div', { class: 'legend-slot' });
  const emptyHint = h(
    'div',
    { class: 'empty-hint', 'data-testid': 'empty-hint' },
    h('p', { 'data-i18n': 'canvas.empty' }, t('canvas.empty')),
  );
  const pickBanner = h('div', {
    class: 'pick-banner',
    hidden: true,
    'data-testid': 'pick-banner',
    role: 'status',
  });
  const tabs = new Tabs([
    { id: 'details', labelKey: 'tab.details' },
    { id: 'start', labelKey: 'tab.start' },
    { id: 'analyse', labelKey: 'tab.analyse' },
    { id: 'paths', labelKey: 'tab.paths' },
    { id: 'sources', labelKey: 'tab.sources' },
    { id: 'time', labelKey: 'tab.time' },
    { id: 'import', labelKey: 'tab.import' },
    { id: 'cypher', labelKey: 'tab.cypher' },
    { id: 'views', labelKey: 'tab.views' },
    { id: 'review', labelKey: 'review.tab' },
  ]);
  const timeSlot = h('div', { class: 'time-slot' });
  const status = h('div', {
    class: 'status-line',
    role: 'status',
    'aria-live': 'polite',
    'data-testid': 'status',
  });
  const toasts = h('div', { class: 'toasts', 'data-testid': 'toasts' });

  root.replaceChildren(
    skipLink,
    h(
      'header',
      { class: 'toolbar', 'data-testid': 'toolbar' },
      h('h1', { class: 'brand', 'data-i18n': 'app.title' }, t('app.title')),
      searchSlot,
      h(
        'div',
        {
          class: 'segmented',
          role: 'group',
          'data-i18n-aria-label': 'mode.label',
          'aria-label': t('mode.label'),
        },
        modeFull,
        modePartners,
      ),
      overview,
      layoutSelect,
      h('div', { class: 'button-group' }, undo, redo, fit),
      sourcesButton,
      addSourceButton,
      exportSlot,
      h(
        'div',
        {
          class: 'segmented lang',
          role: 'group',
          'data-i18n-aria-label': 'lang.label',
          'aria-label': t('lang.label'),
        },
        langFr,
        langEn,
      ),
    ),
    h(
      'main',
      { class: 'workspace' },
      h(
        'section',
        { class: 'canvas-area', 'data-testid': 'canvas-area' },
        graphHost,
        emptyHint,
        pickBanner,
        loadMore,
        legend,
        h('p', { id: 'canvas-help', class: 'visually-hidden', 'data-i18n': 'canvas.help' }, t('canvas.help')),
      ),
      h('aside', { class: 'side-panel', 'data-testid': 'side-panel' }, tabs.element),
    ),
    h('footer', { class: 'statusbar' }, timeSlot, status),
    toasts,
  );
  return {
    searchSlot,
    modeFull,
    modePartners,
    overview,
    loadMore,
    layoutSelect,
    undo,
    redo,
    fit,
    sourcesButton,
    addSourceButton,
    exportSlot,
    langFr,
    langEn,
    graphHost,
    legend,
    emptyHint,
    pickBanner,
    tabs,
    timeSlot,
    status,
    toasts,
  };
}
