// The plan of an EXPLAIN or PROFILE as a tree of operators, the way Neo4j Browser shows it: each
// operator with its details, the planner's estimate and, when profiled, the rows it produced and the
// database hits it cost. The costliest operators stand out so the analyst sees where the time goes.
import type { QueryPlan, QueryPlanOperator } from '../../../server/contract/api.ts';
import { h } from '../ui/dom.ts';
import type { Translate } from './messages.ts';

const formatNumber = (value: number) => Math.round(value).toLocaleString();

/** The share of the query's db hits above which an operator is marked as costly. */
const COSTLY_SHARE = 0.25;

function operatorBox(t: Translate, operator: QueryPlanOperator, plan: QueryPlan): HTMLElement {
  const costly =
    plan.profiled &&
    (plan.totalDbHits ?? 0) > 0 &&
    (operator.dbHits ?? 0) / (plan.totalDbHits ?? 1) >= COSTLY_SHARE;
  const figures = [
    operator.estimatedRows === undefined
      ? undefined
      : t('workbench.plan.estimatedRows', { count: formatNumber(operator.estimatedRows) }),
    operator.rows === undefined
      ? undefined
      : t('workbench.plan.rows', { count: formatNumber(operator.rows) }),
    operator.dbHits === undefined
      ? undefined
      : t('workbench.plan.dbHits', { count: formatNumber(operator.dbHits) }),
    operator.time === undefined
      ? undefined
      : t('workbench.plan.time', { ms: (operator.time / 1_000_000).toFixed(2) }),
  ].filter((figure): figure is string => figure !== undefined);
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
          ...operator.children.map((child) => operatorBox(t, child, plan)),
        )
      : null,
  );
}

export function planPanel(t: Translate, plan: QueryPlan): HTMLElement {
  const summary = plan.profiled
    ? t('workbench.plan.profiled', { count: formatNumber(plan.totalDbHits ?? 0) })
    : t('workbench.plan.explained');
  return h(
    'div',
    { class: 'wb-plan', 'data-testid': 'workbench-plan' },
    h('p', { class: 'wb-plan-summary', 'data-testid': 'workbench-plan-summary' }, summary),
    h('ul', { class: 'wb-plan-tree' }, operatorBox(t, plan.root, plan)),
  );
}
