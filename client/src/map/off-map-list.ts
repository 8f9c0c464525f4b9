// Beside the map: "Not on the map: N", for the nodes the map cannot place (no coordinates, no
// locating link, neighbours too far apart to stand for them). It opens a list of their names; a
// name opens that node's details. Nothing is drawn at a made-up spot instead.
import { nodeName } from '../graph/elements.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { primaryLabel } from '../graph/palette.ts';
import { t } from '../i18n/i18n.ts';
import { labelAndKind } from '../i18n/vocabulary.ts';
import { h } from '../ui/dom.ts';

export class OffMapList {
  readonly element: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly list: HTMLUListElement;

  constructor(
    private readonly view: GraphView<unknown>,
    private readonly showDetails: (id: string) => void,
  ) {
    this.toggle = h('button', {
      type: 'button',
      class: 'off-map-toggle',
      'data-testid': 'map-off-map',
      'aria-expanded': 'false',
      'aria-controls': 'off-map-list',
    });
    this.list = h('ul', { class: 'off-map-items', id: 'off-map-list', hidden: true });
    this.element = h('div', { class: 'off-map', hidden: true }, this.toggle, this.list);
    this.toggle.addEventListener('click', () => this.open(this.list.hidden));
    view.on('change', () => this.refresh());
  }

  private open(open: boolean): void {
    this.list.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
    if (open) this.renderItems();
  }

  refresh(): void {
    const ids = this.view.layoutName() === 'map' ? this.view.offMapIds() : [];
    this.element.hidden = ids.length === 0;
    this.toggle.textContent = t('map.offMap', { count: ids.length });
    this.toggle.title = t('map.offMapHint');
    if (ids.length === 0) this.open(false);
    else if (!this.list.hidden) this.renderItems();
  }

  private renderItems(): void {
    const nodes = this.view
      .offMapIds()
      .flatMap((id) => this.view.node(id) ?? [])
      .sort((a, b) => nodeName(a).localeCompare(nodeName(b)));
    this.list.replaceChildren(
      ...nodes.map((node) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'off-map-item',
              'data-testid': 'map-off-map-item',
              'data-node-id': node.id,
              onclick: () => this.showDetails(node.id),
            },
            h('span', {}, nodeName(node)),
            h(
              'span',
              { class: 'muted' },
              ` · ${labelAndKind(primaryLabel(node.labels), typeof node.properties.kind === 'string' ? node.properties.kind : null)}`,
            ),
          ),
        ),
      ),
    );
  }
}
