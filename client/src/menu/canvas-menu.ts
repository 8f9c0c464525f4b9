// What the right-click (or Shift+F10 / the context-menu key) offers on a node, an edge, a group
// pseudo-node or the empty canvas.
import type { ApiClient } from '../api/api-client.ts';
import type { Expander } from '../explore/expand.ts';
import type { ContextTarget, GraphView } from '../graph/graph-view.ts';
import { plural, t } from '../i18n/i18n.ts';
import { labelName, relationshipName } from '../i18n/vocabulary.ts';
import { type MenuItem, openMenu } from './context-menu.ts';

export interface CanvasMenuDeps {
  api: ApiClient;
  view: GraphView<unknown>;
  expander: Expander;
  findPathsFrom(id: string): void;
  showDetails(kind: 'node' | 'edge', id: string): void;
  relayout(): Promise<void>;
  /** Common partners of these actors (two or more), listed with their evidence. */
  commonPartners?(ids: string[]): Promise<void>;
}

function nodeItems(deps: CanvasMenuDeps, id: string): MenuItem[] {
  const { view, expander, api } = deps;
  const pinned = view.isPinned(id);
  const selected = view.selectedNodeIds();
  const common: MenuItem[] =
    deps.commonPartners && selected.length >= 2 && selected.includes(id)
      ? [
          {
            label: t('menu.commonPartners', { count: selected.length }),
            testId: 'menu-common-partners',
            action: () => deps.commonPartners?.(selected),
          },
        ]
      : [];
  return [
    ...common,
    { label: t('menu.expand'), testId: 'menu-expand', action: () => expander.expand(id) },
    {
      label: t('menu.expandByType'),
      testId: 'menu-expand-by-type',
      submenu: async () => {
        const details = await api.node(id);
        return details.neighbourCounts.map((group) => ({
          label: `${group.direction === 'out' ? '→' : '←'} ${relationshipName(group.type)} · ${labelName(group.label)} (${group.count})`,
          testId: `menu-expand-${group.type}-${group.label}`,
          action: () => expander.expandByType(id, group.type, group.direction, group.label),
        }));
      },
    },
    {
      label: t('menu.focus'),
      testId: 'menu-focus',
      submenu: async () =>
        [1, 2, 3].map((hops) => ({
          label: plural('menu.focusHops', hops),
          testId: `menu-focus-${hops}`,
          action: () => expander.focus(id, hops),
        })),
    },
    { label: t('menu.findPaths'), testId: 'menu-find-paths', action: () => deps.findPathsFrom(id) },
    {
      label: pinned ? t('menu.unpin') : t('menu.pin'),
      testId: pinned ? 'menu-unpin' : 'menu-pin',
      action: () => view.setPinned(id, !pinned),
    },
    { label: t('menu.hide'), testId: 'menu-hide', action: () => view.hide([id]) },
    { label: t('menu.remove'), testId: 'menu-remove', action: () => view.removeElements([id]) },
    { label: t('menu.details'), testId: 'menu-details', action: () => deps.showDetails('node', id) },
  ];
}

function edgeItems(deps: CanvasMenuDeps, id: string): MenuItem[] {
  return [
    { label: t('menu.details'), testId: 'menu-details', action: () => deps.showDetails('edge', id) },
    { label: t('menu.hide'), testId: 'menu-hide', action: () => deps.view.hide([id]) },
    { label: t('menu.remove'), testId: 'menu-remove', action: () => deps.view.removeElements([id]) },
  ];
}

function groupItems(deps: CanvasMenuDeps, id: string): MenuItem[] {
  const group = deps.view.groupsOf(id.split('|')[1] ?? '').find((candidate) => candidate.id === id);
  return [
    {
      label: t('menu.expandGroup'),
      testId: 'menu-expand-group',
      disabled: !group,
      action: () => (group ? deps.expander.expandGroup(group) : undefined),
    },
    { label: t('menu.remove'), testId: 'menu-remove', action: () => deps.view.removeElements([id]) },
  ];
}

function canvasItems(deps: CanvasMenuDeps): MenuItem[] {
  const hidden = deps.view.hiddenCount();
  return [
    { label: t('menu.fit'), testId: 'menu-fit', action: () => deps.view.fit() },
    {
      label: t('menu.showAll', { count: hidden }),
      testId: 'menu-show-all',
      disabled: hidden === 0,
      action: () => deps.view.showAll(),
    },
    { label: t('menu.relayout'), testId: 'menu-relayout', action: () => deps.relayout() },
    {
      label: t('menu.clear'),
      testId: 'menu-clear',
      disabled: deps.view.isEmpty(),
      action: () => deps.view.clear(),
    },
  ];
}

export function openCanvasMenu(
  deps: CanvasMenuDeps,
  target: ContextTarget,
  focusAfter: HTMLElement | null,
): void {
  const items =
    target.kind === 'node' && target.id
      ? nodeItems(deps, target.id)
      : target.kind === 'edge' && target.id
        ? edgeItems(deps, target.id)
        : target.kind === 'group' && target.id
          ? groupItems(deps, target.id)
          : canvasItems(deps);
  openMenu(items, target.clientX, target.clientY, focusAfter);
}
