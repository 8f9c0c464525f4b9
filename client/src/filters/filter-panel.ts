// The filter panel: by label, kind, status, country and source, each value with its count on the
// canvas; facets combine (AND), values of one facet add up (OR). Non-matching nodes are hidden (or
// dimmed) through the canvas's mask, apart from the analyst's own hiding, the date window and the
// "reported as done" switch, which keep working as before. The state is a plain object.

import type { FilterMode } from '../graph/analysis-marks.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import {
  emptyFilter,
  FACETS,
  type Facet,
  type FilterState,
  facetCounts,
  isActive,
  matches,
  NONE,
  parseFilter,
} from './filter-state.ts';

export interface FilterPanelDeps {
  view: GraphView<unknown>;
  /** Display names of countries and sources by id (loaded once; ids until then). */
  names(): { countries: Map<string, string>; sources: Map<string, string> };
}

/** Facet values listed at most (the most frequent): a long tail stays reachable through "kind". */
const SHOWN_VALUES = 12;

export class FilterPanel {
  readonly element: HTMLElement;
  private current: FilterState = emptyFilter();
  private mode: FilterMode = 'hide';
  private applying = false;
  private readonly listeners = new Set<(state: FilterState) => void>();

  constructor(private readonly deps: FilterPanelDeps) {
    this.element = h('section', { class: 'filter-panel', 'data-testid': 'filter-panel' });
    deps.view.on('change', () => {
      if (this.applying) return;
      // New nodes on the canvas: the filter applies to them too, and the counts change.
      if (isActive(this.current)) this.apply();
      this.render();
    });
    this.render();
  }

  state(): FilterState {
    return structuredClone(this.current);
  }

  /** Applies a state (from a saved view); anything malformed in it is dropped. */
  set(state: unknown): void {
    this.current = parseFilter(state);
    this.apply();
    this.render();
  }

  onChange(listener: (state: FilterState) => void): void {
    this.listeners.add(listener);
  }

  clear(): void {
    this.set(emptyFilter());
  }

  private toggle(facet: Facet, value: string, on: boolean): void {
    const values = new Set(this.current[facet]);
    if (on) values.add(value);
    else values.delete(value);
    this.current = { ...this.current, [facet]: [...values] };
    this.apply();
    this.render();
  }

  private apply(): void {
    const { view } = this.deps;
    const kept = isActive(this.current)
      ? new Set(
          view
            .nodes()
            .filter((node) => matches(node, this.current))
            .map((node) => node.id),
        )
      : null;
    this.applying = true;
    try {
      view.setFilterMask(kept, this.mode);
    } finally {
      this.applying = false;
    }
    for (const listener of this.listeners) listener(this.state());
  }

  private valueName(facet: Facet, value: string): string {
    if (value === NONE) return t('filters.none');
    const names = this.deps.names();
    if (facet === 'label') return t(`label.${value}`);
    if (facet === 'country') return names.countries.get(value) ?? value;
    if (facet === 'source') return names.sources.get(value) ?? value;
    return value.replaceAll('-', ' ');
  }

  render(): void {
    const nodes = this.deps.view.nodes();
    const counts = facetCounts(nodes);
    const shown = isActive(this.current)
      ? nodes.filter((node) => matches(node, this.current)).length
      : nodes.length;
    const facets = FACETS.map((facet) => {
      const values = [...counts[facet].entries()];
      // Values kept in the state stay listed even when no node on the canvas has them any more.
      for (const kept of this.current[facet]) if (!counts[facet].has(kept)) values.push([kept, 0]);
      const listed = values.filter(
        ([value], index) => index < SHOWN_VALUES || this.current[facet].includes(value),
      );
      return h(
        'fieldset',
        { class: 'filter-facet', 'data-testid': `filter-facet-${facet}` },
        h('legend', {}, t(`filters.facet.${facet}`)),
        listed.length === 0 ? h('p', { class: 'muted' }, t('filters.nothing')) : null,
        listed.map(([value, count]) => {
          const box = h('input', {
            type: 'checkbox',
            'data-testid': `filter-${facet}-${value}`,
            checked: this.current[facet].includes(value),
          });
          box.addEventListener('change', () => this.toggle(facet, value, box.checked));
          return h(
            'label',
            { class: 'filter-value' },
            box,
            ` ${this.valueName(facet, value)} `,
            h('span', { class: 'count' }, `(${count})`),
          );
        }),
      );
    });
    const mode = h(
      'select',
      { 'data-testid': 'filter-mode', 'aria-label': t('filters.mode') },
      h('option', { value: 'hide', selected: this.mode === 'hide' }, t('filters.hide')),
      h('option', { value: 'dim', selected: this.mode === 'dim' }, t('filters.dim')),
    );
    mode.addEventListener('change', () => {
      this.mode = mode.value === 'dim' ? 'dim' : 'hide';
      this.apply();
    });
    const clear = h(
      'button',
      { type: 'button', 'data-testid': 'filter-clear', disabled: !isActive(this.current) },
      t('filters.clear'),
    );
    clear.addEventListener('click', () => this.clear());
    this.element.replaceChildren(
      h('h3', {}, t('filters.title')),
      h(
        'p',
        { class: 'filter-summary', 'data-testid': 'filter-summary', role: 'status' },
        t('filters.summary', { shown, total: nodes.length }),
      ),
      h('div', { class: 'filter-actions' }, mode, clear),
      ...facets,
    );
  }
}
