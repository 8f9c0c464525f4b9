// The result of a run: a status line and tabs (Graph, Table, JSON, and Plan for EXPLAIN/PROFILE). Table and JSON are built
// only when their tab opens: a JSON dump of a thousand nodes is costly to lay out for nothing.
import type { CypherResponse } from '../../../server/contract/api.ts';
import { clear, h } from '../ui/dom.ts';
import { CELL_MAX_LENGTH, formatCell, formatValue } from './cell-format.ts';
import { countOf, type Translate, type WorkbenchMessageKey } from './messages.ts';
import { planPanel } from './plan-view.ts';

export type ResultTab = 'graph' | 'table' | 'json' | 'plan';
const TABS: ResultTab[] = ['graph', 'table', 'json', 'plan'];

export interface ResultsView {
  element: HTMLElement;
  show(result: CypherResponse): void;
  clear(): void;
  /** Renders the shown result again in the current language. */
  relabel(): void;
}

export function createResultsView(
  t: Translate,
  showGraph: (graph: CypherResponse['graph']) => void,
): ResultsView {
  let result: CypherResponse | undefined;
  let active: ResultTab = 'graph';
  /** A tab the analyst picked stays picked across runs (except an empty Graph). */
  let picked: ResultTab | undefined;
  let shownOnCanvas = false;

  const status = h('p', { class: 'wb-status', 'data-testid': 'workbench-status', 'aria-live': 'polite' });
  const warning = h('p', {
    class: 'wb-warning',
    'data-testid': 'workbench-truncated',
    role: 'status',
    hidden: true,
  });
  const buttons = new Map<ResultTab, HTMLButtonElement>();
  const tablist = h('div', { class: 'wb-tabs', role: 'tablist' });
  for (const tab of TABS) {
    const key: WorkbenchMessageKey = `workbench.tab.${tab}`;
    const button = h(
      'button',
      {
        type: 'button',
        role: 'tab',
        class: 'wb-tab',
        'data-testid': `workbench-tab-${tab}`,
        'data-i18n': key,
        'aria-selected': 'false',
        // Only an EXPLAIN or PROFILE has a plan to show.
        hidden: tab === 'plan',
        onclick: () => {
          picked = tab;
          select(tab);
        },
      },
      t(key),
    );
    buttons.set(tab, button);
    tablist.append(button);
  }
  const panel = h('div', { class: 'wb-panel', role: 'tabpanel' });
  const element = h('div', { class: 'wb-results', hidden: true }, status, warning, tablist, panel);

  function select(tab: ResultTab): void {
    active = tab;
    for (const [name, button] of buttons) button.setAttribute('aria-selected', String(name === tab));
    clear(panel);
    if (!result) return;
    if (tab === 'graph') panel.append(graphPanel(result));
    else if (tab === 'table') panel.append(tablePanel(result));
    else if (tab === 'plan' && result.plan) panel.append(planPanel(t, result.plan));
    else
      panel.append(
        h('pre', { class: 'wb-json', 'data-testid': 'workbench-json' }, JSON.stringify(result.rows, null, 2)),
      );
  }

  function graphPanel(current: CypherResponse): HTMLElement {
    const { nodes, edges } = current.graph;
    if (nodes.length === 0) return h('p', { class: 'wb-empty' }, t('workbench.graph.empty'));
    if (!shownOnCanvas) {
      shownOnCanvas = true;
      showGraph(current.graph);
    }
    return h(
      'div',
      { class: 'wb-graph-summary' },
      h(
        'p',
        { 'data-testid': 'workbench-graph-summary' },
        t('workbench.graph.summary', {
          nodes: countOf(t, 'nodes', nodes.length),
          relationships: countOf(t, 'relationships', edges.length),
        }),
      ),
      h(
        'button',
        { type: 'button', class: 'wb-link', onclick: () => showGraph(current.graph) },
        t('workbench.graph.show'),
      ),
    );
  }

  function tablePanel(current: CypherResponse): HTMLElement {
    if (current.rows.length === 0)
      return h('p', { class: 'wb-empty', 'data-testid': 'workbench-table' }, t('workbench.table.empty'));
    const head = h('tr', {}, ...current.columns.map((column) => h('th', { scope: 'col' }, column)));
    const body = current.rows.map((row) =>
      h(
        'tr',
        {},
        ...current.columns.map((column) => {
          const full = formatValue(row[column] ?? null);
          return h(
            'td',
            { title: full.length > CELL_MAX_LENGTH ? full : undefined },
            formatCell(row[column]),
          );
        }),
      ),
    );
    return h(
      'div',
      { class: 'wb-table-scroll' },
      h(
        'table',
        { class: 'wb-table', 'data-testid': 'workbench-table' },
        h('thead', {}, head),
        h('tbody', {}, ...body),
      ),
    );
  }

  function describe(current: CypherResponse): void {
    status.textContent = t('workbench.status', {
      rows: countOf(t, 'rows', current.rowCount),
      ms: Math.round(current.elapsedMs),
    });
    warning.hidden = !current.truncated;
    warning.textContent = current.truncated ? t('workbench.truncated', { rows: current.rows.length }) : '';
  }

  return {
    element,
    relabel() {
      if (!result) return;
      describe(result);
      select(active);
    },
    show(next) {
      result = next;
      shownOnCanvas = false;
      element.hidden = false;
      describe(next);
      const hasGraph = next.graph.nodes.length > 0;
      const plan = buttons.get('plan');
      if (plan) plan.hidden = !next.plan;
      // An EXPLAIN or PROFILE is asked for its plan: show it first, whatever tab was picked before.
      const preferred = next.plan ? 'plan' : picked === 'plan' ? undefined : picked;
      const fallback = hasGraph ? 'graph' : 'table';
      select(preferred === 'graph' && !hasGraph ? 'table' : (preferred ?? fallback));
    },
    clear() {
      result = undefined;
      element.hidden = true;
      clear(panel);
      select(active);
    },
  };
}
