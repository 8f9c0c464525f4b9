// The plan of an EXPLAIN or PROFILE as a tree of operators, the way Neo4j Browser shows it: each
// operator with its details, the planner's estimate and, when profiled, the rows it produced and the
// database hits it cost. The costliest operator stands out so the analyst sees where the effort goes.
import type { QueryPlan, QueryPlanOperator } from '../../../server/contract/api.ts';
import { h } from '../ui/dom.ts';
import { countOf, type Translate } from './messages.ts';

const formatNumber = (value: number) => Math.round(value).toLocaleString();

const operators = (root: QueryPlanOperator): QueryPlanOperator[] => [
  root,
  ...root.children.flatMap(operators),
];

function figuresOf(t: Translate, operator: QueryPlanOperator): string[] {
  const figures: string[] = [];
  if (operator.estimatedRows !== undefined) {
    figures.push(t('workbench.plan.estimatedRows', { count: formatNumber(operator.estimatedRows) }));
  }
  if (operator.rows !== undefined) figures.push(countOf(t, 'rows', operator.rows));
  if (operator.dbHits !== undefined) {
    figures.push(t('workbench.plan.dbHits', { count: formatNumber(operator.dbHits) }));
  }
  // Nanoseconds, and only from runtimes that time each operator.
  if (operator.time !== undefined) {
    figures.push(t('workbench.plan.time', { ms: (operator.time / 1_000_000).toFixed(2) }));
  }
  return figures;
}

function operatorItem(t: Translate, operator: QueryPlanOperator, mostHits: number): HTMLElement {
  // The operator(s) with the most db hits: where a profiled query spends its effort.
  const costly = mostHits > 0 && operator.dbHits === mostHits;
  const figures = figuresOf(t, operator);
  return h(
    'li',
    { class: 'wb-plan-item' },
    h(
      'div',
      {
        class: costly ? 'wb-plan-operator wb-plan-costly' : 'wb-plan-operator',
        'data-testid': 'workbench-plan-operator',
      },
      h('strong', { class: 'wb-plan-name', 'data-testid': 'workbench-plan-name' }, operator.operatorType),
      operator.details ? h('code', { class: 'wb-plan-details' }, operator.details) : null,
      figures.length > 0
        ? h(
            'span',
            { class: 'wb-plan-figures', 'data-testid': 'workbench-plan-figures' },
            figures.join(' · '),
          )
        : null,
    ),
    operator.children.length > 0
      ? h(
          'ul',
          { class: 'wb-plan-children' },
          ...operator.children.map((child) => operatorItem(t, child, mostHits)),
        )
      : null,
  );
}

export function planPanel(t: Translate, plan: QueryPlan): HTMLElement {
  const summary = plan.profiled
    ? t('workbench.plan.profiled', { count: formatNumber(plan.totalDbHits ?? 0) })
    : t('workbench.plan.explained');
  const mostHits = Math.max(0, ...operators(plan.root).map((operator) => operator.dbHits ?? 0));
  return h(
    'div',
    { class: 'wb-plan', 'data-testid': 'workbench-plan' },
    h('p', { class: 'wb-plan-summary', 'data-testid': 'workbench-plan-summary' }, summary),
    h('ul', { class: 'wb-plan-tree' }, operatorItem(t, plan.root, mostHits)),
  );
}
