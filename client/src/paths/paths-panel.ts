// Paths between two actors: endpoints by autocomplete (or from the context menu / a click on the
// canvas), mode, k, max hops, relationship types, labels to avoid and a date window.
import { type DateWindow, windowIssue, YEAR_MAX, YEAR_MIN } from '../../../seed/model/time-span.ts';
import type { PathResult, SchemaResponse } from '../../../server/contract/api.ts';
import type { WireGraph, WireNode } from '../../../server/contract/graph.ts';
import type { ApiClient, PathsQuery } from '../api/api-client.ts';
import { nodeName } from '../graph/elements.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { t } from '../i18n/i18n.ts';
import { createSearchBox, type SearchBox } from '../search/search-box.ts';
import { h } from '../ui/dom.ts';
import { setStatus, showError } from '../ui/toast.ts';
import { pathElementIds, pathList } from './path-list.ts';

const DEFAULT_AVOID = ['Place', 'Topic', 'Source'];
const ACTOR_LABELS = [
  'Organisation',
  'Person',
  'Agreement',
  'Event',
  'Programme',
  'Place',
  'Topic',
  'Source',
];

/** The window's problem in the analyst's language, and which field it is about. */
function windowMessage(window: DateWindow): { field: string; text: string } | undefined {
  const issue = windowIssue(window);
  if (!issue) return undefined;
  if (issue.kind === 'format')
    return { field: issue.field, text: t('paths.yearFormat', { value: issue.value }) };
  if (issue.kind === 'year')
    return {
      field: issue.field,
      text: t('paths.yearRange', { year: issue.year, min: YEAR_MIN, max: YEAR_MAX }),
    };
  return { field: 'since', text: t('paths.windowInverted', { since: issue.since, until: issue.until }) };
}

function field(labelKey: string, control: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', { 'data-i18n': labelKey }, t(labelKey)), control);
}

function checkboxes(
  name: string,
  values: string[],
  checked: (value: string) => boolean,
  testId: string,
  labelKey?: (value: string) => string,
): HTMLElement {
  return h(
    'div',
    { class: 'checks', 'data-testid': testId },
    values.map((value) =>
      h(
        'label',
        { class: 'check' },
        h('input', { type: 'checkbox', name, value, checked: checked(value) }),
        labelKey ? h('span', { 'data-i18n': labelKey(value) }, t(labelKey(value))) : value,
      ),
    ),
  );
}

export class PathsPanel {
  private from: WireNode | null = null;
  private to: WireNode | null = null;
  private readonly fromBox: SearchBox;
  private readonly toBox: SearchBox;
  private readonly results = h('div', {
    class: 'path-results',
    'data-testid': 'paths-results',
    'aria-live': 'polite',
  });
  private readonly typesSlot = h('div', {});
  private schemaLoaded = false;
  private lastPaths: PathResult[] = [];
  /** While true, the next node clicked on the canvas becomes the target. */
  picking = false;

  constructor(
    private readonly body: HTMLElement,
    private readonly deps: {
      api: ApiClient;
      view: GraphView<unknown>;
      add(graph: WireGraph): Promise<string[]>;
      /** The target is chosen (clicked, typed or cleared): the "pick the target" prompt goes. */
      pickEnded(): void;
    },
  ) {
    this.fromBox = createSearchBox({
      api: deps.api,
      testId: 'paths-from',
      placeholderKey: 'paths.fromPlaceholder',
      labelKey: 'paths.from',
      keepValue: true,
      onPick: (node) => {
        this.from = node;
      },
    });
    this.toBox = createSearchBox({
      api: deps.api,
      testId: 'paths-to',
      placeholderKey: 'paths.toPlaceholder',
      labelKey: 'paths.to',
      keepValue: true,
      onPick: (node) => {
        this.to = node;
        this.stopPicking();
      },
    });
    this.render();
  }

