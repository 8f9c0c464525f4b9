// "History": the audit entries of an element or a source, newest first: when, who, what, why.
import type { AuditEntry } from '../../../server/contract/curation.ts';
import { language, plural, t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';

const show = (value: unknown) => (value === null || value === undefined ? '∅' : String(value));

function what(entry: AuditEntry): string {
  if (entry.kind === 'edit')
    return entry.changes
      .map((change) => `${change.key}: ${show(change.before)} → ${show(change.after)}`)
      .join('; ');
  if (entry.kind === 'import')
    return plural('history.imported', entry.counts.nodes ?? 0, {
      relationships: entry.counts.relationships ?? 0,
    });
  if (entry.kind === 'retract')
    return t('history.retracted', {
      source: entry.sourceIds.join(', '),
      removed: (entry.counts.removedNodes ?? 0) + (entry.counts.removedRelationships ?? 0),
    });
  return plural('history.deleted', entry.removed.length);
}

export function historyList(entries: AuditEntry[]): HTMLElement {
  if (entries.length === 0)
    return h('p', { class: 'muted', 'data-testid': 'history-empty' }, t('history.empty'));
  return h(
    'ol',
    { class: 'history', 'data-testid': 'history' },
    entries.map((entry) =>
      h(
        'li',
        { class: 'history-entry', 'data-testid': 'history-entry', 'data-kind': entry.kind },
        h(
          'div',
          { class: 'history-head' },
          h('span', { class: 'badge' }, t(`history.kind.${entry.kind}`)),
          ' ',
          h('time', { datetime: entry.at }, new Date(entry.at).toLocaleString(language())),
          ' · ',
          h('span', { 'data-testid': 'history-actor' }, entry.actor),
        ),
        h('p', { class: 'history-what', 'data-testid': 'history-what' }, what(entry)),
        entry.reason
          ? h('p', { class: 'muted history-why', 'data-testid': 'history-why' }, `« ${entry.reason} »`)
          : null,
      ),
    ),
  );
}
