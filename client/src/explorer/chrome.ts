// The explorer's chrome: the toolbar's buttons, the tabs, the language switch, the canvas's own
// events (select, expand, drill, context menu) and what follows a change of the canvas (legend,
// empty hint, undo/redo, the URL).

import type { Expander } from '../explore/expand.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { isLayoutName, type LayoutName } from '../graph/layouts.ts';
import { type Language, language, onLanguageChange, plural, setLanguage, t } from '../i18n/i18n.ts';
import { renderLegend } from '../legend/legend.ts';
import type { CanvasMenuDeps } from '../menu/canvas-menu.ts';
import { openCanvasMenu } from '../menu/canvas-menu.ts';
import type { Shell } from '../shell.ts';
import { attempt, refreshStaleStatus, setStatus } from '../ui/toast.ts';
import type { ModeController } from './mode-controller.ts';
import type { Panels } from './panels.ts';
import type { ViewStateController } from './view-state-controller.ts';

export interface ChromeDeps {
  view: GraphView<unknown>;
  shell: Shell;
  expander: Expander;
  modes: ModeController;
  panels: Panels;
  viewStates: ViewStateController;
  menu: CanvasMenuDeps;
  task<T>(action: () => Promise<T>, context?: string): Promise<T | undefined>;
  setLayout(name: LayoutName): Promise<void>;
}

/** Wires the chrome; answers the refresh that follows a change of the canvas. */
export function wireChrome(deps: ChromeDeps): () => void {
  const { view, shell, expander, modes, panels, viewStates, task } = deps;
  view.on('select', (selection) => panels.select(selection));
  view.on(
    'expand',
    (id) => void task(() => modes.addActor(id, () => expander.expand(id)), t('expand.failed')),
  );
  view.on('group', (group) => void task(() => expander.expandGroup(group), t('expand.failed')));
  view.on('drill', (group) => void task(() => modes.drill(group), t('overview.failed')));
  shell.overview.addEventListener('click', () => void task(() => modes.showOverview(), t('overview.failed')));
  view.on('context', (target) => openCanvasMenu(deps.menu, target, shell.graphHost));
  const refresh = () => refreshChrome(deps);
  view.on('change', refresh);
  view.on('history', refresh);
  shell.modeFull.addEventListener('click', () => void task(() => modes.set('full'), t('mode.failed')));
  shell.modePartners.addEventListener(
    'click',
    () => void task(() => modes.set('partners'), t('mode.failed')),
  );
  shell.layoutSelect.addEventListener('change', () => {
    const name = shell.layoutSelect.value;
    if (isLayoutName(name)) void task(() => deps.setLayout(name), t('layout.failed'));
  });
  shell.undo.addEventListener('click', () => view.undo());
  shell.redo.addEventListener('click', () => view.redo());
  shell.fit.addEventListener('click', () => view.fit());
  shell.sourcesButton.addEventListener('click', () => {
    shell.tabs.show('sources');
    shell.tabs.panel('sources').focus();
  });
  shell.addSourceButton.addEventListener('click', () => void panels.review.addSource());
  shell.tabs.onShow((id) => {
    document.body.dataset.panel = id;
    if (id === 'sources') void attempt(() => panels.sourcesPanel.render(), t('sources.loadFailed'));
    if (id === 'views') void attempt(() => viewStates.viewsPanel.render(), t('views.openFailed'));
    if (id === 'review') void attempt(() => panels.review.show(), t('review.loadFailed'));
    viewStates.syncUrl();
  });
  shell.langFr.addEventListener('click', () => setLanguage('fr'));
  shell.langEn.addEventListener('click', () => setLanguage('en'));
  onLanguageChange((next) => onLanguage(deps, next));
  onLanguage(deps, language());
  new ResizeObserver(() => view.resize()).observe(shell.graphHost);
  return refresh;
}

/** What follows a change of the canvas: legend, empty hint, undo/redo, the sources tab, the URL. */
function refreshChrome({ view, shell, panels, viewStates }: ChromeDeps): void {
  const nodes = view.nodes();
  // The legend counts what is drawn: hidden and filtered-out nodes are not on the canvas.
  renderLegend(shell.legend, view.nodes(true));
  shell.emptyHint.hidden = nodes.length > 0;
  shell.undo.disabled = !view.canUndo();
  shell.redo.disabled = !view.canRedo();
  refreshStaleStatus();
  if (shell.tabs.active() === 'sources')
    void attempt(() => panels.sourcesPanel.render(), t('sources.loadFailed'));
  viewStates.syncUrl();
}

function onLanguage(deps: ChromeDeps, next: Language): void {
  const { view, shell, panels } = deps;
  view.setLanguage(next);
  shell.langFr.setAttribute('aria-pressed', String(next === 'fr'));
  shell.langEn.setAttribute('aria-pressed', String(next === 'en'));
  refreshChrome(deps);
  panels.paths.relabel();
  // A message in the old language becomes what the canvas holds, in the new one.
  if (shell.status.textContent) setStatus(plural('status.onCanvas', view.nodes(true).length));
  const selection = view.selected();
  if (selection) panels.select(selection);
  else panels.details.clear();
}