  private render(): void {
    const mode = h(
      'select',
      { name: 'mode', 'data-testid': 'paths-mode' },
      (['shortest', 'all-shortest', 'k'] as const).map((value) =>
        h('option', { value, 'data-i18n': `paths.mode.${value}` }, t(`paths.mode.${value}`)),
      ),
    );
    const k = h('input', {
      type: 'number',
      name: 'k',
      min: 1,
      max: 10,
      value: 3,
      disabled: true,
      'data-testid': 'paths-k',
    });
    mode.addEventListener('change', () => {
      k.disabled = mode.value !== 'k';
    });
    const form = h(
      'form',
      { class: 'paths-form', 'data-testid': 'paths-form', novalidate: true },
      field('paths.from', this.fromBox.element),
      field('paths.to', this.toBox.element),
      h('div', { class: 'row' }, field('paths.mode', mode), field('paths.k', k)),
      field(
        'paths.maxHops',
        h('input', {
          type: 'number',
          name: 'maxHops',
          min: 1,
          max: 10,
          value: 6,
          'data-testid': 'paths-max-hops',
        }),
      ),
      // Generic hubs (a country, a city) connect everyone; the API passes only through nodes with
      // at most this many links (the endpoints always count).
      field(
        'paths.maxDegree',
        h('input', {
          type: 'number',
          name: 'maxDegree',
          min: 1,
          max: 100_000,
          // Empty: the API's documented default applies (not repeated here).
          placeholder: t('paths.maxDegreeDefault'),
          'data-i18n-placeholder': 'paths.maxDegreeDefault',
          'data-testid': 'paths-max-degree',
        }),
      ),
      h(
        'details',
        { class: 'types-picker' },
        h('summary', { 'data-i18n': 'paths.types' }, t('paths.types')),
        this.typesSlot,
      ),
      h(
        'fieldset',
        {},
        h('legend', { 'data-i18n': 'paths.avoid' }, t('paths.avoid')),
        checkboxes(
          'avoid',
          ACTOR_LABELS,
          (label) => DEFAULT_AVOID.includes(label),
          'paths-avoid',
          (label) => `label.${label}`,
        ),
      ),
      h(
        'div',
        { class: 'row' },
        field(
          'paths.since',
          h('input', {
            type: 'number',
            name: 'since',
            min: YEAR_MIN,
            max: YEAR_MAX,
            placeholder: '2010',
            'data-testid': 'paths-since',
          }),
        ),
        field(
          'paths.until',
          h('input', {
            type: 'number',
            name: 'until',
            min: YEAR_MIN,
            max: YEAR_MAX,
            placeholder: '2025',
            'data-testid': 'paths-until',
          }),
        ),
      ),
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          { type: 'submit', class: 'primary', 'data-testid': 'paths-submit', 'data-i18n': 'paths.find' },
          t('paths.find'),
        ),
        h(
          'button',
          {
            type: 'button',
            'data-testid': 'paths-clear',
            'data-i18n': 'paths.clear',
            onclick: () => this.reset(),
          },
          t('paths.clear'),
        ),
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.find(form);
    });
    form.querySelector('details')?.addEventListener('toggle', () => void this.loadTypes());
    this.body.replaceChildren(form, this.results);
  }

  private async loadTypes(): Promise<void> {
    if (this.schemaLoaded) return;
    let schema: SchemaResponse;
    try {
      schema = await this.deps.api.schema();
    } catch (error) {
      showError(error, t('paths.typesFailed'));
      return;
    }
    this.schemaLoaded = true;
    const types = schema.relationshipTypes.map((entry) => entry.type).sort();
    this.typesSlot.replaceChildren(
      h('p', { class: 'muted' }, t('paths.typesHint')),
      checkboxes('types', types, () => false, 'paths-types'),
    );
  }

  setFrom(node: WireNode): void {
    this.from = node;
    this.fromBox.setValue(node);
  }

  setTo(node: WireNode): void {
    this.to = node;
    this.toBox.setValue(node);
    this.stopPicking();
  }

  private stopPicking(): void {
    if (!this.picking) return;
    this.picking = false;
    setStatus('');
    this.deps.pickEnded();
  }

  /** From the context menu: the node is the start; the analyst picks the target next. */
  startFrom(node: WireNode): void {
    this.setFrom(node);
    this.to = null;
    this.toBox.setValue(null);
    this.picking = true;
    this.toBox.focus();
    setStatus(t('paths.pickTarget'));
  }

  /** Finds the paths between the two actors set; resolves once they are shown. */
  run(): Promise<void> {
    const form = this.body.querySelector('form');
    return form ? this.find(form) : Promise.resolve();
  }

  private reset(): void {
    this.from = null;
    this.to = null;
    this.stopPicking();
    this.fromBox.setValue(null);
    this.toBox.setValue(null);
    this.lastPaths = [];
    this.results.replaceChildren();
    this.deps.view.clearHighlight();
  }

  private async find(form: HTMLFormElement): Promise<void> {
    if (!this.from || !this.to) {
      this.results.replaceChildren(h('p', { class: 'error-text' }, t('paths.needBoth')));
      return;
    }
    const data = new FormData(form);
    const year = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    const problem = windowMessage({ since: year('since'), until: year('until') });
    for (const name of ['since', 'until']) {
      const input = form.elements.namedItem(name);
      if (input instanceof HTMLInputElement) input.toggleAttribute('aria-invalid', problem?.field === name);
    }
    if (problem) {
      // Said here, before anything is sent: the API would refuse the same window (one rule, the model's).
      this.results.replaceChildren(
        h('p', { class: 'error-text', role: 'alert', 'data-testid': 'paths-window-problem' }, problem.text),
      );
      return;
    }
    const query: PathsQuery = {
      from: this.from.id,
      to: this.to.id,
      mode: data.get('mode') as PathsQuery['mode'],
      k: Number(data.get('k') ?? 3) || 3,
      maxHops: Number(data.get('maxHops') ?? 6) || 6,
      maxDegree: Number(data.get('maxDegree') ?? '') || undefined,
      types: data.getAll('types').map(String),
      avoid: data.getAll('avoid').map(String),
      since: year('since'),
      until: year('until'),
    };
    this.results.replaceChildren(h('p', { class: 'muted' }, t('common.loading')));
    try {
      const response = await this.deps.api.paths(query);
      this.lastPaths = response.paths;
      if (response.paths.length > 0) await this.deps.add(response.graph);
      this.show(null);
    } catch (error) {
      this.results.replaceChildren(h('p', { class: 'error-text' }, t('paths.failed')));
      showError(error, t('paths.failed'));
    }
  }

  private show(only: PathResult | null): void {
    const paths = only ? [only] : this.lastPaths;
    const ids = paths.flatMap(pathElementIds);
    if (ids.length > 0) {
      this.deps.view.highlight(ids);
      this.deps.view.fit(ids);
    }
    if (only) return;
    this.renderList();
  }

  /** After a language switch: the listed paths again, in the new language (highlight kept). */
  relabel(): void {
    if (this.lastPaths.length > 0 || this.results.querySelector('[data-testid="paths-none"]'))
      this.renderList();
  }

  private renderList(): void {
    const nameOf = (id: string) => {
      const node = this.deps.view.node(id);
      return node ? nodeName(node) : id;
    };
    this.results.replaceChildren(pathList(this.lastPaths, nameOf, (path) => this.show(path)));
  }
}
