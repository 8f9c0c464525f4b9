// "Include planned" (the default) or "reported as done": one switch for the canvas and the API.
import type { StatusFilter } from '../../../seed/model/statuses.ts';
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';

export function statusFilterControl(onChange: (filter: StatusFilter) => void): {
  element: HTMLElement;
  set(filter: StatusFilter): void;
} {
  const option = (value: StatusFilter, key: string) => h('option', { value, 'data-i18n': key }, t(key));
  const select = h(
    'select',
    {
      'data-testid': 'status-filter',
      'data-i18n-aria-label': 'statusFilter.label',
      'aria-label': t('statusFilter.label'),
      'data-i18n-title': 'statusFilter.hint',
      title: t('statusFilter.hint'),
    },
    option('all', 'statusFilter.all'),
    option('done', 'statusFilter.done'),
  );
  select.addEventListener('change', () => onChange(select.value === 'done' ? 'done' : 'all'));
  const element = h(
    'label',
    { class: 'status-filter' },
    h('span', { 'data-i18n': 'statusFilter.label' }, t('statusFilter.label')),
    select,
  );
  return {
    element,
    set: (filter) => {
      select.value = filter;
    },
  };
}
